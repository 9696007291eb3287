import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { call, failure, makeCore, sampleCompany, sampleDesk } from '../core/helpers';
import { workspaceWithHistory } from '../audit/fixture';

/** Restore from a backup: a preview of what it holds, the current file kept aside, and the backup's data back. */
describe('backup.preview and backup.restore', () => {
  it('previews a backup: counts, last audit entry, schema version, and a verifying chain', async () => {
    const { core } = await workspaceWithHistory();
    const list = await call(core, 'backup.now', {});
    const [backup] = list.items;
    const preview = await call(core, 'backup.preview', { path: backup!.path });
    expect(preview.sameWorkspace).toBe(true);
    expect(preview.workspaceId).toBe(core.workspace().id);
    expect(preview.schemaVersion).toBe(core.workspace().schemaVersion);
    expect(preview.counts).toMatchObject({ companies: 2, desks: 1, policies: 1, incidents: 1, timelineEvents: 1 });
    expect(preview.counts.auditRows).toBeGreaterThan(20);
    const last = (await call(core, 'audit.list', { limit: 1 })).items[0]!;
    expect(preview.lastAudit).toMatchObject({ id: preview.counts.auditRows, operation: last.operation, at: last.at });
    expect(preview.verify.ok).toBe(true);
    expect(preview.verify.head?.id).toBe(preview.counts.auditRows);
  });

  it('restores what the backup held, keeps the current file aside, and reopens', async () => {
    const { core, workspacePath, dir } = await makeCore();
    const company = await call(core, 'companies.create', sampleCompany());
    await call(core, 'desks.create', sampleDesk(company.id, { nameJa: 'バックアップ前の窓口' }));
    const [backup] = (await call(core, 'backup.now', {})).items;
    // After the backup: another desk and a renamed company, which the restore must take away (and keep aside).
    await call(core, 'desks.create', sampleDesk(company.id, { nameJa: 'バックアップ後の窓口' }));
    await call(core, 'companies.update', { ...sampleCompany({ legalNameJa: '株式会社あとから' }), id: company.id, revision: 1 });

    const result = await call(core, 'backup.restore', { path: backup!.path });
    expect(result.restoredFrom).toBe(backup!.path);
    expect(path.dirname(result.keptAside)).toBe(dir);
    expect(path.basename(result.keptAside)).toMatch(/^workspace\.before-restore-\d{8}T\d{9}Z\.sqlite$/);
    expect(result.workspace.path).toBe(workspacePath);
    expect(fs.statSync(workspacePath).mode & 0o777).toBe(0o600);

    const desks = (await call(core, 'desks.list', { companyId: company.id })).items.map((desk) => desk.nameJa);
    expect(desks).toEqual(['バックアップ前の窓口']);
    expect((await call(core, 'companies.get', { id: company.id })).legalNameJa).toBe('株式会社サンプル');
    expect((await call(core, 'audit.verify', {})).ok).toBe(true);
    // The file kept aside holds everything written after the backup.
    const aside = new Database(result.keptAside, { readonly: true });
    expect(aside.prepare('SELECT nameJa FROM (SELECT name_ja AS nameJa FROM desks) ORDER BY nameJa').pluck().all()).toHaveLength(2);
    expect(aside.prepare('SELECT legal_name_ja FROM companies').pluck().get()).toBe('株式会社あとから');
    aside.close();
    // The app goes on writing into the restored file.
    await call(core, 'desks.create', sampleDesk(company.id, { nameJa: '復元後の窓口' }));
    expect((await call(core, 'audit.verify', {})).ok).toBe(true);
  });

  it('refuses a path the core did not list, and a backup that is not a workspace or is damaged, changing nothing', async () => {
    const { core, workspacePath, dir } = await makeCore();
    await call(core, 'companies.create', sampleCompany());
    const list = await call(core, 'backup.now', {});
    const stranger = path.join(dir, 'stranger.sqlite');
    fs.writeFileSync(stranger, 'not a database at all, just text '.repeat(200));
    const unlisted = await failure(core, 'backup.restore', { path: stranger });
    expect(unlisted.code).toBe('not_found');
    expect(unlisted.path).toEqual(['path']);

    // A file in the backup folder under a backup's name that is not a workspace: named as such.
    const fake = path.join(list.folder, 'workspace-20261229T000000000Z.sqlite');
    const foreign = new Database(fake);
    foreign.exec('CREATE TABLE notes (text TEXT)');
    foreign.close();
    const before = fs.readFileSync(workspacePath);
    for (const operation of ['backup.preview', 'backup.restore'] as const) {
      const refused = await failure(core, operation, { path: fake });
      expect(refused.code).toBe('workspace_invalid');
      expect(refused.message.ja).toContain('ワークスペースではありません');
      expect(refused.message.en).toContain('not an APPI Workbench workspace');
    }
    // A newer workspace (a later app's schema) is refused as too new.
    const newer = path.join(list.folder, 'workspace-20261230T000000000Z.sqlite');
    fs.copyFileSync(list.items[0]!.path, newer);
    const raw = new Database(newer);
    raw.pragma('user_version = 999');
    raw.close();
    const tooNew = await failure(core, 'backup.restore', { path: newer });
    expect(tooNew.code).toBe('workspace_too_new');
    expect(tooNew.message.en).toContain('newer');
    // A backup whose pages are damaged: named as damaged.
    const damaged = path.join(list.folder, 'workspace-20261231T000000000Z.sqlite');
    const pages = fs.readFileSync(list.items[0]!.path);
    const pageSize = pages.readUInt16BE(16);
    pages.fill(0xa5, pageSize * 2, pageSize * 4);
    fs.writeFileSync(damaged, pages);
    const broken = await failure(core, 'backup.restore', { path: damaged });
    expect(broken.code).toBe('workspace_damaged');
    expect(broken.message.ja).toContain('破損');
    expect(fs.readFileSync(workspacePath).equals(before)).toBe(true);
    expect(fs.readdirSync(dir).filter((name) => name.includes('before-restore'))).toEqual([]);
    expect((await call(core, 'companies.list', {})).items).toHaveLength(1);
  });

  it('restores a pre-migration backup listed beside the workspace', async () => {
    const { core, workspacePath } = await makeCore();
    await call(core, 'companies.create', sampleCompany());
    // A backup named as the migration backups are: the list shows it as one, and it can be restored.
    const migrationBackup = `${workspacePath}.backup-v6-20261201T000000000Z.sqlite`;
    const bytes = Buffer.from((await call(core, 'backup.saveCopy', {})).base64, 'base64');
    fs.writeFileSync(migrationBackup, bytes, { mode: 0o600 });
    await call(core, 'companies.create', sampleCompany({ legalNameJa: '株式会社ふたつめ' }));
    const listed = (await call(core, 'backup.list', {})).items.find((item) => item.path === migrationBackup);
    expect(listed?.kind).toBe('migration');
    await call(core, 'backup.restore', { path: migrationBackup });
    expect((await call(core, 'companies.list', {})).items).toHaveLength(1);
  });
});
