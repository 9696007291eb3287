import { describe, expect, it } from 'vitest';
import { checkPolicy, ruleIds } from '../../../shared/policy/checker';
import { makeSection } from '../../../shared/policy/model';
import { call, failure } from '../core/helpers';
import { createWith, policyCore, proseSections } from './helpers';

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

  it('refuses a version of another policy, both a version and sections, and an unknown policy', async () => {
    const { core, company } = await policyCore();
    const one = await createWith(core, company.id, proseSections());
    const two = await createWith(core, company.id, proseSections());
    expect(await failure(core, 'policies.check', { policyId: one.id, versionId: two.current.id })).toMatchObject({ code: 'not_found', path: ['versionId'] });
    expect(await failure(core, 'policies.check', { policyId: one.id, versionId: one.current.id, sections: [] })).toMatchObject({ path: ['sections'] });
    expect(await failure(core, 'policies.check', { policyId: 999 })).toMatchObject({ code: 'not_found', path: ['policyId'] });
  });
});
