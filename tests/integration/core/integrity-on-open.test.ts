import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../main/core/index';
import { openWorkspace } from '../../../main/core/store/workspace';
import { isAppError } from '../../../shared/errors';
import { call, failure, sampleCompany, tempDir } from './helpers';

/**
 * Issue 15, start-up: the full quick_check runs on open only after a session that did not close cleanly (its -wal
 * is still there: a crash, a power cut, a forced quit, or another program has the file open). A clean close leaves
 * no -wal, and the next open starts without reading all of a large file; damage SQLite meets later is still named.
 */
async function workspaceWithCompanies(dir: string): Promise<string> {
  const file = path.join(dir, 'w.sqlite');
  const core = await createCore({ workspacePath: file, userDataDir: path.join(dir, 'ud') });
  for (let i = 0; i < 40; i++) await call(core, 'companies.create', sampleCompany({ legalNameJa: `株式会社${i}`, addressJa: 'あ'.repeat(200) }));
  core.close();
  return file;
}

/** Scribbles over the companies table's root page (a bad sector), which opening the workspace does not read. */
function damageCompanies(file: string): void {
  // Read-write: its close, the last, removes the -wal again, as the app's does.
  const db = new Database(file);
  const root = Number(db.prepare(`SELECT rootpage FROM sqlite_schema WHERE name = 'companies'`).pluck().get());
  const pageSize = Number(db.pragma('page_size', { simple: true }));
  db.close();
  expect(fs.existsSync(`${file}-wal`)).toBe(false);
  const bytes = fs.readFileSync(file);
  bytes.fill(0x5a, (root - 1) * pageSize, root * pageSize);
  fs.writeFileSync(file, bytes);
}

describe('the integrity check on open', () => {
  it('leaves no -wal after a clean close, so the next open skips the full check', async () => {
    const dir = tempDir();
    const file = await workspaceWithCompanies(dir);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    const quick = new Database(file);
    expect(quick.pragma('quick_check(1)', { simple: true })).toBe('ok');
    quick.close();
  });

  it('after an unclean shutdown (its -wal left behind), checks the whole file and refuses damage before anything runs', async () => {
    const dir = tempDir();
    const file = await workspaceWithCompanies(dir);
    damageCompanies(file);
    // What a crash right after a checkpoint leaves: an empty -wal beside the file.
    fs.writeFileSync(`${file}-wal`, '');
    const error = await openWorkspace(file, { mode: 'open' }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isAppError(error) && error.code).toBe('workspace_damaged');
  });

  it('after a clean close, opens without the full check; the damage is named when the damaged records are read', async () => {
    const dir = tempDir();
    const file = await workspaceWithCompanies(dir);
    damageCompanies(file);
    const core = await createCore({ workspacePath: file, userDataDir: path.join(dir, 'ud') });
    try {
      const error = await failure(core, 'companies.list', {});
      expect(error.code).toBe('workspace_damaged');
      expect(error.message.ja).not.toBe('');
    } finally {
      core.close();
    }
  });

  it('a read-only command on a file the app holds open (its -wal present) checks the copy it reads', async () => {
    const dir = tempDir();
    const file = await workspaceWithCompanies(dir);
    damageCompanies(file);
    fs.writeFileSync(`${file}-wal`, '');
    const error = await createCore({ workspacePath: file, userDataDir: path.join(dir, 'ud'), readOnly: true }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isAppError(error) && error.code).toBe('workspace_damaged');
  });
});
