import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyWorkspaceFile } from '../../../main/core/audit/verify-file';
import { createCore } from '../../../main/core/index';
import type { Core } from '../../../main/core/api';
import { rawConnection } from '../core/db-helpers';
import { call, failure, makeCore, sampleCompany } from '../core/helpers';
import { workspaceWithHistory } from '../audit/fixture';

/** The whole-workspace JSON export, and its import into an empty workspace, round trip. */
async function exported(core: Core) {
  const result = await call(core, 'backup.exportData', {});
  return JSON.parse(Buffer.from(result.base64, 'base64').toString('utf8'));
}

function withoutIdentity(data: { exportedAt?: string; workspace?: { id?: string } }) {
  const { exportedAt: _at, ...rest } = data;
  return { ...rest, workspace: { ...rest.workspace, id: '(this file)' } };
}

describe('backup.exportData / backup.importData', () => {
  it('round-trips every record kind: export → import into an empty workspace → export gives the same JSON, and verify passes', async () => {
    const source = await workspaceWithHistory();
    const first = await exported(source.core);
    expect(first.format).toBe('appi-workbench-workspace');
    expect(first.version).toBe(1);
    expect(first.workspace.id).toBe(source.core.workspace().id);
    // Every kind the issue names is in it: records, policy versions and sections, timeline events, the filed
    // snapshot of a sent notification, audit rows with their hashes, and the search index.
    const tables = first.tables as Record<string, Record<string, unknown>[]>;
    for (const table of ['companies', 'desks', 'incidents', 'incident_events', 'incident_notifications', 'policies', 'policy_versions', 'policy_sections', 'audit_log', 'policy_sections_fts']) {
      expect(tables[table]?.length, table).toBeGreaterThan(0);
    }
    const sent = tables.incident_notifications!.find((row) => row.sent_at !== null)!;
    expect(typeof sent.filed).toBe('string');
    expect(JSON.parse(sent.filed as string)).toBeTruthy();
    expect(tables.policy_versions!.some((row) => row.status === 'published')).toBe(true);
    expect(tables.audit_log!.every((row) => typeof row.hash === 'string' && (row.hash as string).length === 64)).toBe(true);
    // Generated columns are SQLite's to compute, not data.
    expect(Object.keys(tables.incidents![0]!)).not.toContain('known_on');

    const target = await makeCore({ workspacePath: path.join(source.dir, 'imported.sqlite'), userDataDir: path.join(source.dir, 'u2') });
    const json = JSON.stringify(first);
    const result = await call(target.core, 'backup.importData', { json });
    expect(result.counts.auditRows).toBe(tables.audit_log!.length);
    expect(result.counts.incidents).toBe(tables.incidents!.length);
    const second = await exported(target.core);
    expect(second.workspace.id).toBe(target.core.workspace().id);
    expect(second.workspace.id).not.toBe(first.workspace.id);
    expect(withoutIdentity(second)).toEqual(withoutIdentity(first));
    // The incidents known per day are derived data: left out of the export, built afresh by the import.
    expect(Object.keys(tables)).not.toContain('incident_known_days');
    const knownDays = (file: string) => {
      const db = rawConnection(file, { readonly: true });
      const rows = db.prepare('SELECT day, incidents FROM incident_known_days ORDER BY day').all();
      db.close();
      return rows;
    };
    expect(knownDays(source.workspacePath).length).toBeGreaterThan(0);
    expect(knownDays(target.workspacePath)).toEqual(knownDays(source.workspacePath));

    // The imported workspace's chain verifies, to the same head as its source's; through the app and on the file.
    const sourceReport = await call(source.core, 'audit.verify', {});
    const report = await call(target.core, 'audit.verify', {});
    expect(report.ok).toBe(true);
    expect(report.head).toEqual(sourceReport.head);
    target.core.close();
    const fileReport = await verifyWorkspaceFile(target.workspacePath);
    expect(fileReport.ok).toBe(true);
    // The imported workspace works: the app reads it, search included, and writes on top of it.
    const reopened = await createCore({ workspacePath: target.workspacePath, userDataDir: path.join(source.dir, 'u3'), rememberWorkspace: false });
    try {
      const policy = await call(reopened, 'policies.get', { id: source.policy.id });
      expect(policy.id).toBe(source.policy.id);
      await call(reopened, 'companies.create', sampleCompany({ legalNameJa: '株式会社あとから' }));
      expect((await call(reopened, 'audit.verify', {})).ok).toBe(true);
    } finally {
      reopened.close();
    }
  });

  it('refuses a workspace that is not empty, a foreign or newer file and a broken row, writing nothing', async () => {
    const source = await workspaceWithHistory();
    const json = JSON.stringify(await exported(source.core));
    const notEmpty = await failure(source.core, 'backup.importData', { json });
    expect(notEmpty.code).toBe('conflict');
    expect(notEmpty.message.ja).toContain('既に記録があるため');
    expect(notEmpty.message.en).toContain('Create a new, empty workspace');

    const { core } = await makeCore({ workspacePath: path.join(source.dir, 'empty.sqlite'), userDataDir: path.join(source.dir, 'u4') });
    const cases: [string, string][] = [
      ['{ not json', 'not valid JSON'],
      [JSON.stringify({ format: 'something-else', version: 1 }), 'not an APPI Workbench data export'],
      [JSON.stringify({ ...JSON.parse(json), version: 2 }), 'format version 2 is not supported'],
      [JSON.stringify({ ...JSON.parse(json), workspace: { id: 'x', schemaVersion: 999, meta: {} } }), 'newer version of the app'],
      [JSON.stringify({ ...JSON.parse(json), tables: { ...JSON.parse(json).tables, mystery: [] } }), 'table this app does not know: mystery'],
    ];
    const broken = JSON.parse(json);
    broken.tables.desks[0].company_id = 999;
    cases.push([JSON.stringify(broken), 'refers to a missing companies']);
    const unknownColumn = JSON.parse(json);
    unknownColumn.tables.companies[0].secret = 'x';
    cases.push([JSON.stringify(unknownColumn), 'companies has no column secret']);
    for (const [text, expected] of cases) {
      const refused = await failure(core, 'backup.importData', { json: text });
      expect(refused.message.en, expected).toContain(expected);
      expect(refused.message.ja).toContain('読み込めません');
      expect(refused.path).toEqual(['json']);
      expect((await call(core, 'audit.list', {})).items, expected).toHaveLength(0);
      expect((await call(core, 'companies.list', {})).items).toHaveLength(0);
    }
    expect(fs.existsSync(path.join(source.dir, 'empty.sqlite'))).toBe(true);
  });
});
