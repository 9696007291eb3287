import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../main/core/index';
import { call, makeCore, sampleCompany } from '../core/helpers';

/**
 * Issue 15 row 4: the day's automatic backup copies the whole file (50 s for a 2.6 GB workspace), so it must never
 * stand between opening a workspace and the first screen — it runs a while after the open, or at close if the
 * session ended first, so the day still gets its backup.
 */
const backups = (folder: string) => (fs.existsSync(folder) ? fs.readdirSync(folder).filter((name) => name.endsWith('.sqlite')).sort() : []);

async function workspaceWithData() {
  const made = await makeCore();
  const company = await call(made.core, 'companies.create', sampleCompany({ legalNameJa: '後で複写株式会社' }));
  made.core.close();
  return { ...made, companyId: company.id, folder: path.join(made.dir, 'workspace.backups') };
}

describe('the automatic backup stays out of the way of the first screen', () => {
  it('is not written while the workspace opens; it is written after the delay, whole and private, with the day’s data', async () => {
    const { workspacePath, userDataDir, folder, companyId } = await workspaceWithData();
    const at = new Date('2026-12-29T01:00:00.000Z');
    const app = await createCore({ workspacePath, userDataDir, automaticBackups: true, automaticBackupDelayMs: 300, now: () => at, rememberWorkspace: false });
    try {
      // Open and answering requests, and no copy yet: the open did not wait for one.
      expect(backups(folder)).toEqual([]);
      const companies = await call(app, 'companies.list', {});
      expect(companies.items.map((company: { id: number }) => company.id)).toContain(companyId);
      expect(backups(folder)).toEqual([]);
      await new Promise((resolve) => setTimeout(resolve, 800));
      expect(backups(folder)).toEqual(['workspace-20261229T010000000Z.sqlite']);
      const file = path.join(folder, 'workspace-20261229T010000000Z.sqlite');
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      const copy = new Database(file, { readonly: true });
      try {
        expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(copy.prepare('SELECT legal_name_ja FROM companies WHERE id = ?').pluck().get(companyId)).toBe('後で複写株式会社');
      } finally {
        copy.close();
      }
    } finally {
      app.close();
    }
    // Closing after the delayed check ran writes no second copy the same day.
    expect(backups(folder)).toHaveLength(1);
  });

  it('is written at close when the session ends before the delay, and only when one is due', async () => {
    const { workspacePath, userDataDir, folder } = await workspaceWithData();
    const open = async (iso: string) => {
      const app = await createCore({ workspacePath, userDataDir, automaticBackups: true, automaticBackupDelayMs: 60_000, now: () => new Date(iso), rememberWorkspace: false });
      const before = backups(folder);
      app.close();
      return { before, after: backups(folder) };
    };
    // A short session: nothing at open, the day's copy at close.
    expect(await open('2026-12-29T01:00:00.000Z')).toEqual({ before: [], after: ['workspace-20261229T010000000Z.sqlite'] });
    // Again the same day: none due, none written, at open or close.
    expect(await open('2026-12-29T09:00:00.000Z')).toEqual({ before: ['workspace-20261229T010000000Z.sqlite'], after: ['workspace-20261229T010000000Z.sqlite'] });
    // The next day: one more, again at close.
    const next = await open('2026-12-30T02:00:00.000Z');
    expect(next.before).toHaveLength(1);
    expect(next.after).toEqual(['workspace-20261229T010000000Z.sqlite', 'workspace-20261230T020000000Z.sqlite']);
  });
});
