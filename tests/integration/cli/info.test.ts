import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../../main/core/index';
import type { WorkspaceInfo } from '../../../shared/contract/workspace';
import { cliSandbox, expectBilingual, requireBuiltCli, sha256, type CliSandbox } from './cli-harness';

let sandbox: CliSandbox;
/** A real workspace, made by the core in this process (with its own user-data folder, not the CLI's). */
let workspace: string;
let expected: WorkspaceInfo;

beforeAll(async () => {
  requireBuiltCli();
  sandbox = cliSandbox();
  workspace = path.join(sandbox.dir, 'acme.sqlite');
  const core = await createCore({ workspacePath: workspace, userDataDir: path.join(sandbox.dir, 'fixture-user-data'), osUser: 'tester' });
  expected = core.workspace();
  core.close();
});
afterAll(() => sandbox?.remove());

describe('appi-workbench info', () => {
  it('--json prints the workspace as JSON: path, name, schemaVersion, size, backups', () => {
    const result = sandbox.run('info', '--workspace', workspace, '--json');
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const info = JSON.parse(result.stdout) as WorkspaceInfo;
    expect(info).toMatchObject({ path: workspace, name: 'acme', schemaVersion: expected.schemaVersion, backups: [] });
    expect(Number.isInteger(info.schemaVersion) && info.schemaVersion > 0).toBe(true);
    expect(info.sizeBytes).toBeGreaterThan(0);
  });

  it('accepts a path relative to the working directory and --workspace=PATH', () => {
    const result = sandbox.run('info', '--workspace=acme.sqlite', '--json');
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as WorkspaceInfo).path).toBe(workspace);
  });

  it('without --json prints labelled lines in both languages', () => {
    const result = sandbox.run('info', '--workspace', workspace);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('ワークスペース / Workspace: acme');
    expect(result.stdout).toContain(`ファイル / File: ${workspace}`);
    expect(result.stdout).toContain(`スキーマの版 / Schema version: ${expected.schemaVersion}`);
  });

  it("changes neither the workspace file nor the user's recent-workspaces list", () => {
    const recentFile = path.join(sandbox.userDataDir, 'recent-workspaces.json');
    mkdirSync(sandbox.userDataDir, { recursive: true });
    const elsewhere = path.join(sandbox.dir, 'other.sqlite');
    writeFileSync(recentFile, `${JSON.stringify({ items: [{ path: elsewhere, openedAt: '2025-04-01T00:00:00.000Z' }] }, null, 2)}\n`);
    const before = { recent: sha256(recentFile), workspace: sha256(workspace) };

    for (const args of [['--json'], []]) expect(sandbox.run('info', '--workspace', workspace, ...args).status).toBe(0);

    expect(sha256(recentFile)).toBe(before.recent);
    expect(sha256(workspace)).toBe(before.workspace);
    expect(readdirSync(sandbox.userDataDir)).toEqual(['recent-workspaces.json']);
  });

  it('creates no user-data folder at all for a user who never ran the app', () => {
    const fresh = cliSandbox();
    try {
      const result = fresh.run('info', '--workspace', workspace, '--json');
      expect(result.status).toBe(0);
      expect(existsSync(fresh.userDataDir)).toBe(false);
    } finally {
      fresh.remove();
    }
  });
});

describe('appi-workbench info refuses bad input with exit 2, naming --workspace in both languages', () => {
  it.each([
    ['no --workspace', ['info']],
    ['--workspace without a value', ['info', '--workspace']],
    ['--workspace followed by another option', ['info', '--workspace', '--json']],
    ['an empty --workspace', ['info', '--workspace', '']],
    ['an empty --workspace=', ['info', '--workspace=']],
    ['a file that does not exist', ['info', '--workspace', 'missing.sqlite']],
  ])('%s', (_name, args) => {
    const result = sandbox.run(...args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    const { ja, en } = expectBilingual(result.stderr);
    expect(ja).toContain('--workspace');
    expect(en).toContain('--workspace');
    expect(existsSync(path.join(sandbox.dir, 'missing.sqlite'))).toBe(false);
  });
});

describe('appi-workbench info on a file that is not a workspace', () => {
  function foreignDatabase(file: string): void {
    const db = new Database(file);
    db.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('keep me');");
    db.close();
  }

  it.each([
    ['a text file', (file: string) => writeFileSync(file, 'Quarterly notes — not a database.\n')],
    ['another application’s SQLite database', foreignDatabase],
    ['a file that only starts like SQLite', (file: string) => writeFileSync(file, Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(200, 7)]))],
  ])('%s: exit 2, a bilingual refusal, and the file byte for byte unchanged', (name, make) => {
    const file = path.join(sandbox.dir, `${name.replace(/\W+/g, '-')}.sqlite`);
    make(file);
    const before = sha256(file);
    const result = sandbox.run('info', '--workspace', file, '--json');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    const { ja, en } = expectBilingual(result.stderr);
    expect(ja).toContain('ワークスペースではありません');
    expect(en).toContain('not an APPI Workbench workspace');
    expect(sha256(file)).toBe(before);
    for (const suffix of ['-wal', '-shm', '-journal']) expect(existsSync(`${file}${suffix}`), suffix).toBe(false);
  });
});
