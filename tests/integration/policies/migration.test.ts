import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { applyMigrations } from '../../../main/core/store/migrate';
import { LATEST_VERSION, migrations } from '../../../main/core/store/migrations';
import { dumpData, rawConnection, withColumnsOf } from '../core/db-helpers';
import { call, makeCore, tempDir } from '../core/helpers';

/** Migration 0003 on a workspace written by version 2: the old data stays, a backup is taken first. */
function versionTwoWorkspace(file: string): void {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  applyMigrations(db, migrations, 2);
  db.exec(`
    INSERT INTO companies (id, legal_name_ja, created_at, updated_at)
      VALUES (5, '株式会社第二版', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z');
    INSERT INTO desks (id, company_id, kind, name_ja, email, created_at, updated_at)
      VALUES (8, 5, 'own', 'お客様窓口', 'desk@example.jp', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z');
    INSERT INTO incidents (id, company_id, title, status, breach_kind, certainty, known_at, individuals_kind, reportable, created_at, updated_at)
      VALUES (1, 5, '誤送信', 'closed', 'leak', 'confirmed', '2025-01-10T10:00:00+09:00', 'unknown', 'undetermined', 'x', 'x');
  `);
  db.close();
}

describe('upgrading a version-2 workspace to policies (migration 0003)', () => {
  it('keeps the version-2 data, writes a version-2 backup first, and holds policies afterwards', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'v2.sqlite');
    versionTwoWorkspace(file);
    const before = dumpData(rawConnection(file, { readonly: true }));

    const { core } = await makeCore({ workspacePath: file });
    const info = core.workspace();
    expect(info.schemaVersion).toBe(LATEST_VERSION);
    expect(info.backups).toHaveLength(1);
    expect(path.basename(info.backups[0]!)).toMatch(/^v2\.sqlite\.backup-v2-\d{8}T\d{9}Z\.sqlite$/);
    expect(dumpData(rawConnection(info.backups[0]!, { readonly: true }))).toEqual(before);

    const after = dumpData(rawConnection(file, { readonly: true }));
    for (const table of Object.keys(before)) expect(withColumnsOf(before[table]!, after[table]!), table).toEqual(before[table]);
    expect(after.policies).toEqual([]);

    const created = await call(core, 'policies.create', { companyId: 5, templateId: 'saas_app' });
    expect(created.companyName).toBe('株式会社第二版');
    const deskIds = created.current.sections.flatMap((section) => ('deskIds' in section ? section.deskIds : []));
    expect(deskIds).toEqual([8]);
  });
});
