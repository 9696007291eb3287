import type { Page } from 'playwright-core';
import { dismissToasts } from './page-actions';
import { viewShot } from './viewshot';

export { dismissToasts };

export const sizes = [
  { width: 1440, height: 900 },
  { width: 1280, height: 720 },
] as const;

/**
 * The header's language switch, also while a dialog's overlay covers it (the click goes to the switch itself, as a
 * keyboard user's would; the dialog stays open).
 */
export async function switchLanguage(page: Page, language: 'ja' | 'en'): Promise<void> {
  const label = page.locator('.mantine-SegmentedControl-label').filter({ hasText: language === 'ja' ? /^日本語$/ : /^English$/ }).first();
  await label.dispatchEvent('click');
  await page.waitForFunction((lang) => document.documentElement.lang === lang, language, { timeout: 5_000 });
}

/**
 * The window as shown, in Japanese and English (the header's switch) at 1440×900 and 1280×720:
 * <name>-<ja|en>-<width>.png. `ready` waits for what must be on screen in each language. Ends in Japanese at 1440.
 */
export async function shotsBothSizes(page: Page, name: string, ready: (language: 'ja' | 'en') => Promise<unknown>): Promise<void> {
  for (const language of ['ja', 'en'] as const) {
    await switchLanguage(page, language);
    for (const size of sizes) {
      await page.setViewportSize(size);
      await ready(language);
      await dismissToasts(page);
      await page.waitForTimeout(150);
      await viewShot(page, `${name}-${language}-${size.width}`);
    }
  }
  await switchLanguage(page, 'ja');
  await page.setViewportSize(sizes[0]);
}
