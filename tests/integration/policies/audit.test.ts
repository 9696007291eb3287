import { describe, expect, it } from 'vitest';
import { call } from '../core/helpers';
import { auditRows, fixtures, policyCore, proseSections, raw } from './helpers';

/** Architecture rule 5: every write is one transaction with its audit entry — one row per policy write. */
describe('every policy write leaves exactly one audit row; reads leave none', () => {
  it('create, update, save, publish, start, discard, import, delete', async () => {
    const { core, company, workspacePath } = await policyCore();
    const start = auditRows(workspacePath).length;
    const rowsOf = () => auditRows(workspacePath).slice(start).map((row) => [row.operation, row.entity]);

    const created = await call(core, 'policies.create', { companyId: company.id, sections: proseSections() });
    await call(core, 'policies.update', { id: created.id, revision: 1, policyKind: 'privacy_policy', titleJa: '新しい表題', titleEn: '' });
    const saved = await call(core, 'policyDrafts.save', { versionId: created.current.id, revision: 1, sections: proseSections().slice(0, 3) });
    await call(core, 'policyVersions.publish', { versionId: created.current.id, revision: saved.version.revision, effectiveOn: '2026-04-01', acknowledgeWarnings: true });
    const draft = await call(core, 'policyDrafts.start', { policyId: created.id });
    await call(core, 'policyDrafts.discard', { versionId: draft.id, revision: draft.revision });
    const preview = await call(core, 'policies.importPreview', { pastedText: fixtures[0]!.text });
    const imported = await call(core, 'policies.importSave', { companyId: company.id, sections: preview.sections.map((s) => s.section) });
    await call(core, 'policies.delete', { id: imported.id, revision: imported.revision });

    // Reads write nothing.
    await call(core, 'policies.get', { id: created.id });
    await call(core, 'policies.open', { id: created.id });
    await call(core, 'policies.list', {});
    await call(core, 'policies.check', { policyId: created.id });
    await call(core, 'policies.search', { query: '安全管理' });
    await call(core, 'policies.revisionHistory', { policyId: created.id });
    await call(core, 'policyVersions.get', { id: created.current.id });

    expect(rowsOf()).toEqual([
      ['policies.create', 'policy'],
      ['policies.update', 'policy'],
      ['policyDrafts.save', 'policy_version'],
      ['policyVersions.publish', 'policy_version'],
      ['policyDrafts.start', 'policy_version'],
      ['policyDrafts.discard', 'policy_version'],
      ['policies.importSave', 'policy'],
      ['policies.delete', 'policy'],
    ]);
    const publish = auditRows(workspacePath, 'policyVersions.publish')[0]!;
    expect(publish.before).toMatchObject({ status: 'draft' });
    expect(publish.after).toMatchObject({ status: 'published', effectiveOn: '2026-04-01' });
    // The full-text index followed every write: one entry per section, and FTS5's own check passes.
    const db = raw(workspacePath);
    expect(db.prepare('SELECT count(*) FROM policy_sections_fts').pluck().get()).toBe(db.prepare('SELECT count(*) FROM policy_sections').pluck().get());
    expect(() => db.exec("INSERT INTO policy_sections_fts (policy_sections_fts) VALUES ('integrity-check')")).not.toThrow();
    const deleted = auditRows(workspacePath, 'policies.delete')[0]!;
    expect((deleted.before as { draft: { sections: unknown[] } }).draft.sections.length).toBe(preview.sections.length);
  });
});
