// Issue 14 item 3 in the real UI (Chromium over browser mode), the app's clock at Tuesday 8 December 2026, 10:00 JST.
// Seeded: a company with the desk お客様相談室, a disclosure request received on 10 November (14-day internal target:
// due 24 November, 14 days past) and a complaint received today. The dashboard lists the overdue request with its
// chip; a request logged through the form at the desk keeps the desk; a refusal without its reason is refused under
// the field in ja and en, nothing written; the desk's page shows what it received; the list filters by status.
// Screenshots in ja and en are written to test-results/screenshots. Needs `npm run build`.
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../main/core/index';
import { apiValue } from './helpers/api';
import { screenshot } from './helpers/screenshot';
import { openWorkbench, type OpenWorkbench } from './helpers/workbench';
import { dismissToasts, switchLanguage, go } from './helpers/page-actions';

const NOW = '2026-12-08T10:00:00+09:00';
const timeout = { timeout: 15_000 };
const ids = { company: 0, desk: 0, overdue: 0 };

async function seed(workspacePath: string): Promise<void> {
  const core = await createCore({
    workspacePath,
    userDataDir: path.join(os.tmpdir(), `appi-e2e-requests-${process.pid}`),
    rememberWorkspace: false,
    now: () => new Date(NOW),
  });
  const workspaceId = core.workspace().id;
  const call = async <T = { id: number }>(operation: string, input: unknown): Promise<T> => {
    const envelope = await core.dispatch(operation, input, workspaceId);
    if (!envelope.ok) throw new Error(JSON.stringify(envelope.error));
    return envelope.value as T;
  };
  ids.company = (await call('companies.create', { legalNameJa: '株式会社サンプル商事', legalNameEn: 'Sample Trading K.K.', phone: '03-1234-5678' })).id;
  ids.desk = (await call('desks.create', { companyId: ids.company, kind: 'own', nameJa: 'お客様相談室', nameEn: 'Customer Desk' })).id;
  ids.overdue = (
    await call('requests.create', {
      companyId: ids.company,
      receivingDeskId: ids.desk,
      receivedOn: '2026-11-10',
      channel: 'post',
      requester: '受付番号R-0012',
      requestKind: 'disclosure',
      requestSummary: '購入履歴の開示請求（電磁的記録での提供を希望）',
      disclosureMethod: 'electronic',
      identityCheck: 'verified',
      feeYen: 1000,
    })
  ).id;
  await call('requests.create', {
    companyId: ids.company,
    receivingDeskId: ids.desk,
    receivedOn: '2026-12-08',
    channel: 'phone',
    requestKind: 'complaint',
    requestSummary: 'メールマガジンの配信停止後も届くとの苦情',
    identityCheck: 'not_needed',
  });
  core.close();
}

let workbench: OpenWorkbench;

beforeAll(async () => {
  workbench = await openWorkbench({ clock: NOW, prepare: seed });
}, 60_000);
afterEach(() => workbench?.watch.assertClean());
afterAll(async () => {
  await workbench?.close();
});

describe('requests and complaints in the UI', () => {
  it('shows the request past its internal target on the dashboard, with the days overdue, in ja and en', async () => {
    const { page } = workbench;
    await go(page, '#/');
    const panel = page.locator('section[aria-labelledby="dashboard-requests"]');
    await panel.waitFor(timeout);
    await expect.poll(() => panel.textContent()).toContain('14日超過');
    expect(await panel.textContent()).toContain('購入履歴の開示請求');
    await panel.scrollIntoViewIfNeeded();
    await screenshot(page, 'requests-dashboard-ja');
    await switchLanguage(page, 'en');
    await expect.poll(() => panel.textContent()).toContain('overdue by 14 days');
    await screenshot(page, 'requests-dashboard-en');
    await switchLanguage(page, 'ja');
  });

  it('lists by status: past target, open, answered', async () => {
    const { page } = workbench;
    await go(page, '#/requests');
    const rows = page.locator('table.wb-table tbody tr');
    await expect.poll(() => rows.count(), timeout).toBe(2);
    await page.locator('.mantine-SegmentedControl-label').filter({ hasText: /^目標超過$/ }).click();
    await expect.poll(() => rows.count(), timeout).toBe(1);
    expect(await rows.first().textContent()).toContain('購入履歴');
    await page.locator('.mantine-SegmentedControl-label').filter({ hasText: /^すべて$/ }).click();
    await expect.poll(() => rows.count(), timeout).toBe(2);
    await screenshot(page, 'requests-list-ja');
    await switchLanguage(page, 'en');
    await expect.poll(() => page.locator('main').textContent()).toContain('Requests and complaints');
    await screenshot(page, 'requests-list-en');
    await switchLanguage(page, 'ja');
  });

  it('logs a request at a desk; a refusal without its reason is refused under the field, nothing written', async () => {
    const { page } = workbench;
    await go(page, `#/requests/new/desk/${ids.desk}`);
    await page.getByLabel('請求・苦情の内容', { exact: true }).waitFor(timeout);
    expect(await page.getByLabel('受付窓口', { exact: true }).inputValue()).toBe(String(ids.desk));
    await page.getByLabel('請求等の種類', { exact: true }).selectOption('cessation_of_provision');
    await page.getByLabel('請求・苦情の内容', { exact: true }).fill('名簿業者への提供の停止を求める請求');
    await page.getByLabel('手数料（円）', { exact: true }).fill('0');
    await page.getByLabel('対応結果', { exact: true }).selectOption('refused');
    await page.getByLabel('回答日', { exact: true }).fill('2026/12/08');
    await page.getByLabel('回答日', { exact: true }).blur();
    await page.getByRole('button', { name: '保存', exact: true }).click();
    const reasonError = page.locator('#field-refusalReason-error');
    await reasonError.waitFor(timeout);
    expect(await reasonError.textContent()).toContain('応じない理由を入力してください');
    const before = await apiValue<{ total: number }>(page, 'requests.list', {});
    expect(before.total).toBe(2);
    await screenshot(page, 'requests-form-refusal-error-ja');
    await switchLanguage(page, 'en');
    await expect.poll(() => reasonError.textContent()).toContain('Enter the reason for declining');
    await screenshot(page, 'requests-form-refusal-error-en');
    await switchLanguage(page, 'ja');

    await page.getByLabel('応じない理由', { exact: true }).fill('提供は本人の同意に基づいており、法第27条第1項に違反する提供ではないため。');
    await page.getByLabel('根拠条文', { exact: true }).fill('法第35条第4項');
    // The suggestions for this kind (Art. 35(4) and its proviso) stay open while typing; Esc closes them.
    expect(await page.getByRole('option').count()).toBeGreaterThan(0);
    await page.getByLabel('根拠条文', { exact: true }).press('Escape');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await expect
      .poll(async () => (await apiValue<{ total: number }>(page, 'requests.list', { requestKind: 'cessation_of_provision' })).total, timeout)
      .toBe(1);
    const saved = await apiValue<{ items: { deskName: string; outcome: string; closedOn: string; dueOn: string; refusalCitation: string }[] }>(
      page,
      'requests.list',
      { requestKind: 'cessation_of_provision' },
    );
    expect(saved.items[0]).toMatchObject({ deskName: 'お客様相談室', outcome: 'refused', closedOn: '2026-12-08', dueOn: '2026-12-22', refusalCitation: '法第35条第4項' });
    await dismissToasts(page);
  });

  it("shows on the desk's page what the desk received", async () => {
    const { page } = workbench;
    await go(page, `#/desks/${ids.desk}`);
    const panel = page.locator('section').filter({ hasText: 'この窓口で受け付けた請求・苦情' });
    await panel.waitFor(timeout);
    await expect.poll(() => panel.locator('tbody tr').count(), timeout).toBe(3);
    await panel.scrollIntoViewIfNeeded();
    await screenshot(page, 'requests-desk-panel-ja');
  });

  it('opens a logged request with its target chip and steps', async () => {
    const { page } = workbench;
    await go(page, `#/requests/${ids.overdue}`);
    await page.getByText('回答目標日：2026/11/24').waitFor(timeout);
    await page.getByRole('button', { name: '経過を追加' }).click();
    await page.getByLabel('経過の内容', { exact: true }).fill('本人確認書類を受領');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await expect
      .poll(async () => (await apiValue<{ steps: unknown[] }>(page, 'requests.get', { id: ids.overdue })).steps.length, timeout)
      .toBe(1);
    await dismissToasts(page);
    await screenshot(page, 'requests-form-ja');
    await switchLanguage(page, 'en');
    await page.getByText('Target date: Nov 24, 2026').waitFor(timeout);
    await screenshot(page, 'requests-form-en');
    await switchLanguage(page, 'ja');
  });

  it('exports the log as a PDF from the list, for an auditor', async () => {
    const { page } = workbench;
    await go(page, '#/requests');
    await page.getByRole('button', { name: '台帳を書き出す' }).click();
    const download = page.waitForEvent('download', timeout);
    await page.getByRole('menuitem', { name: 'PDF（日本語）' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('2026-12-08_開示等請求・苦情受付台帳_株式会社サンプル商事.pdf');
    const bytes = await readFile((await file.path())!);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await dismissToasts(page);
  });
});
