import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../main/core/index';
import { APPLICATION_ID } from '../../../main/core/store/connection';
import { LATEST_VERSION } from '../../../main/core/store/migrations';
import { isAppError } from '../../../shared/errors';
import { call, failure, makeCore, sha256, tempDir } from './helpers';

/** Files that are not this app's workspace, each made in `dir`; every one must be refused and left as it was. */
const strangers: [string, string, (file: string) => void][] = [
  ['a text file', 'workspace_invalid', (file) => fs.writeFileSync(file, 'name,phone\n山田,03-1234-5678\n')],
  [
    'a file that starts like SQLite but is damaged',
    'workspace_invalid',
    (file) => fs.writeFileSync(file, Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), Buffer.alloc(4096, 0x5a)])),
  ],
  [
    "another program's SQLite database",
    'workspace_invalid',
    (file) => {
      const db = new Database(file);
      db.exec("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('山田');");
      db.close();
    },
  ],
  [
    'an SQLite file marked by another application',
    'workspace_invalid',
    (file) => {
      const db = new Database(file);
      db.pragma('application_id = 1234');
      db.close();
    },
  ],
  [
    'a workspace saved by a newer version of the app',
    'workspace_too_new',
    (file) => {
      const db = new Database(file);
      db.exec('CREATE TABLE future (x)');
      db.pragma(`application_id = ${APPLICATION_ID}`);
      db.pragma(`user_version = ${LATEST_VERSION + 1}`);
      db.close();
    },
  ],
];

function siblings(dir: string): string[] {
  return fs.readdirSync(dir).sort();
}

describe('refusing files that are not workspaces, without changing them', () => {
  it.each(strangers)('refuses %s at start-up', async (_label, code, make) => {
    const dir = tempDir();
    const file = path.join(dir, 'other.sqlite');
    make(file);
    const hash = sha256(file);
    const before = siblings(dir);

    const error = await createCore({ workspacePath: file, userDataDir: path.join(dir, 'ud') }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isAppError(error) && error.code).toBe(code);
    expect(isAppError(error) && error.path).toEqual(['path']);
    expect(isAppError(error) && error.text.ja).toContain(file);
    expect(sha256(file)).toBe(hash);
    // No backup, journal or lock file was left next to it.
    expect(siblings(dir)).toEqual(before);
  });

  it.each(strangers)('refuses %s in workspace.open and stays on the current workspace', async (_label, code, make) => {
    const { core, dir, workspacePath, userDataDir } = await makeCore();
    await call(core, 'companies.create', { legalNameJa: '株式会社いま' });
    const file = path.join(dir, 'other.sqlite');
    make(file);
    const hash = sha256(file);
    const recentBefore = fs.readFileSync(path.join(userDataDir, 'recent-workspaces.json'), 'utf8');

    const error = await failure(core, 'workspace.open', { path: file });
    expect(error.code).toBe(code);
    expect(error.path).toEqual(['path']);
    expect(error.message.ja).not.toBe('');
    expect(error.message.en).not.toBe('');
    expect(sha256(file)).toBe(hash);
    expect(core.workspace().path).toBe(workspacePath);
    expect((await call(core, 'companies.list', {})).items.map((c) => c.legalNameJa)).toEqual(['株式会社いま']);
    expect(fs.readFileSync(path.join(userDataDir, 'recent-workspaces.json'), 'utf8')).toBe(recentBefore);
  });

  it('names the versions in the too-new message', async () => {
    const { core, dir } = await makeCore();
    const file = path.join(dir, 'future.sqlite');
    strangers[4]![2](file);
    const error = await failure(core, 'workspace.open', { path: file });
    expect(error.message.en).toContain(`format ${LATEST_VERSION + 1}`);
    expect(error.message.ja).toContain('アプリを更新');
  });

  it('refuses a folder', async () => {
    const { core, dir } = await makeCore();
    const folder = path.join(dir, 'folder.sqlite');
    fs.mkdirSync(folder);
    expect((await failure(core, 'workspace.open', { path: folder })).code).toBe('workspace_invalid');
  });
});

describe('creating and reopening', () => {
  it('creates a missing workspace file (and its folder) at start-up', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'nested', 'client-a.sqlite');
    const { core } = await makeCore({ workspacePath: file });
    const info = core.workspace();
    expect(info).toMatchObject({ path: file, name: 'client-a', schemaVersion: LATEST_VERSION, backups: [] });
    expect(info.sizeBytes).toBeGreaterThan(0);
    expect(fs.existsSync(file)).toBe(true);
  });

  it('keeps data across closing and reopening', async () => {
    const { core, workspacePath, userDataDir } = await makeCore();
    const company = await call(core, 'companies.create', { legalNameJa: '株式会社永続' });
    core.close();
    const { core: again } = await makeCore({ workspacePath, userDataDir });
    expect(await call(again, 'companies.get', { id: company.id })).toEqual(company);
  });
});
