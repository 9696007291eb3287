// The PPC form helper in the real UI, in Chromium over browser mode: from a stored card-number leak's 速報 card, the
// helper lists the report's fields in the report form's order, copies a field to the clipboard (announced in the
// accessible status, also from the keyboard), counts what was copied, shows unknown facts as 調査中 / 確認中, and
// records the reference number received: the 速報 then shows as sent with that number, and the 確報's helper refers
// to it. Screenshots in Japanese and English at 1280×720. Needs `npm run build` first.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { screenshotDir } from './helpers/screenshot';
import { api } from './helpers/api';
import { openWorkbench, type OpenWorkbench } from './helpers/workbench';
import { dismissToasts } from './helpers/page-actions';

const NOW = '2026-12-29T10:00:00+09:00';
const timeout = { timeout: 15_000 };
const overview = '決済画面に不正なスクリプトが埋め込まれ、入力されたカード番号が外部に送信された。';

/** The page's clock, moved to NOW like the server's (APPI_WORKBENCH_CLOCK). */
const shiftClock = `const Real = Date;
const offset = Real.parse(${JSON.stringify(NOW)}) - Real.now();
globalThis.Date = new Proxy(Real, {
  construct: (target, args) => (args.length === 0 ? new target(Real.now() + offset) : new target(...args)),
  apply: () => new Real(Real.now() + offset).toString(),
  get: (target, key, receiver) => (key === 'now' ? () => Real.now() + offset : Reflect.get(target, key, receiver)),
});
`;

/** The window as the user sees it (1280×720), at the top, then scrolled one window at a time. */
async function windowShots(page: Page, name: string): Promise<void> {
  await dismissToasts(page);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let part = 0; part * 720 < height && part < 6; part++) {
    await page.evaluate((y) => window.scrollTo(0, y), part * 640);
    await page.waitForTimeout(150);
    await page.screenshot({ path: path.join(screenshotDir, `${name}-${part + 1}.png`) });
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

let workbench: OpenWorkbench;
let incidentId = 0;

beforeAll(async () => {
  workbench = await openWorkbench({ clock: NOW });
  await workbench.page.addInitScript(shiftClock);
  await workbench.page.reload();
  await workbench.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(workbench.app.url).origin });
  await workbench.page.setViewportSize({ width: 1280, height: 720 });
});
afterEach(() => workbench?.watch.assertClean());
afterAll(async () => {
  await workbench?.close();
});

describe('PPC form helper in browser mode', () => {
  it('opens from the 速報 card and lists the fields in the report form’s order, unknowns as 調査中 / 確認中', async () => {
    const { page } = workbench;
    await page.getByRole('heading', { name: 'ダッシュボード', level: 1 }).waitFor(timeout);
    const company = await api(page, 'companies.create', {
      legalNameJa: '株式会社サンプル商事',
      postalCode: '100-0001',
      addressJa: '東京都千代田区千代田1-1',
      representativeTitleJa: '代表取締役',
      representativeNameJa: '山田太郎',
      protectionManagerTitle: '個人情報保護管理者',
      protectionManagerName: '佐藤花子',
      phone: '03-1234-5678',
      email: 'privacy@sample.example',
      corporateNumber: '7123456789012',
      industry: '小売業',
    });
    expect(company.ok, JSON.stringify(company.error)).toBe(true);
    const incident = await api(page, 'incidents.create', {
      title: 'ECサイトのクレジットカード番号漏えい',
      companyId: company.value!.id,
      breachKind: 'leak',
      knownAt: '2026-12-28T23:30:00+09:00',
      discoveredAt: '2026-12-28T22:10:00+09:00',
      dataItems: ['name', 'email', 'creditCard'],
      highLevelEncryption: false,
      wrongfulPurpose: true,
      reportOverview: overview,
      medium: 'electronic',
      secondaryDamage: 'unknown',
    });
    expect(incident.ok, JSON.stringify(incident.error)).toBe(true);
    incidentId = incident.value!.id;

    await page.evaluate((id) => (window.location.hash = `#/incidents/${id}/notifications`), incidentId);
    await page.getByRole('link', { name: '速報のPPCフォーム入力支援を開く' }).click();
    await page.waitForURL(/#\/incidents\/\d+\/ppc-form\/\d+$/, timeout);
    await page.getByRole('heading', { level: 1, name: /^速報：ECサイトのクレジットカード番号漏えい/ }).waitFor(timeout);

    const keys = await page.locator('.wb-ppc-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-field')));
    expect(keys.slice(0, 3)).toEqual(['reporterName', 'corporateNumber', 'industry']);
    const at = (key: string) => keys.indexOf(key);
    expect(at('authorizedOrgTarget')).toBeLessThan(at('reportKind'));
    expect(at('reportKind')).toBeLessThan(at('occurredAt'));
    expect(at('knownAt')).toBeLessThan(at('medium'));
    expect(at('entrustee')).toBeLessThan(at('overview'));
    expect(at('overview')).toBeLessThan(at('other'));

    const value = (key: string) => page.locator(`[data-field="${key}"] .wb-ppc-value`).innerText();
    expect(await value('reporterName')).toBe('株式会社サンプル商事');
    expect(await value('contactName')).toBe('佐藤花子');
    expect(await value('reportKind')).toBe('速報');
    expect(await value('discoveredAt')).toBe('2026年12月28日 22:10');
    expect(await value('corporateNumber')).toBe('7123456789012');
    expect(await value('industry')).toBe('小売業');
    expect(await value('medium')).toBe('電子媒体');
    expect(await value('secondaryDamage')).toBe('不明');
    expect(await value('cause')).toBe('調査中');
    expect(await value('contactDepartment')).toBe('確認中');
    expect(await page.locator('.wb-ppc-value').filter({ hasText: '未記入' }).count()).toBe(0);
  });

  it('copies a field to the clipboard, says so in the status, and counts it', async () => {
    const { page } = workbench;
    const progress = page.getByTestId('ppc-progress');
    const total = Number(/(\d+)項目中/.exec(await progress.innerText())?.[1]);
    expect(total).toBeGreaterThan(30);
    expect(await progress.innerText()).toBe(`${total}項目中0項目をコピー済み`);

    await page.getByRole('button', { name: '「概要」をコピー' }).click();
    await page.getByTestId('ppc-copy-status').filter({ hasText: '「概要」をコピーしました。' }).waitFor({ state: 'attached', ...timeout });
    expect(await clipboard(page)).toBe(overview);
    expect(await progress.innerText()).toBe(`${total}項目中1項目をコピー済み`);
    expect(await page.locator('[data-field="overview"]').getAttribute('data-copied')).toBe('true');

    // From the keyboard: the button takes focus and Enter copies; an unknown value is copied as its gap word.
    await page.getByRole('button', { name: '「原因」をコピー' }).focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('ppc-copy-status').filter({ hasText: '「原因」をコピーしました。' }).waitFor({ state: 'attached', ...timeout });
    expect(await clipboard(page)).toBe('調査中');
    expect(await progress.innerText()).toBe(`${total}項目中2項目をコピー済み`);
    await page.getByRole('button', { name: '「原因」をコピー' }).blur();

    // Where the Clipboard API is refused (Electron denies permission checks), the copy command still copies.
    await page.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    });
    await page.getByRole('button', { name: '「業種」をコピー' }).click();
    await page.getByTestId('ppc-copy-status').filter({ hasText: '「業種」をコピーしました。' }).waitFor({ state: 'attached', ...timeout });
    expect(await clipboard(page)).toBe('小売業');
    expect(await progress.innerText()).toBe(`${total}項目中3項目をコピー済み`);

    // The progress survives a reload.
    await page.reload();
    await page.getByTestId('ppc-progress').filter({ hasText: `${total}項目中3項目をコピー済み` }).waitFor(timeout);
    await windowShots(page, 'ppc-form-ja');
  });

  it('shows the helper in English, values in English on request', async () => {
    const { page } = workbench;
    await page.locator('.mantine-SegmentedControl-label').filter({ hasText: /^English$/ }).click();
    await page.getByRole('heading', { level: 1, name: /^Preliminary report: / }).waitFor(timeout);
    await page.locator('.mantine-SegmentedControl-label').filter({ hasText: 'English (to read)' }).click();
    expect(await page.locator('[data-field="cause"] .wb-ppc-value').innerText()).toBe('Under investigation');
    expect(await page.locator('[data-field="reportKind"] .wb-ppc-value').innerText()).toBe('Preliminary report');
    await page.getByRole('button', { name: 'Copy "Cause"' }).click();
    await page.getByTestId('ppc-copy-status').filter({ hasText: 'Copied "Cause".' }).waitFor({ state: 'attached', ...timeout });
    expect(await clipboard(page)).toBe('Under investigation');
    await windowShots(page, 'ppc-form-en');
    await page.locator('.mantine-SegmentedControl-label').filter({ hasText: 'Japanese (to file)' }).click();
    await page.locator('.mantine-SegmentedControl-label').filter({ hasText: /^日本語$/ }).click();
    await page.getByRole('heading', { level: 1, name: /^速報：/ }).waitFor(timeout);
  });

  it('records the reference number received: the 速報 shows as sent with it, and the 確報 refers to it', async () => {
    const { page } = workbench;
    const step = page.getByRole('region', { name: '提出の記録' });
    await step.getByLabel('受付番号').fill('PPC-2026-12345');
    expect(await step.getByLabel('方法', { exact: true }).inputValue()).toBe('個人情報保護委員会の報告フォーム');
    await step.getByLabel('送信日時の日付').fill('2026/12/29');
    await step.getByLabel('送信日時の時刻（日本時間）').fill('09:40');
    await step.getByRole('button', { name: '提出を記録' }).click();
    await step.getByText('受付番号：PPC-2026-12345').waitFor(timeout);
    await step.getByText('提出済み', { exact: true }).waitFor(timeout);
    await dismissToasts(page);
    await step.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(screenshotDir, 'ppc-form-submitted-ja.png') });

    await page.getByRole('link', { name: 'インシデントの報告・通知へ戻る' }).click();
    const card = page.locator('[data-kind="ppc_preliminary"]');
    await card.getByText('受付番号：PPC-2026-12345').waitFor(timeout);
    await card.getByText('送信済み', { exact: true }).waitFor(timeout);
    expect(await card.getByText('方法：個人情報保護委員会の報告フォーム', { exact: false }).count()).toBeGreaterThan(0);
    expect(await card.getByRole('button', { name: /送信済みにする/ }).count()).toBe(0);
    await page.screenshot({ path: path.join(screenshotDir, 'ppc-form-entry-ja.png') });

    // The 速報 as filed: the helper now shows the frozen content, whatever is edited later.
    await page.getByRole('link', { name: '速報のPPCフォーム入力支援を開く' }).click();
    await page.getByText('表示している内容は提出時のものです', { exact: false }).waitFor(timeout);
    await page.getByRole('link', { name: 'インシデントの報告・通知へ戻る' }).click();

    // Facts learnt after the 速報: the cause is found, the secondary-damage answer settles.
    const current = await api(page, 'incidents.get', { id: incidentId });
    const { value: record } = current as unknown as { value: Record<string, unknown> };
    const editable = Object.fromEntries(
      ['title', 'companyId', 'breachKind', 'certainty', 'knownAt', 'occurredAt', 'discoveredAt', 'dataItems', 'highLevelEncryption', 'keyLeaked', 'wrongfulPurpose', 'reportOverview', 'medium']
        .map((key) => [key, record[key]]),
    );
    const updated = await api(page, 'incidents.update', {
      ...editable,
      id: incidentId,
      revision: record.revision,
      reportCause: '決済モジュールの脆弱性を突かれた。',
      secondaryDamage: 'no',
    });
    expect(updated.ok, JSON.stringify(updated.error)).toBe(true);
    await page.reload();

    await page.getByRole('link', { name: '確報のPPCフォーム入力支援を開く' }).click();
    await page.getByRole('heading', { level: 1, name: /^確報：/ }).waitFor(timeout);
    const row = (key: string) => page.locator(`[data-field="${key}"]`);
    expect(await row('reportKind').locator('.wb-ppc-value').innerText()).toBe('確報');
    expect(await row('preliminaryReference').locator('.wb-ppc-value').innerText()).toBe('PPC-2026-12345');
    expect(await row('preliminarySentAt').locator('.wb-ppc-value').innerText()).toBe('2026年12月29日 09:40');
    // Beside today's answer, the 速報's; what changed is marked, what did not is not.
    expect(await row('cause').locator('.wb-ppc-value').innerText()).toBe('決済モジュールの脆弱性を突かれた。');
    expect(await row('cause').locator('.wb-ppc-filed .wb-ppc-text').innerText()).toBe('調査中');
    await row('cause').getByText('速報から変更').waitFor(timeout);
    expect(await row('secondaryDamage').locator('.wb-ppc-filed .wb-ppc-text').innerText()).toBe('不明');
    await row('secondaryDamage').getByText('速報から変更').waitFor(timeout);
    expect(await row('overview').getByText('速報から変更').count()).toBe(0);
    expect(await row('overview').locator('.wb-ppc-filed .wb-ppc-text').innerText()).toBe(overview);
    await windowShots(page, 'ppc-form-final-ja');
  });
});
