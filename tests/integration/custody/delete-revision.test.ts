import { describe, expect, it } from 'vitest';
import { call, failure, sampleCompany, sampleDesk } from '../core/helpers';
import { cardLeak, incidentCore } from '../incidents/helpers';
import { auditCount, createWith, policyCore, proseSections } from '../policies/helpers';

/**
 * Deletes carry the revision the tab read, like updates: a stale tab must not delete a record another tab changed
 * since (the user deleting would never have seen the change). Refused as a conflict on `revision`, nothing written.
 */
describe('a delete with a stale revision is refused and deletes nothing', () => {
  it('companies and desks', async () => {
    const { core, workspacePath } = await policyCore();
    const company = await call(core, 'companies.create', sampleCompany({ legalNameJa: '株式会社けす' }));
    const desk = await call(core, 'desks.create', sampleDesk(company.id));
    // Another tab edits both.
    await call(core, 'desks.update', { ...sampleDesk(company.id, { nameJa: '別タブの編集' }), id: desk.id, revision: desk.revision });
    await call(core, 'companies.update', { ...sampleCompany({ legalNameJa: '株式会社けす（変更）' }), id: company.id, revision: company.revision });
    const before = auditCount(workspacePath);

    expect(await failure(core, 'desks.delete', { id: desk.id, revision: desk.revision })).toMatchObject({ code: 'conflict', path: ['revision'] });
    expect(await call(core, 'desks.get', { id: desk.id })).toMatchObject({ nameJa: '別タブの編集' });
    expect(await failure(core, 'companies.delete', { id: company.id, revision: company.revision })).toMatchObject({ code: 'conflict', path: ['revision'] });
    expect(auditCount(workspacePath)).toBe(before);

    // With the revision now shown, the delete goes through.
    const current = await call(core, 'desks.get', { id: desk.id });
    expect(await call(core, 'desks.delete', { id: desk.id, revision: current.revision })).toEqual({ id: desk.id });
  });

  it('policies', async () => {
    const { core, company, workspacePath } = await policyCore();
    const policy = await createWith(core, company.id, proseSections());
    await call(core, 'policies.update', { id: policy.id, revision: policy.revision, policyKind: 'privacy_policy', titleJa: '別タブの表題', titleEn: '' });
    const before = auditCount(workspacePath);
    expect(await failure(core, 'policies.delete', { id: policy.id, revision: policy.revision })).toMatchObject({ code: 'conflict', path: ['revision'] });
    expect(await call(core, 'policies.get', { id: policy.id })).toMatchObject({ titleJa: '別タブの表題' });
    expect(auditCount(workspacePath)).toBe(before);
  });

  it('incidents', async () => {
    const { core, company } = await incidentCore();
    const incident = await call(core, 'incidents.create', cardLeak(company.id));
    await call(core, 'incidents.update', { ...cardLeak(company.id, { title: '別タブで更新' }), id: incident.id, revision: incident.revision });
    expect(await failure(core, 'incidents.delete', { id: incident.id, revision: incident.revision })).toMatchObject({ code: 'conflict', path: ['revision'] });
    expect(await call(core, 'incidents.get', { id: incident.id })).toMatchObject({ title: '別タブで更新' });
  });

  it('refuses a delete without a revision, naming the field', async () => {
    const { core } = await policyCore();
    const company = await call(core, 'companies.create', sampleCompany({ legalNameJa: '株式会社のこる' }));
    expect(await failure(core, 'companies.delete', { id: company.id })).toMatchObject({ code: 'validation', path: ['revision'] });
  });
});
