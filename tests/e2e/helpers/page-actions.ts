import type { Page } from 'playwright-core';

const timeout = { timeout: 15_000 };

/** Closes the notifications a save leaves, so they do not cover what a screenshot or the next click is for. */
export async function dismissToasts(page: Page): Promise<void> {
  const toasts = page.locator('.mantine-Notification-root');
  for (let i = 0; i < 5 && (await toasts.count()) > 0; i++) {
    await toasts.first().locator('.mantine-Notification-closeButton').click({ timeout: 1_000 }).catch(() => undefined);
  }
  await page.waitForFunction(() => document.querySelectorAll('.mantine-Notification-root').length === 0, undefined, { timeout: 8_000 });
}

/** Switches the language with the header's control, as a user does, and waits for <html lang>. */
export async function switchLanguage(page: Page, to: 'ja' | 'en'): Promise<void> {
  if ((await page.evaluate(() => document.documentElement.lang)) === to) return;
  const label = to === 'en' ? /^English$/ : /^日本語$/;
  await page.locator('.mantine-SegmentedControl-label').filter({ hasText: label }).click();
  await page.waitForFunction((lang) => document.documentElement.lang === lang, to, timeout);
  await dismissToasts(page);
}

/** Moves to a route inside the loaded app (the hash), as a link would, without reloading the page. */
export async function go(page: Page, hash: string): Promise<void> {
  await page.evaluate((target) => {
    window.location.hash = target;
  }, hash);
}
