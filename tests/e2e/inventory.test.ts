// Issue 14 items 1 and 5 in the real UI (Chromium over browser mode), the app's clock at 29 December 2026, 10:00 JST.
// Seeded: a company, its entrustee, an inventory entry reviewed in November 2025 (its review is a month overdue).
// An entry is added through the form; its name left empty is refused under the field in ja and en with nothing
// written; the list shows the review chip; the review mark moves the next review a year on; the register exports
// as .xlsx. Screenshots in ja and en are written to test-results/screenshots. Needs `npm run build`.
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../main/core/index';
import { apiValue } from './helpers/api';
import { screenshot } from './helpers/screenshot';
import { openWorkbench, type OpenWorkbench } from './helpers/workbench';
import { dismissToasts, switchLanguage, go } from './helpers/page-actions';

const NOW = '2026-12-29T10:00:00+09:00';
const timeout = { timeout: 15_000 };
const ids = { company: 0, entrustee: 0, old: 0, incident: 0 };

async function seed(workspacePath: string): Promise<void> {
  const core = await createCore({
    workspacePath,
    userDataDir: path.join(os.tmpdir(), `appi-e2e-inventory-${process.pid}`),
    rememberWorkspace: false,
    now: () => new Date(NOW),
  });
  const workspaceId = core.workspace().id;
  const call = async <T = { id: number }>(operation: string, input: unknown): Promise<T> => {
    const envelope = await core.dispatch(operation, input, workspaceId);
    if (!envelope.ok) throw new Error(JSON.stringify(envelope.error));
    return envelope.value as T;
  };
  ids.company = (await call('companies.create', { legalNameJa: '株式会社サンプル商事', legalNameEn: 'Sample Trading K.K.' })).id;
  ids.entrustee = (await call('entrustees.create', { companyId: ids.company, entrusteeName: '株式会社配送センター', entrustedWork: '商品の発送' })).id;
  ids.old = (
    await call('inventory.create', {
      companyId: ids.company,
      entryName: '従業員名簿',
      subjects: ['employees'],
      heldItems: ['name', 'address', 'phone', 'healthCheck'],
      peopleCount: 120,
      acquisition: 'direct_written',
      storageMedium: 'both',
      ownerDepartment: '人事部',
      lastReviewedOn: '2025-11-20',
    })
  ).id;
  ids.incident = (await call('incidents.create', { companyId: ids.company, title: '人事システムへの不正アクセス', breachKind: 'leak', knownAt: '2026-12-28T10:00+09:00' })).id;
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

describe('the personal-data inventory in the UI', () => {
  it('lists the entry with its overdue review, in ja and en', async () => {
    const { page } = workbench;
    await go(page, '#/inventory');
    const rows = page.locator('table.wb-table tbody tr');
    await expect.poll(() => rows.count(), timeout).toBe(1);
    const row = await rows.first().textContent();
    expect(row).toContain('従業員名簿');
    expect(row).toContain('要配慮');
    expect(row).toContain('120名');
    expect(row).toContain('2026/11/20');
    await screenshot(page, 'inventory-list-ja');
    await switchLanguage(page, 'en');
    await expect.poll(() => page.locator('main').textContent()).toContain('Personal data inventory');
    expect(await rows.first().textContent()).toContain('Sensitive');
    await screenshot(page, 'inventory-list-en');
    await switchLanguage(page, 'ja');
  });

  it('refuses an entry without its name under the field, writing nothing; then saves it with its entrustee', async () => {
    const { page } = workbench;
    await go(page, '#/inventory/new');
    await page.getByLabel('個人情報の名称', { exact: true }).waitFor(timeout);
    await page.getByLabel('管理部署', { exact: true }).fill('EC事業部');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    const error = page.locator('#field-entryName-error');
    await error.waitFor(timeout);
    expect(await error.textContent()).toBe('個人情報の名称が入力されていません。');
    expect((await apiValue<{ total: number }>(page, 'inventory.list', {})).total).toBe(1);
    await screenshot(page, 'inventory-form-error-ja');
    await switchLanguage(page, 'en');
    await expect.poll(() => error.textContent()).toBe('Enter the name of the data set.');
    await screenshot(page, 'inventory-form-error-en');
    await switchLanguage(page, 'ja');

    await page.getByLabel('個人情報の名称', { exact: true }).fill('通販サイト会員情報');
    await page.getByLabel('会員', { exact: true }).check();
    await page.getByLabel('氏名', { exact: true }).check();
    await page.getByLabel('メールアドレス', { exact: true }).check();
    await page.getByLabel('クレジットカード番号', { exact: true }).check();
    await page.getByLabel('件数（本人の数）', { exact: true }).fill('12,000');
    await page.getByLabel('利用目的', { exact: true }).fill('商品の発送\n\n新商品のご案内');
    await page.getByRole('combobox', { name: '委託先' }).click();
    await page.getByRole('option', { name: '株式会社配送センター' }).click();
    // Esc in a form asks whether to leave it: close the options by moving on, as a user does.
    await page.getByLabel('技術的安全管理措置', { exact: true }).click();
    await page.getByLabel('技術的安全管理措置', { exact: true }).fill('アクセス制御、通信の暗号化');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await expect.poll(async () => (await apiValue<{ total: number }>(page, 'inventory.list', {})).total, timeout).toBe(2);
    const saved = await apiValue<{ items: { id: number; entryName: string }[] }>(page, 'inventory.list', { query: '通販' });
    const entry = await apiValue<Record<string, unknown>>(page, 'inventory.get', { id: saved.items[0]!.id });
    expect(entry).toMatchObject({
      entryName: '通販サイト会員情報',
      subjects: ['members'],
      heldItems: ['name', 'email', 'creditCard'],
      peopleCount: 12000,
      purposes: ['商品の発送', '新商品のご案内'],
      entrusteeIds: [ids.entrustee],
      measuresTechnical: 'アクセス制御、通信の暗号化',
    });
    await dismissToasts(page);
  });

  it('marks the overdue entry reviewed today, which moves its next review a year on', async () => {
    const { page } = workbench;
    await go(page, `#/inventory/${ids.old}`);
    await page.getByRole('button', { name: '本日見直し済みにする' }).waitFor(timeout);
    await page.locator('#inventory-review').scrollIntoViewIfNeeded();
    await screenshot(page, 'inventory-review-ja');
    await page.getByRole('button', { name: '本日見直し済みにする' }).click();
    await expect
      .poll(async () => (await apiValue<{ nextReviewOn: string }>(page, 'inventory.get', { id: ids.old })).nextReviewOn, timeout)
      .toBe('2027-12-29');
    await dismissToasts(page);
    await screenshot(page, 'inventory-form-ja');
    await switchLanguage(page, 'en');
    await page.getByText('Organisational measures').first().waitFor(timeout);
    await screenshot(page, 'inventory-form-en');
    await switchLanguage(page, 'ja');
  });

  it('exports the register as an Excel file from the list', async () => {
    const { page } = workbench;
    await go(page, '#/inventory');
    await page.getByRole('button', { name: '台帳を書き出す' }).click();
    const download = page.waitForEvent('download', timeout);
    await page.getByRole('menuitem', { name: 'Excel（日本語）' }).click();
    expect((await download).suggestedFilename()).toBe('2026-12-29_個人情報管理台帳_株式会社サンプル商事.xlsx');
    await dismissToasts(page);
  });

  it("proposes an incident's items and upper bound from the entries it touches, and keeps the link", async () => {
    const { page } = workbench;
    await go(page, `#/incidents/${ids.incident}`);
    const picker = page.getByRole('combobox', { name: '関係する台帳の項目' });
    await picker.waitFor(timeout);
    await picker.click();
    await page.getByRole('option', { name: '従業員名簿' }).click();
    await page.locator('#incident-inventory h2').click();
    const proposal = page.locator('#incident-inventory .mantine-Alert-root');
    await expect.poll(() => proposal.textContent(), timeout).toContain('人数の上限：120名');
    await page.getByRole('button', { name: '項目と人数の上限に反映' }).click();
    expect(await page.locator('#incident-items').getByRole('checkbox', { name: /健康診断等の結果/ }).isChecked()).toBe(true);
    expect(await page.getByLabel('本人の数の上限', { exact: true }).inputValue()).toBe('120');
    await page.locator('#incident-inventory').scrollIntoViewIfNeeded();
    await screenshot(page, 'inventory-incident-link-ja');
    await page.getByRole('button', { name: '関連付けを保存' }).click();
    await expect
      .poll(async () => (await apiValue<{ entries: { id: number }[] }>(page, 'inventory.incidentLinks', { incidentId: ids.incident })).entries.map((e) => e.id), timeout)
      .toEqual([ids.old]);
    await dismissToasts(page);
    await switchLanguage(page, 'en');
    await expect.poll(() => proposal.textContent(), timeout).toContain('Upper bound of people: 120');
    await screenshot(page, 'inventory-incident-link-en');
    await switchLanguage(page, 'ja');
  });
});
