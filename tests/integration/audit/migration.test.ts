import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { verifyWorkspaceFile } from '../../../main/core/audit/verify-file';
import { GENESIS_HASH } from '../../../main/core/store/audit-hash';
import { applyMigrations } from '../../../main/core/store/migrate';
import { migrations } from '../../../main/core/store/migrations';
import { rawConnection } from '../core/db-helpers';
import { call, makeCore, tempDir } from '../core/helpers';

/** Migration 0006 hashes the history a workspace already has, so the chain starts at the workspace's creation. */
function versionFiveWithHistory(file: string): void {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  applyMigrations(db, migrations, 5);
  const insert = db.prepare(`INSERT INTO audit_log (at, actor, operation, entity, entity_id, before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?)`);
  for (let i = 1; i <= 2500; i++) {
    // Texts a naive serialisation would blur: a newline, a comma, a NUL, a lone surrogate (stored as bytes that are not UTF-8).
    const actor = i % 500 === 0 ? `旧\u0000担当\ud800${i}` : `担当者${i % 7}\n,"x"`;
    insert.run(`2025-01-01T00:00:${String(i % 60).padStart(2, '0')}.000Z`, actor, 'workspace.rules', 'workspace_rules', null, i % 2 ? null : `{"n":${i - 1}}`, `{"n":${i}}`);
  }
  db.close();
}

describe('migration 0006 chains the existing audit history', () => {
  it('hashes every row in id order, keeps the rows as they were, and later writes extend the chain', async () => {
    const file = path.join(tempDir(), 'v5.sqlite');
    versionFiveWithHistory(file);
    const columns = 'id, at, hex(actor) AS actor, operation, entity, entity_id, before_json, after_json';
    const before = rawConnection(file, { readonly: true }).prepare(`SELECT ${columns} FROM audit_log ORDER BY id`).all();

    const { core } = await makeCore({ workspacePath: file });
    await call(core, 'companies.create', { legalNameJa: '株式会社移行後' });
    core.close();

    const db = rawConnection(file, { readonly: true });
    expect(db.prepare(`SELECT ${columns} FROM audit_log WHERE id <= 2500 ORDER BY id`).all()).toEqual(before);
    const links = db.prepare('SELECT id, prev_hash, hash FROM audit_log ORDER BY id').all() as { id: number; prev_hash: string; hash: string }[];
    expect(links).toHaveLength(2501);
    expect(links[0]!.prev_hash).toBe(GENESIS_HASH);
    links.slice(1).forEach((row, index) => expect(row.prev_hash).toBe(links[index]!.hash));
    expect(new Set(links.map((row) => row.hash)).size).toBe(2501);

    const report = await verifyWorkspaceFile(file);
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ ok: true, auditRows: 2501, head: { id: 2501, hash: links[2500]!.hash } });
  });

  it('asks for the workspace to be opened once when it predates the chain, without changing it', async () => {
    const file = path.join(tempDir(), 'v5.sqlite');
    versionFiveWithHistory(file);
    const report = await verifyWorkspaceFile(file);
    expect(report).toMatchObject({ ok: false, problems: [{ kind: 'schema_outdated' }] });
    expect(report.problems[0]!.message.en).toContain('schema version 5');
    expect(rawConnection(file, { readonly: true }).pragma('user_version', { simple: true })).toBe(5);
  });
});
