// Issue 13 item 9: a consultant's workspaces by name. The open workspace gets a display name and a client label (kept
// in its file), shown in the header and the recent list; browser mode opens and creates workspaces with a picker that
// lists the workspace folder — no path is typed — and shows the core's refusal of a file that is not a workspace.
// Screens in ja and en at 1440×900 and 1280×720. Needs `npm run build` first.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { apiValue } from './helpers/api';
import { dismissToasts, shotsBothSizes } from './helpers/both-sizes';
import { viewShot } from './helpers/viewshot';
import { openWorkbench, type OpenWorkbench } from './helpers/workbench';

const timeout = { timeout: 20_000 };
let workbench: OpenWorkbench;

beforeAll(async () => {
  workbench = await openWorkbench();
  await workbench.page.getByRole('heading', { name: 'ダッシュボード', level: 1 }).waitFor(timeout);
  // Beside the workspace: a folder, a file that only looks like a workspace, and a backup the picker must not offer.
  const dir = path.dirname(workbench.app.workspacePath);
  fs.mkdirSync(path.join(dir, 'clients'));
  fs.writeFileSync(path.join(dir, 'not-a-workspace.sqlite'), 'this is no SQLite file');
  fs.writeFileSync(path.join(dir, 'workspace.sqlite.backup-v3-20260101T000000Z.sqlite'), 'x');
});
afterEach(() => workbench?.watch.assertClean());
afterAll(async () => {
  await workbench?.close();
});

async function toWorkspaceSettings(page: Page): Promise<void> {
  await page.getByRole('link', { name: '設定', exact: true }).click();
  await page.getByRole('tab', { name: 'ワークスペース' }).click();
  await page.locator('[data-section="workspace-names"]').waitFor(timeout);
}

const header = (page: Page) => page.locator('.wb-workspace-name');

describe('workspace names', () => {
  it('names the open workspace and shows the names in the header and the recent list', async () => {
    const { page } = workbench;
    await toWorkspaceSettings(page);
    const form = page.locator('[data-section="workspace-names"]');
    await form.getByLabel('ワークスペースの表示名').fill('2026年度');
    await form.getByLabel('顧客ラベル').fill('株式会社アクメ');
    await form.getByRole('button', { name: '名前を保存' }).click();
    await header(page).getByText('2026年度').waitFor(timeout);
    await header(page).getByText('株式会社アクメ').waitFor(timeout);
    expect(await page.title()).toBe('株式会社アクメ — 2026年度 — APPI Workbench');
    const recent = page.getByRole('table').filter({ hasText: '最後に開いた日時' });
    await recent.getByText('2026年度').waitFor(timeout);
    await recent.getByText('株式会社アクメ').waitFor(timeout);
    await dismissToasts(page);
    await shotsBothSizes(page, 'workspaces-names', (language) =>
      page.getByRole('heading', { name: language === 'ja' ? 'ワークスペースの名前' : 'Workspace names' }).waitFor(timeout),
    );
  });

  it('refuses a control character in a name under the field, and keeps the stored names', async () => {
    const { page } = workbench;
    await toWorkspaceSettings(page);
    const form = page.locator('[data-section="workspace-names"]');
    await form.getByLabel('ワークスペースの表示名').fill('名前\u202Eevil');
    await form.getByRole('button', { name: '名前を保存' }).click();
    await form.getByText(/ワークスペースの表示名/).filter({ hasText: /使えない文字|U\+202E/ }).first().waitFor(timeout);
    const info = await apiValue<{ displayName: string }>(page, 'workspace.info', {});
    expect(info.displayName).toBe('2026年度');
    await form.getByLabel('ワークスペースの表示名').fill('2026年度');
  });
});

describe('the browser-mode picker', () => {
  it('creates a workspace in a listed folder by name, with its names, and opens the first again from the list', async () => {
    const { page, app } = workbench;
    await toWorkspaceSettings(page);
    await page.getByRole('button', { name: 'ワークスペースを新規作成' }).click();
    const picker = page.getByRole('dialog', { name: 'ワークスペースの新規作成' });
    await picker.waitFor(timeout);
    await picker.locator('[data-section="picker-folder"]').getByText(path.dirname(app.workspacePath)).waitFor(timeout);
    // The folder's workspaces and folders; not the backup.
    await picker.getByText('workspace.sqlite', { exact: true }).waitFor(timeout);
    await picker.getByRole('button', { name: '「clients」を開く' }).waitFor(timeout);
    expect(await picker.getByText(/backup-v3/).count()).toBe(0);
    // A name with a path separator is refused under the field before anything is asked of the core.
    await picker.getByLabel('新しいファイルの名前').fill('a/b');
    await picker.getByRole('button', { name: '作成', exact: true }).click();
    await picker.getByText('ファイルの名前に / \\ : * ? " < > | は使えません。').waitFor(timeout);
    // Into the sub-folder, and create there.
    await picker.getByRole('button', { name: '「clients」を開く' }).click();
    await picker.locator('[data-section="picker-folder"]').getByText(path.join(path.dirname(app.workspacePath), 'clients')).waitFor(timeout);
    await picker.getByLabel('新しいファイルの名前').fill('beta');
    await picker.getByLabel('ワークスペースの表示名').fill('第1期');
    await picker.getByLabel('顧客ラベル').fill('ベータ社');
    await picker.getByText(`作成するファイル：${path.join(path.dirname(app.workspacePath), 'clients', 'beta.sqlite')}`).waitFor(timeout);
    await shotsBothSizes(page, 'workspaces-picker-create', (language) =>
      page.getByRole('dialog', { name: language === 'ja' ? 'ワークスペースの新規作成' : 'New workspace' }).waitFor(timeout),
    );
    await picker.getByRole('button', { name: '作成', exact: true }).click();
    await picker.waitFor({ state: 'detached', ...timeout });
    await header(page).getByText('第1期').waitFor(timeout);
    await header(page).getByText('ベータ社').waitFor(timeout);
    expect(fs.existsSync(path.join(path.dirname(app.workspacePath), 'clients', 'beta.sqlite'))).toBe(true);

    // Open the first one again, chosen in the list (its names come from the recent list).
    await toWorkspaceSettings(page);
    await page.getByRole('button', { name: '別のワークスペースを開く' }).click();
    const open = page.getByRole('dialog', { name: 'ワークスペースを開く' });
    await open.getByRole('button', { name: '上のフォルダへ' }).click();
    const first = open.getByRole('button', { name: /^workspace\.sqlite/ });
    await first.waitFor(timeout);
    await open.getByText('株式会社アクメ — 2026年度').waitFor(timeout);
    // A file that is not a workspace is refused by the core, and the dialog says why.
    await open.getByRole('button', { name: /^not-a-workspace\.sqlite/ }).click();
    await open.getByRole('button', { name: '開く', exact: true }).click();
    await open.getByRole('alert').first().waitFor(timeout);
    await dismissToasts(page);
    await viewShot(page, 'workspaces-picker-refused-ja-1440');
    await first.click();
    await open.getByText(`選択中：${app.workspacePath}`).waitFor(timeout);
    await shotsBothSizes(page, 'workspaces-picker-open', (language) =>
      page.getByRole('dialog', { name: language === 'ja' ? 'ワークスペースを開く' : 'Open a workspace' }).waitFor(timeout),
    );
    await open.getByRole('button', { name: '開く', exact: true }).click();
    await open.waitFor({ state: 'detached', ...timeout });
    await header(page).getByText('2026年度').waitFor(timeout);
    // Both in the recent list, each with its client.
    const recent = page.getByRole('table').filter({ hasText: '最後に開いた日時' });
    await recent.getByText('第1期').waitFor(timeout);
    await recent.getByText('ベータ社').waitFor(timeout);
    await dismissToasts(page);
    await shotsBothSizes(page, 'workspaces-recent', (language) =>
      page.getByRole('heading', { name: language === 'ja' ? '最近使ったワークスペース' : 'Recent workspaces' }).waitFor(timeout),
    );
  }, 180_000);
});
