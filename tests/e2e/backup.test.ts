// Settings › ワークスペース › backups in Chromium over browser mode: a backup made now (in the automatic folder), the
// list, a backup's preview (counts, last entry, the audit check) and a restore after the confirmation,
// read back through the API. Screenshots in Japanese and English. Needs `npm run build` first.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { api } from './helpers/api';
import { screenshot } from './helpers/screenshot';
import { openWorkbench, type OpenWorkbench } from './helpers/workbench';

const timeout = { timeout: 15_000 };

async function value<T>(page: Page, operation: string, input: unknown): Promise<T> {
  const reply = await api<T>(page, operation, input);
  if (!reply.ok) throw new Error(`${operation}: ${JSON.stringify(reply.error)}`);
  return reply.value as T;
}

async function language(page: Page, to: 'ja' | 'en'): Promise<void> {
  await value(page, 'settings.update', { userName: '', language: to });
  await page.reload();
  await page.waitForFunction((lang) => document.documentElement.lang === lang, to, timeout);
}

let workbench: OpenWorkbench;
beforeAll(async () => {
  workbench = await openWorkbench();
  await workbench.page.waitForLoadState('networkidle');
});
afterEach(() => workbench?.watch.assertClean());
afterAll(async () => {
  await workbench?.close();
});

describe('Settings › ワークスペース › バックアップ', () => {
  it('lists the backups, previews one and restores it after a confirmation, keeping the current file aside', async () => {
    const { page, app } = workbench;
    const company = await value<{ id: number }>(page, 'companies.create', { legalNameJa: '株式会社控え', addressJa: '東京都千代田区1-1' });
    await value(page, 'desks.create', { companyId: company.id, kind: 'own', nameJa: '相談窓口', email: 'desk@hikae.example' });
    const list = await value<{ items: { path: string; kind: string }[]; folder: string }>(page, 'backup.now', {});
    // This one now, into <name>.backups beside it (the day's automatic one waits a minute after the open, so the
    // first screen never waits for a copy of the whole file: tests/integration/backup/automatic-after-open).
    expect(list.items.filter((item) => item.kind === 'automatic').length).toBeGreaterThanOrEqual(1);
    expect(path.dirname(list.folder)).toBe(path.dirname(app.workspacePath));
    // After the backup: a second desk, which restoring takes away.
    await value(page, 'desks.create', { companyId: company.id, kind: 'own', nameJa: 'あとの窓口' });

    await page.goto(`${app.origin}/#/settings/workspace`);
    const table = page.getByRole('table', { name: 'バックアップから復元' });
    await table.waitFor(timeout);
    await page.getByRole('button', { name: 'コピーを保存' }).waitFor(timeout);
    await page.getByRole('button', { name: 'データをJSONで書き出す' }).waitFor(timeout);
    await table.getByRole('button', { name: /^内容を見る/ }).first().click();
    const preview = page.locator('[data-section="backup-preview"]');
    await preview.getByText('操作履歴の検査：合格').waitFor(timeout);
    const previewText = await preview.innerText();
    expect(previewText).toMatch(/事業者\s*1/);
    expect(previewText).toMatch(/窓口\s*1/);
    expect(previewText).toContain('最後の操作');
    await preview.scrollIntoViewIfNeeded();
    await screenshot(page, 'backup-preview-ja');

    await preview.getByRole('button', { name: 'この時点に復元' }).click();
    const dialog = page.getByRole('dialog', { name: 'バックアップから復元しますか' });
    await dialog.waitFor(timeout);
    expect(await dialog.innerText()).toContain('before-restore');
    await screenshot(page, 'backup-restore-confirm-ja');
    // The page reloads once the core has reopened the restored file.
    const reloaded = page.waitForEvent('load', timeout);
    await dialog.getByRole('button', { name: '復元する' }).click();
    await reloaded;
    await page.getByRole('table', { name: 'バックアップから復元' }).waitFor(timeout);

    const desks = await value<{ items: { nameJa: string }[] }>(page, 'desks.list', { companyId: company.id });
    expect(desks.items.map((desk) => desk.nameJa)).toEqual(['相談窓口']);
    const dir = path.dirname(app.workspacePath);
    const name = path.basename(app.workspacePath, '.sqlite');
    const aside = readdirSync(dir).filter((file) => file.startsWith(`${name}.before-restore-`));
    expect(aside).toHaveLength(1);
    expect(existsSync(path.join(dir, aside[0]!))).toBe(true);
  });

  it('shows the same screen in English', async () => {
    const { page, app } = workbench;
    await language(page, 'en');
    await page.goto(`${app.origin}/#/settings/workspace`);
    const table = page.getByRole('table', { name: 'Restore from a backup' });
    await table.waitFor(timeout);
    await table.getByRole('button', { name: /^Show contents/ }).first().click();
    const preview = page.locator('[data-section="backup-preview"]');
    await preview.getByText('Audit trail check: passed').waitFor(timeout);
    expect(await preview.innerText()).toMatch(/Companies\s*1/);
    await page.getByRole('button', { name: 'Save a copy' }).waitFor(timeout);
    await preview.scrollIntoViewIfNeeded();
    await screenshot(page, 'backup-preview-en');
    await language(page, 'ja');
  });
});
