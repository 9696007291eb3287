// Settings › 操作履歴 in Chromium over browser mode: the trail with human labels, filters, an entry's changed fields
// highlighted, the CSV download (UTF-8 with BOM), and the tamper check — clean, then after the file was changed
// behind the app's back. Screenshots in Japanese and English. Needs `npm run build` first.
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './helpers/screenshot';
import { apiValue } from './helpers/api';
import { openWorkbench, type OpenWorkbench } from './helpers/workbench';

const timeout = { timeout: 15_000 };

async function language(page: Page, to: 'ja' | 'en'): Promise<void> {
  const label = to === 'en' ? /^English$/ : /^日本語$/;
  await page.locator('.mantine-SegmentedControl-label').filter({ hasText: label }).click();
  await page.waitForFunction((lang) => document.documentElement.lang === lang, to, timeout);
}

let workbench: OpenWorkbench;
beforeAll(async () => {
  workbench = await openWorkbench();
  const { page } = workbench;
  await page.waitForLoadState('networkidle');
  await apiValue(page, 'settings.update', { userName: '監査 花子', language: 'ja' });
  const company = await apiValue<{ id: number }>(page, 'companies.create', { legalNameJa: '株式会社監査', addressJa: '東京都千代田区1-1' });
  await apiValue(page, 'companies.update', { id: company.id, revision: 1, legalNameJa: '株式会社監査', addressJa: '東京都港区2-2', phone: '03-1234-5678' });
  await apiValue(page, 'desks.create', { companyId: company.id, kind: 'own', nameJa: '相談窓口', email: 'desk@kansa.example' });
});
afterEach(() => workbench?.watch.assertClean());
afterAll(async () => {
  await workbench?.close();
});

describe('Settings › 操作履歴', () => {
  it('lists the trail with human labels and filters it by record kind and actor', async () => {
    const { page, app } = workbench;
    await page.goto(`${app.origin}/#/settings/audit`);
    await page.getByRole('cell', { name: '事業者を更新' }).waitFor(timeout);
    expect(await page.getByRole('cell', { name: 'companies.update' }).count()).toBe(0);
    await screenshot(page, 'audit-trail-ja');

    await page.getByLabel('対象', { exact: true }).selectOption({ label: '窓口' });
    await page.getByRole('cell', { name: '窓口を追加' }).waitFor(timeout);
    await page.waitForFunction(() => document.querySelectorAll('.wb-table tbody tr').length === 1, undefined, timeout);
    await page.getByLabel('対象', { exact: true }).selectOption({ label: 'すべての対象' });
    await page.getByLabel('操作者', { exact: true }).selectOption({ label: '監査 花子' });
    await page.waitForFunction(() => document.querySelectorAll('.wb-table tbody tr').length === 3, undefined, timeout);
    await page.getByRole('button', { name: '条件をクリア' }).click();
    await page.waitForFunction(() => document.querySelectorAll('.wb-table tbody tr').length === 4, undefined, timeout);
  });

  it("opens an entry with the fields it changed highlighted and labelled as in the form", async () => {
    const { page } = workbench;
    await page.getByRole('cell', { name: '事業者を更新' }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByText('所在地（日本語）').waitFor(timeout);
    await page.waitForTimeout(400); // the drawer's slide-in, for the screenshot
    const changed = await drawer.locator('tr[data-changed]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-field')));
    expect(changed.sort()).toEqual(['addressJa', 'phone']);
    await expect(drawer.locator('tr[data-field="addressJa"] td').nth(2).textContent()).resolves.toBe('東京都港区2-2');
    await screenshot(page, 'audit-entry-ja');
    await page.keyboard.press('Escape');
  });

  it('downloads the trail as CSV that Excel reads as UTF-8', async () => {
    const { page } = workbench;
    const downloading = page.waitForEvent('download', timeout);
    await page.getByRole('button', { name: 'CSVで書き出す' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^\d{4}-\d{2}-\d{2}_操作履歴\.csv$/);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('事業者を更新');
  });

  it('verifies the trail, then names the first break once the file was changed behind the app', async () => {
    const { page, app } = workbench;
    await page.getByRole('button', { name: '操作履歴を検査' }).click();
    await page.locator('[data-verify="ok"]').waitFor(timeout);
    await screenshot(page, 'audit-verify-ok-ja');

    const db = new Database(app.workspacePath);
    db.exec("DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id = 2; UPDATE desks SET email = 'x@evil.example';");
    db.close();
    await page.getByRole('button', { name: '操作履歴を検査' }).click();
    const first = page.locator('[data-verify-first]');
    await first.waitFor(timeout);
    expect(await first.textContent()).toBe('操作履歴 #2 が削除されています（#3 の前の行が見つかりません）。');
    await page.getByText('窓口 #1 が最後の操作履歴 #4 の記録と異なります（メールアドレス）', { exact: false }).waitFor(timeout);
    await screenshot(page, 'audit-verify-broken-ja');

    await language(page, 'en');
    await page.getByRole('button', { name: 'Verify the audit trail' }).click();
    await page.getByText('Audit rows #2 were deleted (the row before #3 is missing).').waitFor(timeout);
    await screenshot(page, 'audit-verify-broken-en');
    await page.getByRole('cell', { name: 'Update a company' }).click();
    await page.getByRole('dialog').getByText('Address (Japanese)').waitFor(timeout);
    await page.waitForTimeout(400); // the drawer's slide-in, for the screenshot
    await screenshot(page, 'audit-entry-en');
    await page.keyboard.press('Escape');
    await screenshot(page, 'audit-trail-en');
    await language(page, 'ja');
  });
});
