// Issue 10, item 2, in the real UI (Chromium over browser mode). The server runs with APPI_WORKBENCH_CLOCK at
// 2026-12-29 10:00 JST; the page is left on the machine's own clock, so whatever counts days must take the app's
// clock from the core: the header badge says the clock is moved, a time known "in the future" is refused by that
// clock (not by the browser's), every form error shows at the first save, and 本人の数 typed with full-width
// digits and commas is kept. Needs `npm run build` first.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { incidentFactsInput } from '../../shared/domain/incident';
import { assessIncident } from '../../shared/domain/incident-facts';
import path from 'node:path';
import { screenshot, screenshotDir } from './helpers/screenshot';
import { openWorkbench, type OpenWorkbench } from './helpers/workbench';
import { dismissToasts } from './helpers/page-actions';

const NOW = '2026-12-29T10:00:00+09:00';
const companyName = '株式会社クロック商事';
const timeout = { timeout: 15_000 };

let workbench: OpenWorkbench;

beforeAll(async () => {
  workbench = await openWorkbench({ clock: NOW });
});
afterEach(() => workbench?.watch.assertClean());
afterAll(async () => {
  await workbench?.close();
});

async function errorUnder(page: Page, field: string): Promise<string> {
  const id = `field-${field}`;
  const fieldset = page.locator(`fieldset:has(#${id}), .mantine-InputWrapper-root:has(#${id})`).first();
  const error = fieldset.locator(`#${id}-error, [role="alert"], .mantine-InputWrapper-error`).first();
  await error.waitFor(timeout);
  return (await error.textContent()) ?? '';
}

/** The window as the user sees it, with `selector` scrolled into its middle (`main`: the top), at real size. */
async function view(page: Page, name: string, selector: string): Promise<void> {
  const block: ScrollLogicalPosition = selector === 'main' ? 'start' : 'center';
  await page.locator(selector).first().evaluate((element, where) => element.scrollIntoView({ block: where }), block);
  await page.waitForTimeout(150);
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`) });
}

async function setTime(page: Page, field: string, date: string, time: string): Promise<void> {
  await page.getByLabel(`${field}の日付`).fill(date);
  await page.getByLabel(`${field}の時刻（日本時間）`).fill(time);
  await page.getByLabel(`${field}の時刻（日本時間）`).blur();
}

describe('one clock, and facts that cannot be true, in the UI', () => {
  it('shows the moved clock in the header on every screen, in Japanese and English', async () => {
    const { page } = workbench;
    await page.getByRole('heading', { name: 'ダッシュボード', level: 1 }).waitFor(timeout);
    const badge = page.locator('.wb-clock-moved');
    await badge.waitFor(timeout);
    expect(await badge.textContent()).toMatch(/^時計を変更中：2026\/12\/29 10:0\d（日本時間）$/);
    for (const section of ['インシデント', 'ポリシー', '事業者', '設定']) {
      await page.getByRole('link', { name: section, exact: true }).click();
      await badge.waitFor(timeout);
    }
    await page.getByRole('link', { name: 'ダッシュボード', exact: true }).click();
    await screenshot(page, 'clock-badge-ja');
    await page.locator('header').screenshot({ path: 'test-results/screenshots/clock-badge-header-ja.png' });

    await page.getByText('English', { exact: true }).click();
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor(timeout);
    await page.waitForFunction(() => /^Clock moved: Dec 29, 2026 10:0\d JST$/.test(document.querySelector('.wb-clock-moved')?.textContent ?? ''), undefined, timeout);
    await page.locator('header').screenshot({ path: 'test-results/screenshots/clock-badge-header-en.png' });
    await page.getByText('日本語', { exact: true }).click();
    await page.getByRole('heading', { name: 'ダッシュボード', level: 1 }).waitFor(timeout);
  });

  it('offers the timing report for the moved clock’s year so far', async () => {
    const { page } = workbench;
    await page.getByRole('button', { name: '報告期限の実績表' }).click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.getByLabel('期間の開始日').inputValue()).toBe('2026/01/01');
    expect(await dialog.getByLabel('期間の終了日').inputValue()).toBe('2026/12/29');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached', ...timeout });
  });

  it('shows every error at the first save, a future known-at by the app’s clock among them', async () => {
    const { page } = workbench;
    await page.getByRole('link', { name: '事業者', exact: true }).click();
    await page.getByRole('button', { name: '事業者を追加' }).click();
    await page.getByLabel('事業者名（日本語）').fill(companyName);
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText(companyName).first().waitFor(timeout);
    await page.getByRole('link', { name: 'インシデント', exact: true }).click();
    await page.getByRole('button', { name: 'インシデントを登録' }).click();

    // Nothing in the title; found before it occurred; known 26 days after the app's today; an exact count left empty.
    await setTime(page, '発生日時', '2026/12/28', '21:00');
    await setTime(page, '発見日時', '2026/12/28', '20:00');
    await setTime(page, '把握日時', '2027/01/24', '10:00');
    await page.getByRole('radiogroup', { name: '本人の数の確度' }).getByRole('radio', { name: '確定' }).check();
    await page.getByRole('checkbox', { name: /^クレジットカード番号/ }).check();

    // The panel says what is wrong with the moment of knowing instead of counting days to it.
    const panel = page.locator('.wb-assessment');
    await panel.getByText('把握日時が現在の日時（日本時間2026/12/29 10:0', { exact: false }).waitFor(timeout);
    expect(await panel.getByText(/あと\d+日/).count()).toBe(0);

    await page.getByRole('button', { name: '保存', exact: true }).click();
    expect(await errorUnder(page, 'title')).toBe('件名が入力されていません。');
    expect(await errorUnder(page, 'discoveredAt')).toBe('発見日時が発生日時より前になっています。発生日時と同じか、それより後の日時を入力してください。');
    expect(await errorUnder(page, 'knownAt')).toMatch(/^把握日時が現在の日時（日本時間2026\/12\/29 10:0\d）より後になっています。実際の日時を入力してください。$/);
    expect(await errorUnder(page, 'individuals')).toBe('本人の数が入力されていません。');
    expect(page.url()).toMatch(/#\/incidents\/new$/);
    await dismissToasts(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'incident-form-errors-ja');
    await view(page, 'incident-form-errors-ja-top', 'main');
    await view(page, 'incident-form-errors-ja-times', '#field-occurredAt');

    await page.getByText('English', { exact: true }).click();
    await expect.poll(() => errorUnder(page, 'knownAt')).toMatch(/^The time the business knew is later than now \(Dec 29, 2026 10:0\d JST\)\. Enter when it actually happened\.$/);
    expect(await errorUnder(page, 'title')).toBe('Enter the title.');
    await screenshot(page, 'incident-form-errors-en');
    await view(page, 'incident-form-errors-en-top', 'main');
    await view(page, 'incident-form-errors-en-times', '#field-occurredAt');
    await page.getByText('日本語', { exact: true }).click();
    await expect.poll(() => errorUnder(page, 'title')).toBe('件名が入力されていません。');
  });

  it('keeps 本人の数 typed with full-width digits and commas, and dates typed in full-width digits', async () => {
    const { page } = workbench;
    await page.getByLabel('件名', { exact: true }).fill('会員サイトからの顧客情報漏えい');
    await setTime(page, '発見日時', '２０２６/１２/２８', '２２：００');
    await setTime(page, '把握日時', '２０２６/１２/２８', '２３：３０');

    const count = page.getByLabel('本人の数', { exact: true });
    await count.fill('１，２００');
    await count.blur();
    expect(await count.inputValue()).toBe('1,200');
    const bound = page.getByLabel('本人の数の上限', { exact: true });
    await bound.fill('５０００');
    await bound.blur();
    expect(await bound.inputValue()).toBe('5,000');
    expect(await page.locator('#field-individuals-error').count()).toBe(0);

    // What is not a count stays as typed, says so, and blocks the save; it is never silently emptied.
    await count.fill('約1200');
    await count.blur();
    expect(await count.inputValue()).toBe('約1200');
    expect(await errorUnder(page, 'individuals')).toBe('本人の数は0以上の整数で入力してください。');
    await view(page, 'incident-form-count-invalid-ja', '#field-individuals');
    await count.fill('１，２００');
    await count.blur();

    // Counted against the app's clock: 速報 limit 2027-01-01 is 3 days away on 2026-12-29, whatever the browser says.
    const expected = assessIncident(incidentFactsInput.parse({ knownAt: '2026-12-28T23:30:00+09:00', dataItems: ['creditCard'] }));
    expect(expected.preliminary?.limit).toBe('2027-01-01');
    await page.getByRole('group', { name: '高度な暗号化等の措置' }).getByText('いいえ', { exact: true }).click();
    await page.locator('.wb-verdict[data-verdict="yes"]').waitFor(timeout);
    await page.locator('[data-role="preliminaryLimit"]').getByText('あと3日').waitFor(timeout);

    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.waitForURL(/#\/incidents\/\d+$/, timeout);
    await page.getByRole('tab', { name: '報告・通知' }).waitFor(timeout);
    expect(await page.getByLabel('本人の数', { exact: true }).inputValue()).toBe('1,200');
    expect(await page.getByLabel('本人の数の上限', { exact: true }).inputValue()).toBe('5,000');
    expect(await page.getByLabel('把握日時の日付').inputValue()).toBe('2026/12/28');
    expect(await page.getByLabel('把握日時の時刻（日本時間）').inputValue()).toBe('23:30');
    await dismissToasts(page);
    await screenshot(page, 'incident-form-saved-ja');
    await view(page, 'incident-form-saved-ja-count', '#field-individuals');
  });

  it('refuses a timeline event in the future under its field', async () => {
    const { page } = workbench;
    await page.getByRole('tab', { name: '経緯' }).click();
    await page.getByRole('button', { name: '経緯を追加' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('出来事の種類').selectOption({ label: '封じ込め' });
    await dialog.getByLabel('日時の日付').fill('2026/12/30');
    await dialog.getByLabel('日時の時刻（日本時間）').fill('09:00');
    await dialog.getByLabel('内容', { exact: true }).fill('決済画面を停止');
    await dialog.getByRole('button', { name: '経緯を追加' }).click();
    await dialog.getByText('日時が現在の日時（日本時間2026/12/29 10:0', { exact: false }).waitFor(timeout);
    await screenshot(page, 'incident-timeline-future-ja');
    await dialog.getByRole('button', { name: 'キャンセル' }).click();
    await dialog.waitFor({ state: 'detached', ...timeout });
  });
});
