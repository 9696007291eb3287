import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { applyMigrations } from '../../../main/core/store/migrate';
import { LATEST_VERSION, migrations } from '../../../main/core/store/migrations';
import { dumpData, rawConnection, withColumnsOf } from '../core/db-helpers';
import { call, makeCore, steppingClock, tempDir } from '../core/helpers';
import { cardLeak } from './helpers';

/** Migration 0002 on a workspace written by version 1: the old data stays, a backup is taken first. */
function versionOneWorkspace(file: string): void {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  applyMigrations(db, migrations, 1);
  db.exec(`
    INSERT INTO companies (id, legal_name_ja, created_at, updated_at)
      VALUES (7, '株式会社第一版', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z');
    INSERT INTO desks (id, company_id, kind, name_ja, created_at, updated_at)
      VALUES (3, 7, 'own', 'お客様窓口', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z');
    INSERT INTO desk_phones (desk_id, position, label, number) VALUES (3, 0, '', '03-1234-5678');
    INSERT INTO audit_log (at, actor, operation, entity, entity_id, after_json)
      VALUES ('2025-01-01T00:00:00.000Z', 'old', 'companies.create', 'company', 7, '{"id":7}');
  `);
  db.close();
}

describe('upgrading a version-1 workspace to incidents (migration 0002)', () => {
  it('keeps the version-1 data, writes a version-1 backup first, and records incidents afterwards', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'v1.sqlite');
    versionOneWorkspace(file);
    const before = dumpData(rawConnection(file, { readonly: true }));

    const { core } = await makeCore({ workspacePath: file, now: steppingClock('2026-12-29T01:00:00.000Z') });
    const info = core.workspace();
    expect(info.schemaVersion).toBe(LATEST_VERSION);
    expect(info.backups).toHaveLength(1);
    expect(path.basename(info.backups[0]!)).toMatch(/^v1\.sqlite\.backup-v1-\d{8}T\d{9}Z\.sqlite$/);

    const backup = rawConnection(info.backups[0]!, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(1);
    expect(dumpData(backup)).toEqual(before);

    const after = dumpData(rawConnection(file, { readonly: true }));
    for (const table of Object.keys(before)) expect(withColumnsOf(before[table]!, after[table]!), table).toEqual(before[table]);
    expect(after.incidents).toEqual([]);

    expect(await call(core, 'desks.get', { id: 3 })).toMatchObject({ nameJa: 'お客様窓口', companyName: '株式会社第一版' });
    const incident = await call(core, 'incidents.create', cardLeak(7));
    expect(incident).toMatchObject({ companyName: '株式会社第一版', reportable: 'yes' });
  });
});
