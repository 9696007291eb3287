// Breach incidents in the real UI, in Chromium over browser mode: a card-number leak known at 2026-12-28 23:30 JST
// is assessed as reportable while it is typed, with the 速報 target and limit and the 確報 date (and its basis)
// exactly as shared/appi computes them; the 速報 is then recorded as sent and its chip turns to "on time".
// Both the server and the page run on a clock set to the morning after (2026-12-29 10:00 JST), so "days left" and
// "sent in the future" read as they would for the manager that morning. Needs `npm run build` first.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { incidentFactsInput } from '../../shared/domain/incident';
import { assessIncident } from '../../shared/domain/incident-facts';
import { screenshot, screenshotDir } from './helpers/screenshot';
import { api } from './helpers/api';
import { openWorkbench, type OpenWorkbench } from './helpers/workbench';

const NOW = '2026-12-29T10:00:00+09:00';
const KNOWN_AT = '2026-12-28T23:30:00+09:00';
const companyName = '株式会社サンプル商事';
const title = 'ECサイトのクレジットカード番号漏えい';
const timeout = { timeout: 15_000 };

/** What shared/appi says for the facts the test types: the dates the UI must show, not hand-typed guesses. */
const expected = assessIncident(
  incidentFactsInput.parse({ knownAt: KNOWN_AT, dataItems: ['name', 'email', 'creditCard'], highLevelEncryption: false }),
);
const slash = (date: string) => date.replaceAll('-', '/');

/** The page's clock, moved to NOW like the server's (APPI_WORKBENCH_CLOCK): "today" and the chips' days left. */
const shiftClock = `const Real = Date;
const offset = Real.parse(${JSON.stringify(NOW)}) - Real.now();
globalThis.Date = new Proxy(Real, {
  construct: (target, args) => (args.length === 0 ? new target(Real.now() + offset) : new target(...args)),
  apply: () => new Real(Real.now() + offset).toString(),
  get: (target, key, receiver) => (key === 'now' ? () => Real.now() + offset : Reflect.get(target, key, receiver)),
});
`;

/** Closes the 「保存しました」 toasts, which would otherwise cover the top of a screenshot. */
async function dismissToasts(page: Page): Promise<void> {
  const toasts = page.locator('.mantine-Notification-root');
  for (let i = 0; i < 5 && (await toasts.count()) > 0; i++) {
    // A toast already leaving is not "stable": a failed click just means it is on its way out.
    await toasts.first().locator('.mantine-Notification-closeButton').click({ timeout: 1_000 }).catch(() => undefined);
  }
  await page.waitForFunction(() => document.querySelectorAll('.mantine-Notification-root').length === 0, undefined, { timeout: 8_000 });
}

async function shot(page: Page, name: string): Promise<void> {
  await dismissToasts(page);
  await screenshot(page, name);
}

/** The whole page, and each window-height slice of it, so long screens can be read at their real size. */
async function screens(page: Page, name: string): Promise<void> {
  await shot(page, name);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const viewport = page.viewportSize()!.height;
  for (let part = 0; part * viewport < height; part++) {
    await page.evaluate((y) => window.scrollTo(0, y), part * viewport);
    await page.waitForTimeout(150);
    await page.screenshot({ path: path.join(screenshotDir, `${name}-${part + 1}.png`) });
  }
  // The assessment panel scrolls on its own: its lower part (triggers, exemption, citations) too.
  if ((await page.locator('.wb-assessment').count()) > 0) {
    await page.evaluate(() => document.querySelector('.wb-assessment')?.scrollTo(0, 10_000));
    await page.waitForTimeout(150);
    await page.screenshot({ path: path.join(screenshotDir, `${name}-panel.png`) });
    await page.evaluate(() => document.querySelector('.wb-assessment')?.scrollTo(0, 0));
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

async function textOf(page: Page, selector: string): Promise<string> {
  const locator = page.locator(selector).first();
  await locator.waitFor(timeout);
  return (await locator.textContent()) ?? '';
}

let workbench: OpenWorkbench;
let incidentUrl = '';

beforeAll(async () => {
  workbench = await openWorkbench({ clock: NOW });
  // The page runs on the same shifted clock (its "today" and the chips' days left), installed before any script.
  await workbench.page.addInitScript(shiftClock);
  await workbench.page.reload();
});
afterEach(() => workbench?.watch.assertClean());
afterAll(async () => {
  await workbench?.close();
});

describe('Breach incidents in browser mode', () => {
  it('shows the dashboard and the incident list, no longer as pending sections', async () => {
    const { page } = workbench;
    await page.getByRole('heading', { name: 'ダッシュボード', level: 1 }).waitFor(timeout);
    await page.getByText('対応中のインシデントはありません。', { exact: false }).waitFor(timeout);
    expect(await page.getByText('準備中').count()).toBe(0); // every section is built
    await page.getByRole('link', { name: '事業者', exact: true }).click();
    await page.getByRole('button', { name: '事業者を追加' }).click();
    await page.getByLabel('事業者名（日本語）').fill(companyName);
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText(companyName).first().waitFor(timeout);
    await page.getByRole('link', { name: 'インシデント', exact: true }).click();
    await page.getByText('インシデントは登録されていません。', { exact: false }).waitFor(timeout);
  });

  it('assesses a card-number leak known at 2026-12-28 23:30 JST as it is typed', async () => {
    const { page } = workbench;
    await page.getByRole('button', { name: 'インシデントを登録' }).click();
    await page.getByLabel('件名', { exact: true }).fill(title);
    await page.getByLabel('把握日時の日付').fill('2026/12/28');
    await page.getByLabel('把握日時の時刻（日本時間）').fill('23:30');
    await page.getByRole('checkbox', { name: /^氏名/ }).check();
    await page.getByRole('checkbox', { name: /^メールアドレス/ }).check();
    await page.getByRole('checkbox', { name: /^クレジットカード番号/ }).check();
    // The card number settles the financial-loss trigger; the exemption is still open until encryption is answered.
    await page.locator('.wb-verdict[data-verdict="undetermined"]').waitFor(timeout);
    await page.getByRole('group', { name: '高度な暗号化等の措置' }).getByText('いいえ', { exact: true }).click();

    await page.locator('.wb-verdict[data-verdict="yes"]').getByText('報告が必要').waitFor(timeout);
    expect(await page.locator('[data-topic="financialRisk"]').getAttribute('data-status')).toBe('holds');
    expect(await textOf(page, '[data-topic="financialRisk"]')).toContain('施行規則第7条第2号');

    expect(expected.preliminary).toEqual({ target: '2026-12-30', limit: '2027-01-01' });
    expect(await textOf(page, '[data-role="preliminaryTarget"] [data-date]')).toContain('2026/12/30');
    expect(await textOf(page, '[data-role="preliminaryLimit"] [data-date]')).toContain('2027/01/01');
    expect(await textOf(page, '[data-role="final"] [data-date]')).toContain(slash(expected.final!.due));
    expect(await textOf(page, '[data-role="final"] [data-basis]')).toBe(expected.bases!.final.text.ja);
    expect(await textOf(page, '[data-role="preliminaryLimit"]')).toContain('あと3日');
    await screens(page, 'incident-form-ja');

    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.waitForURL(/#\/incidents\/\d+$/, timeout);
    incidentUrl = page.url();
    await page.getByRole('tab', { name: '報告・通知' }).waitFor(timeout);
  });

  it('refuses a time known before the occurrence, under the field', async () => {
    const { page } = workbench;
    await page.getByLabel('発生日時の日付').fill('2026/12/29');
    await page.getByLabel('発生日時の時刻（日本時間）').fill('08:00');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('把握日時が発生日時より前になっています。', { exact: false }).first().waitFor(timeout);
    await page.getByLabel('発生日時の日付').fill('2026/12/28');
    await page.getByLabel('発生日時の時刻（日本時間）').fill('21:00');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('把握日時が発生日時より前になっています。', { exact: false }).first().waitFor({ state: 'detached', ...timeout });
    expect(await page.getByLabel('発生日時の日付').inputValue()).toBe('2026/12/28');
  });

  it('keeps an append-only timeline with corrections', async () => {
    const { page } = workbench;
    await page.getByRole('tab', { name: '経緯' }).click();
    const addEvent = async (kind: string, date: string, time: string, text: string) => {
      await page.getByRole('button', { name: '経緯を追加' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('出来事の種類').selectOption({ label: kind });
      await dialog.getByLabel('日時の日付').fill(date);
      await dialog.getByLabel('日時の時刻（日本時間）').fill(time);
      await dialog.getByLabel('内容', { exact: true }).fill(text);
      await dialog.getByRole('button', { name: '経緯を追加' }).click();
      await dialog.waitFor({ state: 'detached', ...timeout });
    };
    await addEvent('発見', '2026/12/28', '23:10', 'カード会社から不正利用の疑いについて連絡');
    await addEvent('封じ込め', '2026/12/29', '01:30', '決済画面の不正スクリプトを削除');
    await page.getByRole('button', { name: /2026\/12\/29（火）01:30の記録を訂正/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('内容', { exact: true }).fill('決済画面の不正スクリプトを削除し、Webサーバーを切り離し');
    await dialog.getByRole('button', { name: '訂正' }).click();
    await dialog.waitFor({ state: 'detached', ...timeout });
    await page.locator('.wb-superseded').first().waitFor(timeout);
    await page.getByRole('button', { name: '訂正後の記録へ' }).waitFor(timeout);
    // Three events, the corrected one kept (struck through) beside its correction, one cell per column.
    expect(await page.locator('.wb-timeline-row').count()).toBe(3);
    expect(await page.locator('.wb-timeline-row').first().locator('td').count()).toBe(await page.locator('thead th').count());
    await shot(page, 'incident-timeline-ja');
  });

  it('records the 速報 as sent and shows it on time; a 確報 before it is refused', async () => {
    const { page } = workbench;
    await page.getByRole('tab', { name: '報告・通知' }).click();
    const preliminary = page.locator('[data-kind="ppc_preliminary"]');
    await preliminary.locator('[data-tone="later"]').waitFor(timeout);
    expect(await preliminary.locator('[data-due]').getAttribute('data-due')).toBe(expected.preliminary!.limit);

    await page.getByRole('button', { name: '送信済みにする：確報' }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByLabel('送信日時の日付').fill('2026/12/29');
    await dialog.getByLabel('送信日時の時刻（日本時間）').fill('09:30');
    await dialog.getByLabel('方法', { exact: true }).fill('個人情報保護委員会の報告フォーム');
    await dialog.getByRole('button', { name: '送信済みにする' }).click();
    await dialog.getByText('速報がまだ送信済みになっていません。', { exact: false }).waitFor(timeout);
    await shot(page, 'incident-mark-sent-refused-ja');
    await dialog.getByRole('button', { name: 'キャンセル' }).click();

    await page.getByRole('button', { name: '送信済みにする：速報' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByLabel('送信日時の日付').fill('2026/12/29');
    await dialog.getByLabel('送信日時の時刻（日本時間）').fill('09:30');
    await dialog.getByLabel('方法', { exact: true }).fill('個人情報保護委員会の報告フォーム');
    await dialog.getByLabel('受付番号').fill('PPC-2026-0001');
    await dialog.getByLabel('送付した文書').fill('速報_20261229.pdf');
    await dialog.getByRole('button', { name: '送信済みにする' }).click();
    await dialog.waitFor({ state: 'detached', ...timeout });

    await preliminary.locator('[data-tone="onTime"]').getByText('期限内').waitFor(timeout);
    await preliminary.getByText('送信済みのため変更できません').waitFor(timeout);
    expect(await preliminary.getByRole('button', { name: /送信済みにする/ }).count()).toBe(0);
    await shot(page, 'incident-notifications-ja');

    // The record's panel follows: the 速報's limit now reads "on time".
    await page.getByRole('tab', { name: '記録' }).click();
    await page.locator('[data-role="preliminaryLimit"] [data-tone="onTime"]').waitFor(timeout);
    await page.getByLabel('対応状況').selectOption({ label: '報告済み' });
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('保存しました').first().waitFor(timeout);
  });

  it('lists incidents with filters and shows the dashboard by next deadline', async () => {
    const { page } = workbench;
    const company = await api(page, 'companies.list', { limit: 10 });
    const companyId = (company.value as unknown as { items: { id: number }[] }).items[0]!.id;
    const seed = async (fields: Record<string, unknown>) => {
      const result = await api(page, 'incidents.create', { companyId, breachKind: 'leak', ...fields });
      expect(result.ok, JSON.stringify(result.error)).toBe(true);
    };
    await seed({ title: '健康診断結果の誤送信', knownAt: '2026-12-20T14:00:00+09:00', dataItems: ['name', 'healthCheck'], highLevelEncryption: false });
    await seed({ title: '顧客名簿の入ったUSBメモリの紛失', breachKind: 'loss', knownAt: '2026-12-27T09:15:00+09:00', individualsKind: 'estimate', individuals: 1500, highLevelEncryption: false, sensitive: false, financialRisk: false, wrongfulPurpose: false });
    await seed({ title: '暗号化済みノートPCの盗難', knownAt: '2026-11-05T18:00:00+09:00', individualsKind: 'exact', individuals: 320, highLevelEncryption: true, keyLeaked: false, status: 'closed', sensitive: false, financialRisk: false, wrongfulPurpose: true });

    await page.getByRole('link', { name: 'インシデント', exact: true }).click();
    await page.locator('.wb-virtual-row').nth(3).waitFor(timeout);
    expect(await page.locator('.wb-virtual-row').count()).toBe(4);
    await shot(page, 'incidents-list-ja');

    await page.getByLabel('把握日（から）').fill('2026/12/25');
    await page.locator('.wb-virtual-row').nth(1).waitFor(timeout);
    await page.waitForFunction(() => document.querySelectorAll('.wb-virtual-row').length === 2);
    await page.getByRole('button', { name: '条件をクリア' }).click();
    await page.waitForFunction(() => document.querySelectorAll('.wb-virtual-row').length === 4);

    await page.getByRole('link', { name: 'ダッシュボード', exact: true }).click();
    await page.locator('[data-stat="overdue"]').getByText('1件').waitFor(timeout);
    await page.locator('[data-tone="overdue"]').first().waitFor(timeout);
    await page.locator('.wb-timing-row').first().waitFor(timeout);
    await shot(page, 'dashboard-ja');
  });

  it('shows the same screens in English', async () => {
    const { page } = workbench;
    await page.getByText('English', { exact: true }).click();
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor(timeout);
    await shot(page, 'dashboard-en');
    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Incidents', exact: true }).click();
    await page.locator('.wb-virtual-row').first().waitFor(timeout);
    await shot(page, 'incidents-list-en');
    await page.goto(incidentUrl);
    await page.locator('.wb-verdict[data-verdict="yes"]').getByText('Must report').waitFor(timeout);
    expect(await textOf(page, '[data-role="final"] [data-basis]')).toBe(expected.bases!.final.text.en);
    await screens(page, 'incident-form-en');
    await page.getByRole('tab', { name: 'Timeline' }).click();
    await page.locator('.wb-superseded').first().waitFor(timeout);
    await shot(page, 'incident-timeline-en');
    await page.getByRole('tab', { name: 'Notifications' }).click();
    await page.locator('[data-kind="ppc_preliminary"] [data-tone="onTime"]').getByText('on time').waitFor(timeout);
    await shot(page, 'incident-notifications-en');
    await page.getByText('日本語', { exact: true }).click();
  });
});
