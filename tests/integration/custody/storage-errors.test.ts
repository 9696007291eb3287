import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createCore } from '../../../main/core/index';
import { migrations } from '../../../main/core/store/migrations';
import { openWorkspace } from '../../../main/core/store/workspace';
import { storageError } from '../../../main/core/store/storage-errors';
import { isAppError, type AppError } from '../../../shared/errors';
import { call, failure, makeCore, sampleCompany, sha256, tempDir } from '../core/helpers';

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!isAppError(error)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

const siblings = (dir: string) => fs.readdirSync(dir).sort();

describe('storage failures are named, in both languages, with what to do', () => {
  it('maps SQLite and file-system error codes to named errors, never "unexpected"', () => {
    const sqlite = (code: string) => Object.assign(new Database.SqliteError('x', code));
    const cases: [unknown, string][] = [
      [sqlite('SQLITE_BUSY'), 'storage_busy'],
      [sqlite('SQLITE_BUSY_SNAPSHOT'), 'storage_busy'],
      [sqlite('SQLITE_LOCKED'), 'storage_busy'],
      [sqlite('SQLITE_FULL'), 'storage_full'],
      [sqlite('SQLITE_READONLY'), 'storage_readonly'],
      [sqlite('SQLITE_READONLY_DBMOVED'), 'storage_readonly'],
      [sqlite('SQLITE_CORRUPT'), 'workspace_damaged'],
      [sqlite('SQLITE_NOTADB'), 'workspace_damaged'],
      [sqlite('SQLITE_IOERR_WRITE'), 'storage_failed'],
      [sqlite('SQLITE_CANTOPEN'), 'storage_failed'],
      [Object.assign(new Error('x'), { code: 'ENOSPC' }), 'storage_full'],
      [Object.assign(new Error('x'), { code: 'EROFS' }), 'storage_readonly'],
    ];
    for (const [error, code] of cases) {
      const named = storageError(error, '/clients/acme.sqlite');
      expect(named?.code, String((error as { code: string }).code)).toBe(code);
      expect(named!.text.ja).toMatch(/。/);
      expect(named!.text.en).not.toBe('');
    }
    expect(storageError(sqlite('SQLITE_CONSTRAINT_CHECK'), '/x.sqlite')).toBeNull();
    expect(storageError(new TypeError('a bug'), '/x.sqlite')).toBeNull();
  });

  it('answers a request that meets another program’s write lock within a fraction of a second, as busy and retryable', async () => {
    const { core, workspacePath } = await makeCore();
    const other = new Database(workspacePath);
    onTestFinished(() => {
      other.close();
    });
    other.exec('BEGIN IMMEDIATE');
    const started = Date.now();
    const error = await failure(core, 'companies.create', sampleCompany());
    const waited = Date.now() - started;
    expect(error.code).toBe('storage_busy');
    expect(error.message.ja).toContain('別のプログラム');
    expect(error.message.en).toContain('try again');
    expect(waited).toBeLessThan(2000);
    other.exec('ROLLBACK');
    // Once the other program lets go, the same request goes through.
    expect(await call(core, 'companies.create', sampleCompany())).toMatchObject({ id: 1 });
  });

  it('refuses a damaged workspace on open (quick_check), offers the newest backup, and changes nothing', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'damaged.sqlite');
    const made = await createCore({ workspacePath: file, userDataDir: path.join(dir, 'ud') });
    for (let i = 0; i < 40; i++) await call(made, 'companies.create', sampleCompany({ legalNameJa: `株式会社${i}`, addressJa: 'あ'.repeat(200) }));
    made.close();
    const backup = `${file}.backup-v5-20260101T000000000Z.sqlite`;
    fs.copyFileSync(file, backup);
    // Scribble over the pages after the schema page (the header and schema stay readable): what a bad disk leaves.
    const bytes = fs.readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    bytes.fill(0x5a, pageSize * 2, bytes.length);
    fs.writeFileSync(file, bytes);
    const hash = sha256(file);
    const before = siblings(dir);

    const error = await refusal(openWorkspace(file, { mode: 'open' }));
    expect(error.code).toBe('workspace_damaged');
    expect(error.text.ja).toContain(backup);
    expect(error.text.en).toContain(backup);
    expect(sha256(file)).toBe(hash);
    expect(siblings(dir)).toEqual(before);
  });
});

describe('read-only commands never create or change a file', () => {
  it('refuses an empty file as not a workspace and leaves it empty, with nothing beside it', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'empty.sqlite');
    fs.writeFileSync(file, '');
    const error = await refusal(createCore({ workspacePath: file, userDataDir: path.join(dir, 'ud'), readOnly: true }));
    expect(error.code).toBe('workspace_invalid');
    expect(error.text.ja).toContain('空');
    expect(fs.statSync(file).size).toBe(0);
    expect(siblings(dir)).toEqual(['empty.sqlite']);
  });

  it('refuses a missing file without creating it or its folder', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'no', 'such.sqlite');
    const error = await refusal(createCore({ workspacePath: file, userDataDir: path.join(dir, 'ud'), readOnly: true }));
    expect(error.code).toBe('not_found');
    expect(fs.existsSync(path.join(dir, 'no'))).toBe(false);
  });

  it('reads a closed workspace without a byte changed, no -wal/-shm left, and refuses writes', async () => {
    const { core, workspacePath, dir, userDataDir } = await makeCore();
    await call(core, 'companies.create', sampleCompany());
    core.close();
    const hash = sha256(workspacePath);
    const before = siblings(dir);
    const reader = await createCore({ workspacePath, userDataDir, readOnly: true });
    expect(await call(reader, 'companies.list', {})).toMatchObject({ total: 1 });
    expect(await failure(reader, 'companies.create', sampleCompany())).toMatchObject({ code: 'unsupported' });
    reader.close();
    expect(sha256(workspacePath)).toBe(hash);
    expect(siblings(dir)).toEqual(before);
  });

  it('reads a workspace the app has open, seeing its latest writes (still in the -wal)', async () => {
    const { core, workspacePath, userDataDir } = await makeCore();
    await call(core, 'companies.create', sampleCompany({ legalNameJa: '株式会社いま書いた' }));
    const reader = await createCore({ workspacePath, userDataDir, readOnly: true });
    onTestFinished(() => reader.close());
    const listed = await call(reader, 'companies.list', {});
    expect(listed.items.map((c) => c.legalNameJa)).toEqual(['株式会社いま書いた']);
  });

  it('refuses a foreign SQLite file in WAL mode without leaving -wal/-shm beside it', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'foreign.db');
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.exec('CREATE TABLE t (x)');
    db.close();
    const before = siblings(dir);
    for (const readOnly of [true, false]) {
      const error = await refusal(createCore({ workspacePath: file, userDataDir: path.join(dir, 'ud'), readOnly }));
      expect(error.code).toBe('workspace_invalid');
      expect(siblings(dir)).toEqual(before);
    }
  });
});

describe('workspaces and backups are private to their owner', () => {
  it('creates a new workspace (and its -wal/-shm) with mode 0600', async () => {
    if (process.platform === 'win32') return; // POSIX modes only; Windows uses the user profile's ACLs.
    const dir = tempDir();
    const previous = process.umask(0o022);
    onTestFinished(() => void process.umask(previous));
    const { core, workspacePath } = await makeCore({ workspacePath: path.join(dir, 'private.sqlite') });
    await call(core, 'companies.create', sampleCompany());
    expect(fs.statSync(workspacePath).mode & 0o777).toBe(0o600);
    for (const suffix of ['-wal', '-shm']) {
      if (fs.existsSync(`${workspacePath}${suffix}`)) expect(fs.statSync(`${workspacePath}${suffix}`).mode & 0o777).toBe(0o600);
    }
  });
});

describe('a backup taken before a migration', () => {
  it('is private to its owner too (0600)', async () => {
    if (process.platform === 'win32') return; // POSIX modes only.
    const dir = tempDir();
    const previous = process.umask(0o022);
    onTestFinished(() => void process.umask(previous));
    const file = path.join(dir, 'old.sqlite');
    (await openWorkspace(file, { migrations: migrations.slice(0, 4) })).close();
    (await openWorkspace(file)).close();
    const backups = fs.readdirSync(dir).filter((name) => name.includes('.backup-v4-'));
    expect(backups).toHaveLength(1);
    expect(fs.statSync(path.join(dir, backups[0]!)).mode & 0o777).toBe(0o600);
  });
});

/** A read-only location, made as the machine allows: a read-only bind mount as root, file modes otherwise. */
function makeReadOnly(dir: string): void {
  if (process.getuid?.() !== 0) {
    for (const name of fs.readdirSync(dir)) fs.chmodSync(path.join(dir, name), 0o444);
    fs.chmodSync(dir, 0o555);
    onTestFinished(() => fs.chmodSync(dir, 0o755));
    return;
  }
  execFileSync('mount', ['--bind', dir, dir]);
  onTestFinished(() => void execFileSync('umount', [dir]));
  execFileSync('mount', ['-o', 'remount,bind,ro', dir]);
}

describe('a read-only workspace', () => {
  it('is named read-only (not "not a workspace"), with what to check, and is left as it was', async () => {
    const dir = path.join(tempDir(), 'ro');
    fs.mkdirSync(dir);
    const file = path.join(dir, 'client.sqlite');
    const made = await createCore({ workspacePath: file, userDataDir: path.join(dir, '..', 'ud') });
    made.close();
    makeReadOnly(dir);
    const hash = sha256(file);
    const error = await refusal(createCore({ workspacePath: file, userDataDir: path.join(dir, '..', 'ud') }));
    expect(error.code).toBe('storage_readonly');
    expect(error.text.ja).toContain('読み取り専用');
    expect(error.text.en).toContain('read-only');
    expect(sha256(file)).toBe(hash);
    // A read-only command still reads it.
    const reader = await createCore({ workspacePath: file, userDataDir: path.join(dir, '..', 'ud'), readOnly: true });
    expect(reader.workspace().path).toBe(file);
    reader.close();
    expect(siblings(dir)).toEqual(['client.sqlite']);
  });
});
