// Issue 14 item 4 in the real UI (Chromium over browser mode), the app's clock at Tuesday 8 December 2026, 10:00 JST.
// Seeded: a company; the contract as the record of a provision last made on 1 June 2025 (kept one year, through
// 1 June 2026: past retention now) and a bundled receipt from a list broker (three years from its last receipt).
// The list marks the expired record in words and its deletion view lists only it; the dashboard points there; a new
// receipt without the provider's address or how they obtained the data is refused under those fields in ja and en,
// nothing written; the retention shown while typing is the one the core stores. Needs `npm run build`.
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
const ids = { company: 0, expired: 0 };

async function seed(workspacePath: string): Promise<void> {
  const core = await createCore({
    workspacePath,
    userDataDir: path.join(os.tmpdir(), `appi-e2e-provisions-${process.pid}`),
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
  ids.expired = (
    await call('provisions.create', {
      companyId: ids.company,
      direction: 'provided',
      recordForm: 'contract',
      counterparty: '株式会社配送パートナー',
      firstOn: '2024-04-01',
      lastOn: '2025-06-01',
      person: '通信販売の注文者（注文番号で特定）',
      provisionItems: '氏名、住所、電話番号',
      provisionBasis: 'consent',
    })
  ).id;
  await call('provisions.create', {
    companyId: ids.company,
    direction: 'received',
    recordForm: 'bundled',
    counterparty: '名簿販売株式会社',
    counterpartyAddress: '大阪府大阪市北区梅田1-1-1',
    counterpartyRepresentative: '佐藤 一郎',
    firstOn: '2026-01-15',
    lastOn: '2026-11-30',
    person: '展示会来場者名簿の掲載者',
    provisionItems: '氏名、勤務先、メールアドレス',
    provisionBasis: 'opt_out',
    providerAcquisition: '展示会の来場登録フォームで本人から取得',
    ppcPublished: true,
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

describe('third-party provision records in the UI', () => {
  it('marks the record past retention in words and lists it for deletion, in ja and en', async () => {
    const { page } = workbench;
    await go(page, '#/provisions');
    const rows = page.locator('table.wb-table tbody tr');
    await expect.poll(() => rows.count(), timeout).toBe(2);
    const expiredRow = rows.filter({ hasText: '株式会社配送パートナー' });
    expect(await expiredRow.textContent()).toContain('保存期間経過');
    expect(await expiredRow.textContent()).toContain('2026/06/01');
    expect(await rows.filter({ hasText: '名簿販売株式会社' }).textContent()).not.toContain('保存期間経過');
    await screenshot(page, 'provisions-list-ja');
    await page.locator('.mantine-SegmentedControl-label').filter({ hasText: /^保存期間を過ぎた記録/ }).click();
    await expect.poll(() => rows.count(), timeout).toBe(1);
    await page.getByText('保存の義務はもうありません').waitFor(timeout);
    await switchLanguage(page, 'en');
    await expect.poll(() => expiredRow.textContent()).toContain('Past retention');
    await screenshot(page, 'provisions-expired-en');
    await switchLanguage(page, 'ja');
  });

  it('points to the records past retention from the dashboard', async () => {
    const { page } = workbench;
    await go(page, '#/');
    const link = page.getByRole('link', { name: /1件の記録が保存期間を過ぎています/ });
    await link.waitFor(timeout);
    await link.click();
    await expect.poll(() => page.locator('table.wb-table tbody tr').count(), timeout).toBe(1);
  });

  it('refuses a receipt without the provider address and how they obtained it, then records it with its retention', async () => {
    const { page } = workbench;
    await go(page, '#/provisions/new');
    await page.getByLabel('提供先・提供元の名称', { exact: true }).waitFor(timeout);
    await page.getByRole('radio', { name: '受領した' }).check();
    await page.getByRole('radio', { name: '一括して作成' }).check();
    await page.getByLabel('提供先・提供元の名称', { exact: true }).fill('データ提携株式会社');
    await page.getByLabel('提供・受領の年月日', { exact: true }).fill('2026/10/01');
    await page.getByLabel('最後の提供・受領の年月日', { exact: true }).fill('2026/12/01');
    await page.getByLabel('最後の提供・受領の年月日', { exact: true }).blur();
    await page.getByLabel('本人を特定するに足りる事項', { exact: true }).fill('会員ID（提携先の会員番号）');
    await page.getByLabel('個人データの項目', { exact: true }).fill('氏名、メールアドレス');
    // Bundled: three years from the last receipt, as the core will store it.
    await expect.poll(() => page.getByTestId('provision-retention').textContent(), timeout).toContain('3年（2029/12/01');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    const addressError = page.locator('#field-counterpartyAddress-error');
    await addressError.waitFor(timeout);
    expect(await addressError.textContent()).toContain('法第30条第1項第1号');
    expect(await page.locator('#field-providerAcquisition-error').textContent()).toContain('提供元による取得の経緯');
    expect((await apiValue<{ total: number }>(page, 'provisions.list', {})).total).toBe(2);
    await screenshot(page, 'provisions-form-error-ja');
    await switchLanguage(page, 'en');
    await expect.poll(() => addressError.textContent()).toContain("confirms the provider's address");
    await screenshot(page, 'provisions-form-error-en');
    await switchLanguage(page, 'ja');

    await page.getByLabel('提供先・提供元の住所', { exact: true }).fill('東京都港区芝公園1-2-3');
    await page.getByLabel('提供元による取得の経緯', { exact: true }).fill('提携先のサービス登録時に本人の同意を得て取得');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await expect.poll(async () => (await apiValue<{ total: number }>(page, 'provisions.list', {})).total, timeout).toBe(3);
    const saved = await apiValue<{ items: { counterparty: string; retainUntil: string; lastOn: string }[] }>(page, 'provisions.list', { query: 'データ提携' });
    expect(saved.items[0]).toMatchObject({ retainUntil: '2029-12-01', lastOn: '2026-12-01' });
    await dismissToasts(page);
  });

  it('exports the records as an English Excel file from the list', async () => {
    const { page } = workbench;
    await go(page, '#/provisions');
    await switchLanguage(page, 'en');
    await page.getByRole('button', { name: 'Export register' }).click();
    const download = page.waitForEvent('download', timeout);
    await page.getByRole('menuitem', { name: 'Excel (English)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^2026-12-08_Records of Provision to and Receipt from Third Parties_Sample Trading K\.K\.?\.xlsx$/);
    // An .xlsx is a zip: its first bytes are the zip signature.
    const bytes = await readFile((await file.path())!);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    await dismissToasts(page);
    await switchLanguage(page, 'ja');
  });
});
