// Keyboard and focus (issue 13 item 4), in Chromium over browser mode:
// - after 「インシデントを登録」 the cursor is in the form's first field, so the first keys typed are not lost;
// - a date field opens its calendar on typing or ↓, not on focus (an error that focuses it is never covered);
//   the calendar is headed 2026年12月 and starts on Sunday;
// - Esc with the calendar open in a dialog closes only the calendar; the next Esc closes the dialog and focus goes
//   back to the button that opened it;
// - Tab from the date goes to the time, not to an unlabelled clear button.
// Needs `npm run build`.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './helpers/screenshot';
import { NOW, openScreen, seedScreens, switchLanguage, type Seeded } from './helpers/screens';
import { openWorkbench, type OpenWorkbench } from './helpers/workbench';

const seeded: Partial<Seeded> = {};
let workbench: OpenWorkbench;
const timeout = { timeout: 15_000 };

beforeAll(async () => {
  workbench = await openWorkbench({ clock: NOW, prepare: (file) => seedScreens(file, seeded) });
  await workbench.page.waitForLoadState('networkidle');
}, 60_000);
afterEach(() => workbench?.watch.assertClean());
afterAll(async () => {
  await workbench?.close();
});

const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return {
      tag: element?.tagName ?? '',
      label: element?.getAttribute('aria-label') ?? (element?.id ? document.querySelector(`label[for="${element.id}"]`)?.textContent : '') ?? '',
      inMain: !!element?.closest('main'),
      inDialog: !!element?.closest('[role="dialog"]'),
    };
  });
const calendarOpen = (page: Page) => page.locator('[data-dates-dropdown]').isVisible();

describe('keyboard and focus', () => {
  it('puts the cursor in the first field of a new incident, so typing goes into the form', async () => {
    const { page, app } = workbench;
    await openScreen(page, app.origin, '/incidents');
    await page.getByRole('button', { name: 'インシデントを登録' }).click();
    await page.locator('main form').waitFor(timeout);
    await expect.poll(async () => (await focused(page)).inMain, timeout).toBe(true);
    expect(['INPUT', 'SELECT', 'TEXTAREA']).toContain((await focused(page)).tag);
    await screenshot(page, 'keyboard-incident-new-focus');
  });

  it('opens the calendar on typing, not on focus; headed 2026年12月, Sunday first; Tab goes to the time', async () => {
    const { page, app } = workbench;
    await openScreen(page, app.origin, '/incidents/new');
    const date = page.getByLabel('把握日時の日付');
    await date.focus();
    await page.waitForTimeout(300);
    expect(await calendarOpen(page)).toBe(false);
    await page.keyboard.press('ArrowDown');
    await page.locator('[data-dates-dropdown]').waitFor(timeout);
    expect(await page.locator('[data-dates-dropdown] .mantine-DateInput-calendarHeaderLevel').textContent()).toBe('2026年12月');
    expect(await page.locator('[data-dates-dropdown] .mantine-DateInput-weekday').first().textContent()).toBe('日');
    await screenshot(page, 'keyboard-calendar-ja');
    await page.keyboard.press('Escape');
    await page.locator('[data-dates-dropdown]').waitFor({ state: 'hidden', ...timeout });
    await date.fill('2026/12/25');
    await page.keyboard.press('Tab');
    expect((await focused(page)).label).toBe('把握日時の時刻（日本時間）');
  });

  it('Esc in a dialog closes the calendar first, then the dialog, and focus returns to the opener', async () => {
    const { page, app } = workbench;
    await openScreen(page, app.origin, `/incidents/${seeded.incidentId}/timeline`);
    const opener = page.getByRole('button', { name: '経緯を追加' });
    await opener.click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor(timeout);
    expect((await focused(page)).inDialog).toBe(true);
    const date = dialog.getByLabel('日時の日付');
    await date.click();
    await page.locator('[data-dates-dropdown]').waitFor(timeout);
    await page.keyboard.press('Escape');
    await page.locator('[data-dates-dropdown]').waitFor({ state: 'hidden', ...timeout });
    expect(await dialog.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden', ...timeout });
    await expect.poll(() => opener.evaluate((button) => button === document.activeElement), timeout).toBe(true);
  });

  it('names every date control in English too (clear button and calendar arrows)', async () => {
    const { page, app } = workbench;
    await switchLanguage(page, 'en');
    await openScreen(page, app.origin, '/incidents');
    const from = page.getByLabel('Known from');
    await from.fill('2026/12/01');
    await page.keyboard.press('ArrowDown');
    await page.locator('[data-dates-dropdown]').waitFor(timeout);
    expect(await page.locator('[data-dates-dropdown] .mantine-DateInput-calendarHeaderLevel').textContent()).toBe('Dec 2026');
    expect(await page.locator('[data-dates-dropdown]').getByRole('button', { name: 'Previous month' }).count()).toBe(1);
    await page.keyboard.press('Escape');
    const clear = page.getByRole('button', { name: 'Clear the date' });
    expect(await clear.getAttribute('tabindex')).toBe('-1');
    await switchLanguage(page, 'ja');
  });
});
