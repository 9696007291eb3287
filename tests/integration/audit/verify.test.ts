import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { verifyWorkspaceFile } from '../../../main/core/audit/verify-file';
import type { VerifyProblemKind, VerifyReport } from '../../../shared/contract/audit';
import { call, sha256 } from '../core/helpers';
import { tamper, workspaceWithHistory } from './fixture';

/** Issue 12: each tampering that went unnoticed is now reported, at the row or record where it happened. */
const kinds = (report: VerifyReport): VerifyProblemKind[] => report.problems.map((problem) => problem.kind);

async function closedWorkspace() {
  const made = await workspaceWithHistory();
  made.core.close();
  return made;
}

describe('verify', () => {
  it('passes a workspace whose every write went through the app, in the app and on the file, without changing the file', async () => {
    const made = await workspaceWithHistory();
    const inApp = await call(made.core, 'audit.verify', {});
    expect(inApp.problems).toEqual([]);
    expect(inApp).toMatchObject({ ok: true, problemCount: 0 });
    expect(inApp.auditRows).toBeGreaterThan(25);
    expect(inApp.recordsChecked).toBeGreaterThan(10);
    expect(inApp.triggersChecked).toBeGreaterThanOrEqual(30);
    made.core.close();

    const before = sha256(made.workspacePath);
    const siblings = fs.readdirSync(made.dir).sort();
    const report = await verifyWorkspaceFile(made.workspacePath);
    expect(report).toEqual(inApp);
    expect(report.head).toMatchObject({ id: report.auditRows });
    expect(sha256(made.workspacePath)).toBe(before);
    expect(fs.readdirSync(made.dir).sort()).toEqual(siblings);
  });

  it("finds an audit row whose after_json was edited once the triggers were dropped", async () => {
    const { workspacePath } = await closedWorkspace();
    tamper(workspacePath, `
      DROP TRIGGER audit_log_no_update;
      UPDATE audit_log SET after_json = json_set(after_json, '$.addressJa', '大阪府') WHERE id = 4;`);
    const report = await verifyWorkspaceFile(workspacePath);
    expect(report.ok).toBe(false);
    expect(report.problems[0]).toMatchObject({ kind: 'edited_row', auditId: 4 });
    expect(report.problems[0]!.message.en).toContain('#4');
    expect(kinds(report)).toContain('trigger_missing');
  });

  it('finds an edited row even when its hash was recomputed by hand: the next row no longer links to it', async () => {
    const { workspacePath } = await closedWorkspace();
    tamper(workspacePath, `
      DROP TRIGGER audit_log_no_update;
      UPDATE audit_log SET actor = '別人', hash = '${'b'.repeat(64)}' WHERE id = 5;`);
    const report = await verifyWorkspaceFile(workspacePath);
    expect(report.problems.slice(0, 2)).toMatchObject([
      { kind: 'edited_row', auditId: 5 },
      { kind: 'broken_link', auditId: 6 },
    ]);
  });

  it('names the deleted rows 10–20', async () => {
    const { workspacePath } = await closedWorkspace();
    tamper(workspacePath, 'DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id BETWEEN 10 AND 20;');
    const report = await verifyWorkspaceFile(workspacePath);
    expect(report.problems[0]).toMatchObject({ kind: 'missing_rows', auditId: 21 });
    expect(report.problems[0]!.message).toEqual({
      ja: '操作履歴 #10–#20 が削除されています（#21 の前の行が見つかりません）。',
      en: 'Audit rows #10–#20 were deleted (the row before #21 is missing).',
    });
  });

  it('finds a forged row appended with a made-up hash, and a forged row that claims a record changed', async () => {
    const { workspacePath, company } = await closedWorkspace();
    tamper(workspacePath, `
      INSERT INTO audit_log (id, at, actor, operation, entity, entity_id, before_json, after_json, prev_hash, hash)
        SELECT max(id) + 1, '2026-12-30T00:00:00.000Z', '偽造者', 'companies.update', 'company', ${company.id}, NULL,
               '{"legalNameJa":"偽の名前"}', (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '${'c'.repeat(64)}'
        FROM audit_log;`);
    const report = await verifyWorkspaceFile(workspacePath);
    const forged = report.auditRows;
    expect(report.problems[0]).toMatchObject({ kind: 'edited_row', auditId: forged });
    // The record does not read as the forged row says, either.
    expect(report.problems).toContainEqual(expect.objectContaining({ kind: 'record_changed', entity: 'company', entityId: company.id, detail: 'legalNameJa' }));
  });

  it('finds a record changed without an audit row, naming the field', async () => {
    const { workspacePath, desk } = await closedWorkspace();
    tamper(workspacePath, `UPDATE desks SET email = 'attacker@example.com' WHERE id = ${desk.id};`);
    const report = await verifyWorkspaceFile(workspacePath);
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([
      expect.objectContaining({ kind: 'record_changed', entity: 'desk', entityId: desk.id, detail: 'email' }),
    ]);
  });

  it('finds records added or deleted outside the app', async () => {
    const { workspacePath, company, desk } = await closedWorkspace();
    tamper(workspacePath, `
      INSERT INTO companies (legal_name_ja, created_at, updated_at) VALUES ('株式会社無断', '2026-12-30T00:00:00.000Z', '2026-12-30T00:00:00.000Z');
      UPDATE companies SET authorized_org_desk_id = NULL WHERE authorized_org_desk_id = ${desk.id};
      DELETE FROM desk_phones WHERE desk_id = ${desk.id};
      DELETE FROM desk_languages WHERE desk_id = ${desk.id};
      DELETE FROM desks WHERE id = ${desk.id};`);
    const report = await verifyWorkspaceFile(workspacePath);
    expect(report.problems).toEqual([
      expect.objectContaining({ kind: 'record_unaudited', entity: 'company', entityId: company.id + 2 }),
      expect.objectContaining({ kind: 'record_deleted', entity: 'desk', entityId: desk.id }),
    ]);
  });

  it('finds a sent PPC notification back-dated after its trigger was dropped', async () => {
    const { workspacePath, preliminary } = await closedWorkspace();
    tamper(workspacePath, `
      DROP TRIGGER incident_notifications_sent_no_update;
      UPDATE incident_notifications SET sent_at = '2026-12-29T08:00:00+09:00' WHERE id = ${preliminary.id};`);
    const report = await verifyWorkspaceFile(workspacePath);
    expect(report.problems).toEqual([
      expect.objectContaining({ kind: 'record_changed', entity: 'incident_notification', entityId: preliminary.id, detail: 'sentAt' }),
      expect.objectContaining({ kind: 'trigger_missing', detail: 'incident_notifications_sent_no_update' }),
    ]);
    expect(report.problems[0]!.message.ja).toContain('報告・通知');
  });

  it('finds a published policy whose text was changed after its triggers were dropped', async () => {
    const { workspacePath, publishedVersionId } = await closedWorkspace();
    tamper(workspacePath, `
      DROP TRIGGER policy_sections_published_no_update;
      UPDATE policy_sections SET body_ja = body_ja || '（追記）' WHERE version_id = ${publishedVersionId} AND position = 0;`);
    const report = await verifyWorkspaceFile(workspacePath);
    expect(report.problems).toEqual([
      expect.objectContaining({ kind: 'record_changed', entity: 'policy_version', entityId: publishedVersionId, detail: 'sections' }),
      expect.objectContaining({ kind: 'trigger_missing', detail: 'policy_sections_published_no_update' }),
    ]);
  });

  it.each([
    ['audit_log_no_delete', 'audit_log'],
    ['audit_log_chain_only', 'audit_log'],
    ['incident_notifications_sent_no_delete', 'incident_notifications'],
    ['policy_versions_published_no_update', 'policy_versions'],
  ])('finds the protective trigger %s dropped', async (trigger, table) => {
    const { workspacePath } = await closedWorkspace();
    tamper(workspacePath, `DROP TRIGGER ${trigger};`);
    const report = await verifyWorkspaceFile(workspacePath);
    expect(report.problems).toEqual([expect.objectContaining({ kind: 'trigger_missing', detail: trigger })]);
    expect(report.problems[0]!.message.en).toContain(table);
  });

  it('finds a protective trigger replaced by a no-op of the same name, and a trigger the app never creates', async () => {
    const { workspacePath } = await closedWorkspace();
    tamper(workspacePath, `
      DROP TRIGGER audit_log_no_update;
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT 1; END;
      CREATE TRIGGER sneaky AFTER INSERT ON desks BEGIN SELECT 1; END;`);
    const report = await verifyWorkspaceFile(workspacePath);
    expect(report.problems).toEqual([
      expect.objectContaining({ kind: 'trigger_altered', detail: 'audit_log_no_update' }),
      expect.objectContaining({ kind: 'trigger_unexpected', detail: 'sneaky' }),
    ]);
  });

  it('refuses a missing file and a file that is not a workspace, creating nothing', async () => {
    const { dir } = await closedWorkspace();
    await expect(verifyWorkspaceFile(`${dir}/none.sqlite`)).rejects.toMatchObject({ code: 'not_found' });
    fs.writeFileSync(`${dir}/notes.txt`, 'hello');
    await expect(verifyWorkspaceFile(`${dir}/notes.txt`)).rejects.toMatchObject({ code: 'workspace_invalid', text: { en: expect.stringContaining(`${dir}/notes.txt`) } });
    expect(fs.existsSync(`${dir}/none.sqlite`)).toBe(false);
  });
});
