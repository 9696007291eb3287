// Issue 14 item 2 in the real UI (Chromium over browser mode), the app's clock at 29 December 2026, 10:00 JST.
// Seeded: a company with an entrustee checked on 2025-11-30 (its yearly check a month overdue) and one never
// checked. The dashboard lists both under the entrustee checks; a periodic check added through the form moves the
// next check a year on; a check dated in the future is refused under its field in ja and en, nothing written.
// Screenshots in ja and en are written to test-results/screenshots. Needs `npm run build`.
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
const ids = { company: 0, overdue: 0, never: 0 };

async function seed(workspacePath: string): Promise<void> {
  const core = await createCore({
    workspacePath,
    userDataDir: path.join(os.tmpdir(), `appi-e2e-entrustees-${process.pid}`),
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
  ids.overdue = (
    await call('entrustees.create', {
      companyId: ids.company,
      entrusteeName: '株式会社配送センター',
      entrustedWork: '商品の発送',
      contractOn: '2024-04-01',
      clauses: ['safety_measures', 'confidentiality'],
      reEntrustment: 'prohibited',
      checks: [{ checkKind: 'selection', checkedOn: '2025-11-30', checkMethod: 'questionnaire', checkResult: 'suitable' }],
    })
  ).id;
  ids.never = (await call('entrustees.create', { companyId: ids.company, entrusteeName: '株式会社コールセンター', entrustedWork: '問い合わせ対応' })).id;
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

describe('entrustees in the UI', () => {
  it('shows the overdue and the never-checked entrustee on the dashboard, in ja and en', async () => {
    const { page } = workbench;
    await go(page, '#/');
    const panel = page.locator('section[aria-labelledby="dashboard-supervision"]');
    await panel.waitFor(timeout);
    await expect.poll(() => panel.locator('tbody tr').count(), timeout).toBe(2);
    const text = await panel.textContent();
    expect(text).toContain('株式会社配送センター');
    expect(text).toContain('予定日から29日経過');
    expect(text).toContain('未点検');
    await panel.scrollIntoViewIfNeeded();
    await screenshot(page, 'entrustees-dashboard-ja');
    await switchLanguage(page, 'en');
    await expect.poll(() => panel.textContent()).toContain('Never checked');
    expect(await panel.textContent()).toContain('29 days past the planned date');
    await screenshot(page, 'entrustees-dashboard-en');
    await switchLanguage(page, 'ja');
  });

  it('refuses a check dated in the future under its field, writing nothing; then records a periodic check', async () => {
    const { page } = workbench;
    await go(page, `#/entrustees/${ids.overdue}`);
    await page.getByRole('button', { name: '点検を追加' }).waitFor(timeout);
    await page.getByRole('button', { name: '点検を追加' }).click();
    const date = page.locator('#field-checks-1-checkedOn');
    await date.fill('2027/01/10');
    await date.blur();
    await page.getByRole('button', { name: '保存', exact: true }).click();
    const error = page.locator('#field-checks-1-checkedOn-error');
    await error.waitFor(timeout);
    expect(await error.textContent()).toContain('点検日に未来の日付は入力できません');
    expect((await apiValue<{ checks: unknown[]; revision: number }>(page, 'entrustees.get', { id: ids.overdue })).checks).toHaveLength(1);
    await screenshot(page, 'entrustees-form-error-ja');
    await switchLanguage(page, 'en');
    await expect.poll(() => error.textContent()).toContain('The date checked cannot be in the future');
    await screenshot(page, 'entrustees-form-error-en');
    await switchLanguage(page, 'ja');

    await date.fill('2026/12/28');
    await date.blur();
    await page.locator('#field-checks-1-checkMethod').selectOption('on_site');
    await page.locator('#field-checks-1-checkNote').fill('入退室管理を確認');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await expect
      .poll(async () => (await apiValue<{ nextCheckOn: string }>(page, 'entrustees.get', { id: ids.overdue })).nextCheckOn, timeout)
      .toBe('2027-12-28');
    await dismissToasts(page);
  });

  it('lists the entrustees with their next check, in ja and en', async () => {
    const { page } = workbench;
    await go(page, '#/entrustees');
    const rows = page.locator('table.wb-table tbody tr');
    await expect.poll(() => rows.count(), timeout).toBe(2);
    expect(await page.locator('main').textContent()).toContain('2027/12/28');
    await screenshot(page, 'entrustees-list-ja');
    await go(page, `#/entrustees/${ids.overdue}`);
    await page.getByRole('button', { name: '点検を追加' }).waitFor(timeout);
    await screenshot(page, 'entrustees-form-ja');
    await switchLanguage(page, 'en');
    await page.getByRole('button', { name: 'Add check' }).waitFor(timeout);
    await screenshot(page, 'entrustees-form-en');
    await switchLanguage(page, 'ja');
  });
});
