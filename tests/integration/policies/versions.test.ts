import { describe, expect, it } from 'vitest';
import { makeSection } from '../../../shared/policy/model';
import { call, failure } from '../core/helpers';
import { auditCount, auditRows, createWith, policyCore, proseSections, publishDraft, raw } from './helpers';

async function publishedPolicy() {
  const made = await policyCore();
  const created = await createWith(made.core, made.company.id, proseSections());
  const v1 = await publishDraft(made.core, created.id, '2026-04-01', '制定');
  return { ...made, policyId: created.id, v1 };
}

describe('publishing', () => {
  it('turns the draft into version 1 with its effective date, summary, time and the rules it acknowledged', async () => {
    const { core, policyId, v1, workspacePath } = await publishedPolicy();
    expect(v1).toMatchObject({ number: 1, status: 'published', effectiveOn: '2026-04-01', changeSummaryJa: '制定', revision: 2 });
    expect(v1.publishedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    // The sample policy lacks most required matters; publishing recorded which ones the user confirmed.
    expect(v1.acknowledgedRuleIds).toEqual(expect.arrayContaining(['business-identity', 'complaint-desk', 'requests-procedure']));
    const detail = await call(core, 'policies.get', { id: policyId });
    expect(detail).toMatchObject({ draftVersionId: null, latestPublished: { versionId: v1.id, number: 1, effectiveOn: '2026-04-01' } });
    expect(detail.current.id).toBe(v1.id);
    expect(auditRows(workspacePath, 'policyVersions.publish')).toHaveLength(1);
  });

  it('refuses while required matters are missing, naming each with its source, until the user acknowledges them', async () => {
    const { core, company, workspacePath } = await policyCore();
    const created = await createWith(core, company.id, proseSections());
    const before = auditCount(workspacePath);
    const refused = await failure(core, 'policyVersions.publish', { versionId: created.current.id, revision: 1, effectiveOn: '2026-04-01' });
    expect(refused).toMatchObject({ code: 'validation', path: ['acknowledgeWarnings'] });
    expect(refused.message.en).toContain('required matters are missing');
    const issues = refused.issues!.slice(1).map((issue) => issue.message.ja);
    expect(issues.some((text) => text.includes('個人情報保護法第32条第1項第1号'))).toBe(true);
    expect(auditCount(workspacePath)).toBe(before);
    expect((await call(core, 'policies.get', { id: created.id })).current.status).toBe('draft');
  });

  it('publishes a complete template without any acknowledgement', async () => {
    const { core, company } = await policyCore();
    const created = await call(core, 'policies.create', { companyId: company.id, templateId: 'b2b_privacymark', requestFeeYen: 1000, effectiveOn: '2026-04-01' });
    const check = await call(core, 'policies.check', { policyId: created.id });
    expect(check.rules.filter((rule) => rule.status === 'missing').map((rule) => rule.id)).toEqual([]);
    const published = await call(core, 'policyVersions.publish', { versionId: created.current.id, revision: 1, effectiveOn: '2026-04-01' });
    expect(published).toMatchObject({ status: 'published', acknowledgedRuleIds: [] });
  });

  it('refuses an empty draft, a stale revision, a second publication and an effective date before the previous one', async () => {
    const { core, company, policyId, v1 } = await publishedPolicy();
    const empty = await call(core, 'policies.create', { companyId: company.id });
    expect(await failure(core, 'policyVersions.publish', { versionId: empty.current.id, revision: 1, effectiveOn: '2026-04-01', acknowledgeWarnings: true })).toMatchObject({
      path: ['sections'],
    });
    expect(await failure(core, 'policyVersions.publish', { versionId: v1.id, revision: v1.revision, effectiveOn: '2026-05-01' })).toMatchObject({
      code: 'conflict',
      path: ['versionId'],
    });
    const draft = await call(core, 'policyDrafts.start', { policyId });
    const stale = { versionId: draft.id, revision: 99, effectiveOn: '2026-05-01', acknowledgeWarnings: true };
    expect(await failure(core, 'policyVersions.publish', stale)).toMatchObject({ code: 'conflict', path: ['revision'] });
    const early = await failure(core, 'policyVersions.publish', { ...stale, revision: draft.revision, effectiveOn: '2026-03-31' });
    expect(early).toMatchObject({ code: 'validation', path: ['effectiveOn'] });
    expect(early.message.ja).toContain('2026年4月1日');
    expect(await failure(core, 'policyVersions.publish', { ...stale, revision: draft.revision, effectiveOn: '2026-02-30' })).toMatchObject({ path: ['effectiveOn'] });
  });
});

describe('a published version is immutable in SQLite itself', () => {
  const cases: [string, string, (versionId: number) => unknown[]][] = [
    ['update the version', 'UPDATE policy_versions SET change_summary_ja = ? WHERE id = ?', (id) => ['改ざん', id]],
    ['delete the version', 'DELETE FROM policy_versions WHERE id = ?', (id) => [id]],
    ['update a section', 'UPDATE policy_sections SET body_ja = ? WHERE version_id = ?', (id) => ['改ざん', id]],
    ['move a section', 'UPDATE policy_sections SET position = position + 10 WHERE version_id = ?', (id) => [id]],
    ['delete a section', 'DELETE FROM policy_sections WHERE version_id = ?', (id) => [id]],
    ['add a section', "INSERT INTO policy_sections (version_id, position, section_id, kind, content_hash) VALUES (?, 99, 'new', 'custom', '')", (id) => [id]],
    ['change a purpose row', 'UPDATE policy_purposes SET purpose_ja = ? WHERE section_ref IN (SELECT id FROM policy_sections WHERE version_id = ?)', (id) => ['改ざん', id]],
    ['add a purpose row', "INSERT INTO policy_purposes (section_ref, position, purpose_ja) SELECT id, 9, '追加' FROM policy_sections WHERE version_id = ? AND kind = 'purposes_of_use'", (id) => [id]],
    ['delete an acknowledgement', 'DELETE FROM policy_version_acknowledgements WHERE version_id = ?', (id) => [id]],
    ['add an acknowledgement', "INSERT INTO policy_version_acknowledgements (version_id, rule_id) VALUES (?, 'joint-use')", (id) => [id]],
  ];
  it.each(cases)('refuses to %s, through a separate raw connection', async (_label, statement, args) => {
    const { v1, workspacePath } = await publishedPolicy();
    expect(() => raw(workspacePath).prepare(statement).run(...args(v1.id))).toThrow(/published policy version is immutable/);
  });

  it('refuses deleting the policy of a published version, even by hand', async () => {
    const { policyId, workspacePath } = await publishedPolicy();
    expect(() => raw(workspacePath).prepare('DELETE FROM policies WHERE id = ?').run(policyId)).toThrow(/immutable/);
  });

  it('allows at most one draft per policy', async () => {
    const { policyId, workspacePath } = await publishedPolicy();
    const db = raw(workspacePath);
    const insert = db.prepare(
      "INSERT INTO policy_versions (policy_id, number, status, content_hash, created_at, updated_at) VALUES (?, ?, 'draft', '', 'x', 'x')",
    );
    insert.run(policyId, 2);
    expect(() => insert.run(policyId, 3)).toThrow(/UNIQUE/);
  });
});

describe('a new draft, the diff and the revision history', () => {
  it('starts a new draft from the latest published version with the same sections and ids; only one at a time', async () => {
    const { core, policyId, v1, workspacePath } = await publishedPolicy();
    const draft = await call(core, 'policyDrafts.start', { policyId });
    expect(draft).toMatchObject({ number: 2, status: 'draft', basedOnVersionId: v1.id, revision: 1 });
    expect(draft.sections).toEqual((await call(core, 'policyVersions.get', { id: v1.id })).sections);
    expect(auditRows(workspacePath, 'policyDrafts.start')).toHaveLength(1);
    expect(await failure(core, 'policyDrafts.start', { policyId })).toMatchObject({ code: 'conflict', path: ['policyId'] });
    // Saving the copy unchanged is no change.
    expect((await call(core, 'policyDrafts.save', { versionId: draft.id, revision: 1, sections: draft.sections })).changed).toBe(false);
  });

  it('diffs any two versions section by section: added, removed, changed (before/after), moved, unchanged', async () => {
    const { core, policyId, v1 } = await publishedPolicy();
    const draft = await call(core, 'policyDrafts.start', { policyId });
    const [intro, purposes, security] = draft.sections;
    const next = [
      purposes!,
      { ...security!, bodyJa: `${security!.bodyJa}また、外国において個人データを取り扱う場合は、外的環境を把握します。` },
      intro!,
      makeSection('cookies', 'cookies', { headingJa: 'Cookieの利用', bodyJa: '当社はCookieを利用します。' }),
    ];
    const saved = await call(core, 'policyDrafts.save', { versionId: draft.id, revision: 1, sections: next });
    const v2 = await call(core, 'policyVersions.publish', {
      versionId: draft.id,
      revision: saved.version.revision,
      effectiveOn: '2026-10-01',
      changeSummaryJa: 'Cookieの利用を追加',
      changeSummaryEn: 'Added cookies',
      acknowledgeWarnings: true,
    });
    const diff = await call(core, 'policyVersions.diff', { fromVersionId: v1.id, toVersionId: v2.id });
    expect(diff.sections.map((s) => [s.sectionId, s.status])).toEqual([
      ['purposes', 'unchanged'],
      ['security', 'changed'],
      ['misc', 'removed'],
      ['intro', 'moved'],
      ['cookies', 'added'],
    ]);
    expect(diff.counts).toEqual({ added: 1, removed: 1, changed: 1, moved: 1, unchanged: 1 });
    const changed = diff.sections.find((s) => s.status === 'changed')!;
    expect(changed).toMatchObject({ changedFields: ['bodyJa'], fromPosition: 2, toPosition: 1, before: { bodyJa: security!.bodyJa } });
    expect(changed.after?.bodyJa).toContain('外的環境');
    expect(diff.sections.find((s) => s.sectionId === 'misc')).toMatchObject({ before: { id: 'misc' }, after: null, toPosition: null });

    const backwards = await call(core, 'policyVersions.diff', { fromVersionId: v2.id, toVersionId: v1.id });
    expect(backwards.counts).toEqual({ added: 1, removed: 1, changed: 1, moved: 1, unchanged: 1 });

    const history = await call(core, 'policies.revisionHistory', { policyId });
    expect(history.entries.map((e) => [e.number, e.event, e.effectiveOn, e.text.ja, e.text.en])).toEqual([
      [1, 'established', '2026-04-01', '2026年4月1日 制定', 'Established April 1, 2026'],
      [2, 'revised', '2026-10-01', '2026年10月1日 改定', 'Revised October 1, 2026'],
    ]);
    expect(history.entries[1]).toMatchObject({ changeSummaryJa: 'Cookieの利用を追加', changeSummaryEn: 'Added cookies' });
  });

  it('refuses to diff versions of two policies, and discards a revision draft but not a first one', async () => {
    const { core, company, policyId, v1, workspacePath } = await publishedPolicy();
    const other = await createWith(core, company.id, proseSections());
    expect(await failure(core, 'policyVersions.diff', { fromVersionId: v1.id, toVersionId: other.current.id })).toMatchObject({ path: ['toVersionId'] });
    expect(await failure(core, 'policyDrafts.discard', { versionId: other.current.id, revision: 1 })).toMatchObject({ code: 'conflict' });
    const draft = await call(core, 'policyDrafts.start', { policyId });
    expect(await call(core, 'policyDrafts.discard', { versionId: draft.id, revision: 1 })).toEqual({ id: draft.id });
    expect(auditRows(workspacePath, 'policyDrafts.discard')).toHaveLength(1);
    expect((await call(core, 'policies.get', { id: policyId })).versions.map((v) => v.status)).toEqual(['published']);
    expect(await failure(core, 'policyDrafts.discard', { versionId: v1.id, revision: v1.revision })).toMatchObject({ code: 'conflict' });
  });
});
