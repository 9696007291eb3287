import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliSandbox, expectBilingual, requireBuiltCli, sha256, type CliSandbox } from './cli-harness';

/** backup, restore, export-data and import-data as shipped. */
let sandbox: CliSandbox;

beforeAll(() => {
  requireBuiltCli();
  sandbox = cliSandbox();
});
afterAll(() => sandbox?.remove());

function ok(...args: string[]): string {
  const result = sandbox.run(...args);
  if (result.status !== 0) throw new Error(`${args.join(' ')} → ${result.status}\n${result.stderr}`);
  return result.stdout;
}

function clientWorkspace(name: string): string {
  const file = path.join(sandbox.dir, name);
  ok('init', '--workspace', file, '--company', '株式会社控え');
  ok('desk', 'add', '--workspace', file, '--company', '株式会社控え', '--name', '相談窓口', '--email', 'desk@hikae.example');
  return file;
}

const desks = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT name_ja FROM desks ORDER BY id').pluck().all();
  } finally {
    db.close();
  }
};

describe('appi-workbench backup and restore', () => {
  it('backs up to a new 0600 file, including what sits in -wal of a workspace held open, and leaves the workspace as it was', () => {
    const file = clientWorkspace('acme.sqlite');
    // Another program holds the workspace with a write still in its -wal.
    const app = new Database(file);
    app.pragma('journal_mode = WAL');
    app.pragma('wal_autocheckpoint = 0');
    app.exec(`INSERT INTO workspace_meta (key, value) VALUES ('probe', 'in the wal')`);
    expect(statSync(`${file}-wal`).size).toBeGreaterThan(0);
    const out = path.join(sandbox.dir, 'acme-copy.sqlite');
    const json = JSON.parse(ok('backup', '--workspace', file, '--out', out, '--json'));
    app.close();
    expect(json.out).toBe(out);
    expect(json.counts).toMatchObject({ companies: 1, desks: 1 });
    expect(json.verify.ok).toBe(true);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    const copy = new Database(out, { readonly: true });
    expect(copy.prepare(`SELECT value FROM workspace_meta WHERE key = 'probe'`).pluck().get()).toBe('in the wal');
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
    // An existing --out is never overwritten; a missing workspace is bad input naming --workspace.
    const again = sandbox.run('backup', '--workspace', file, '--out', out);
    expect(again.status).toBe(2);
    expect(expectBilingual(again.stderr).en).toContain('--out: a file already exists');
    const missing = sandbox.run('backup', '--workspace', path.join(sandbox.dir, 'nope.sqlite'), '--out', path.join(sandbox.dir, 'x.sqlite'));
    expect(missing.status).toBe(2);
    expect(expectBilingual(missing.stderr).ja).toContain('--workspace');
  });

  it('restores a backup, keeping the current file aside, and refuses non-workspaces and a workspace held open', () => {
    const file = clientWorkspace('client.sqlite');
    const out = path.join(sandbox.dir, 'client-backup.sqlite');
    ok('backup', '--workspace', file, '--out', out);
    ok('desk', 'add', '--workspace', file, '--company', '株式会社控え', '--name', 'あとの窓口');
    expect(desks(file)).toEqual(['相談窓口', 'あとの窓口']);
    const currentHash = sha256(file);

    const text = path.join(sandbox.dir, 'notes.txt');
    writeFileSync(text, 'これはワークスペースではありません\n'.repeat(20));
    const foreign = sandbox.run('restore', '--workspace', file, '--from', text);
    expect(foreign.status).toBe(2);
    const message = expectBilingual(foreign.stderr);
    expect(message.ja).toContain('--from');
    expect(message.en).toContain('not an APPI Workbench workspace');
    expect(sha256(file)).toBe(currentHash);

    const held = new Database(file);
    held.pragma('wal_autocheckpoint = 0');
    held.exec(`INSERT INTO workspace_meta (key, value) VALUES ('held', 'yes')`);
    const busy = sandbox.run('restore', '--workspace', file, '--from', out);
    held.close();
    expect(busy.status).toBe(1);
    expect(expectBilingual(busy.stderr).en).toContain('open in another program');

    const result = JSON.parse(ok('restore', '--workspace', file, '--from', out, '--json'));
    expect(path.basename(result.keptAside)).toMatch(/^client\.before-restore-\d{8}T\d{9}Z\.sqlite$/);
    expect(desks(file)).toEqual(['相談窓口']);
    expect(desks(result.keptAside)).toEqual(['相談窓口', 'あとの窓口']);
    expect(JSON.parse(sandbox.run('verify', '--workspace', file, '--json').stdout).ok).toBe(true);
    expect(readdirSync(sandbox.dir).filter((name) => name.includes('restoring'))).toEqual([]);
  });
});

describe('appi-workbench export-data and import-data', () => {
  it('round-trips a workspace through JSON into a new empty one, which verifies; refuses a non-empty one', () => {
    const file = clientWorkspace('source.sqlite');
    const exported = path.join(sandbox.dir, 'source.json');
    const summary = JSON.parse(ok('export-data', '--workspace', file, '--out', exported, '--json'));
    expect(summary).toMatchObject({ format: 'appi-workbench-workspace', version: 1 });
    expect(summary.rows.companies).toBe(1);
    const data = JSON.parse(readFileSync(exported, 'utf8'));
    expect(data.tables.audit_log.length).toBeGreaterThan(0);

    const target = path.join(sandbox.dir, 'target.sqlite');
    ok('init', '--workspace', target);
    const imported = JSON.parse(ok('import-data', '--workspace', target, '--from', exported, '--json'));
    expect(imported.counts).toMatchObject({ companies: 1, desks: 1, auditRows: data.tables.audit_log.length });
    const verified = JSON.parse(ok('verify', '--workspace', target, '--json'));
    expect(verified.ok).toBe(true);
    expect(verified.head).toEqual(JSON.parse(ok('verify', '--workspace', file, '--json')).head);
    const again = path.join(sandbox.dir, 'target.json');
    ok('export-data', '--workspace', target, '--out', again);
    const second = JSON.parse(readFileSync(again, 'utf8'));
    expect(second.tables).toEqual(data.tables);
    expect(second.workspace.meta).toEqual(data.workspace.meta);

    const full = sandbox.run('import-data', '--workspace', file, '--from', exported);
    expect(full.status).toBe(2);
    expect(expectBilingual(full.stderr).ja).toContain('--workspace：このワークスペースには既に記録があるため');
    const notJson = path.join(sandbox.dir, 'bad.json');
    writeFileSync(notJson, '{ "format": "other" }');
    ok('init', '--workspace', path.join(sandbox.dir, 'empty.sqlite'));
    const wrong = sandbox.run('import-data', '--workspace', path.join(sandbox.dir, 'empty.sqlite'), '--from', notJson);
    expect(wrong.status).toBe(2);
    expect(expectBilingual(wrong.stderr).en).toContain('--from: Cannot import: this is not an APPI Workbench data export');
    expect(existsSync(`${exported}.tmp`)).toBe(false);
  });
});
