import { describe, expect, it } from 'vitest';
import { checkPolicy, ruleIds } from '../../../shared/policy/checker';
import { makeSection } from '../../../shared/policy/model';
import { call, failure } from '../core/helpers';
import { createWith, draftAddingPurpose, policyCore, proseSections } from './helpers';

describe('policies.check', () => {
  it('checks the draft with the company record and the linked desks as context: the same results as shared/policy', async () => {
    const { core, company, desk, orgDesk } = await policyCore();
    const created = await call(core, 'policies.create', { companyId: company.id, templateId: 'manufacturer', requestFeeYen: 1000, effectiveOn: '2026-04-01' });
    const result = await call(core, 'policies.check', { policyId: created.id });
    expect(result.versionId).toBe(created.current.id);
    expect(result.rules.map((rule) => rule.id)).toEqual([...ruleIds]);
    const expected = checkPolicy({ sections: created.current.sections, company, desks: [desk, orgDesk] });
    expect(result.rules).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(result.rules.find((rule) => rule.id === 'complaint-desk')).toMatchObject({ status: 'met' });
    expect(result.summary).toMatchObject({ total: ruleIds.length, missing: 0 });
    expect(result.facts.externalTools).toMatchObject({ inferred: true });
  });

  it('checks unsaved sections (the editor as the user types) and turns a rule green once its section is added', async () => {
    const { core, company, desk } = await policyCore();
    const created = await createWith(core, company.id, proseSections());
    const before = await call(core, 'policies.check', { policyId: created.id, sections: proseSections() });
    expect(before.versionId).toBeNull();
    expect(before.rules.find((rule) => rule.id === 'complaint-desk')?.status).toBe('missing');
    const withDesk = [...proseSections(), makeSection('complaint_desk', 'desk', { headingJa: '苦情・相談窓口', deskIds: [desk.id] })];
    const after = await call(core, 'policies.check', { policyId: created.id, sections: withDesk });
    expect(after.rules.find((rule) => rule.id === 'complaint-desk')).toMatchObject({ status: 'met', sectionIds: ['desk'] });
  });

  it('blocks publishing only for missing required matters: revisions and third-party provision never block', async () => {
    const { core, company } = await policyCore();
    const created = await call(core, 'policies.create', { companyId: company.id, templateId: 'manufacturer', requestFeeYen: 1000, effectiveOn: '2026-04-01' });
    const recommendedOnly = created.current.sections.filter((section) => section.kind !== 'revisions' && section.kind !== 'third_party_provision');
    const check = await call(core, 'policies.check', { policyId: created.id, sections: recommendedOnly });
    const missing = check.rules.filter((rule) => rule.status === 'missing');
    expect(missing.length).toBeGreaterThan(0);
    expect(missing.every((rule) => rule.level === 'recommended')).toBe(true);
    expect(check.summary.blocking).toBe(0);
    const saved = await call(core, 'policyDrafts.save', { versionId: created.current.id, revision: created.current.revision, sections: recommendedOnly });
    const published = await call(core, 'policyVersions.publish', { versionId: created.current.id, revision: saved.version.revision, effectiveOn: '2026-04-01' });
    expect(published.status).toBe('published');

    // A required matter missing (no purposes of use) asks for the acknowledgement, naming only that rule.
    const other = await call(core, 'policies.create', { companyId: company.id, templateId: 'manufacturer', requestFeeYen: 1000, effectiveOn: '2026-04-01' });
    const withoutPurposes = other.current.sections.filter((section) => section.kind !== 'purposes_of_use' && section.kind !== 'revisions');
    const draft = await call(core, 'policyDrafts.save', { versionId: other.current.id, revision: other.current.revision, sections: withoutPurposes });
    const refused = await failure(core, 'policyVersions.publish', { versionId: other.current.id, revision: draft.version.revision, effectiveOn: '2026-04-01' });
    expect(refused).toMatchObject({ code: 'validation', path: ['acknowledgeWarnings'] });
    const issues = refused.issues!.slice(1).map((issue) => issue.message.ja).join('\n');
    expect(refused.issues).toHaveLength(2);
    expect(issues).toContain('第32条第1項第2号');
    expect(issues).not.toContain('実務上の推奨');
  });

  it('compares the draft’s purposes with the version in force (Art. 21(3))', async () => {
    const { core, company } = await policyCore();
    const { created, draft, changed } = await draftAddingPurpose(core, company.id);
    const result = await call(core, 'policies.check', { policyId: created.id, sections: changed });
    expect(result.facts.purposesChanged).toEqual({ value: true, inferred: true });
    expect(result.rules.find((rule) => rule.id === 'changed-purposes')).toMatchObject({ status: 'missing', level: 'required' });
    const unchanged = await call(core, 'policies.check', { policyId: created.id, sections: draft.sections });
    expect(unchanged.rules.find((rule) => rule.id === 'changed-purposes')?.status).toBe('na');
  });

  it('refuses a version of another policy, both a version and sections, and an unknown policy', async () => {
    const { core, company } = await policyCore();
    const one = await createWith(core, company.id, proseSections());
    const two = await createWith(core, company.id, proseSections());
    expect(await failure(core, 'policies.check', { policyId: one.id, versionId: two.current.id })).toMatchObject({ code: 'not_found', path: ['versionId'] });
    expect(await failure(core, 'policies.check', { policyId: one.id, versionId: one.current.id, sections: [] })).toMatchObject({ path: ['sections'] });
    expect(await failure(core, 'policies.check', { policyId: 999 })).toMatchObject({ code: 'not_found', path: ['policyId'] });
  });
});
