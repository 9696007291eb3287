import { describe, expect, it } from 'vitest';
import { buildPolicyFromTemplate, templateIds, templateInfo } from '../../../shared/policy/templates';
import { makeSection } from '../../../shared/policy/model';
import { call, failure } from '../core/helpers';
import { auditCount, auditRows, createWith, policyCore, proseSections, publishDraft, raw } from './helpers';

describe('policies.create from each template', () => {
  it.each(templateIds)('%s: the template filled from the company record and its own desks, as a draft', async (templateId) => {
    const { core, company, desk, orgDesk, workspacePath } = await policyCore();
    const before = auditCount(workspacePath);
    const detail = await call(core, 'policies.create', { companyId: company.id, templateId, requestFeeYen: 1000, effectiveOn: '2026-04-01' });

    const expected = buildPolicyFromTemplate(templateId, {
      company,
      complaintDeskIds: [desk.id],
      requestFeeYen: 1000,
      serviceNameJa: '',
      serviceNameEn: '',
      establishedOn: '',
      effectiveOn: '2026-04-01',
    });
    expect(detail).toMatchObject({ companyId: company.id, kind: templateInfo[templateId].kind, titleJa: templateInfo[templateId].title.ja });
    expect(detail.current).toMatchObject({ number: 1, status: 'draft', revision: 1, sectionCount: expected.sections.length });
    expect(detail.current.sections).toEqual(expected.sections);
    expect(detail.versions.map((v) => v.status)).toEqual(['draft']);
    expect(detail.draftVersionId).toBe(detail.current.id);

    // The company's desk and its authorized organization's desk are linked by id, not copied.
    const desks = detail.current.sections.flatMap((s) => ('deskIds' in s ? s.deskIds : []));
    expect(desks).toContain(desk.id);
    expect(desks).toContain(orgDesk.id);
    expect(JSON.stringify(detail.current.sections)).toContain(company.legalNameJa);

    // One write, one audit row holding the policy and its draft.
    expect(auditCount(workspacePath)).toBe(before + 1);
    const [row] = auditRows(workspacePath, 'policies.create');
    expect(row).toMatchObject({ entity: 'policy', entity_id: detail.id, before: null });
    expect((row!.after as { draft: { sections: unknown[] } }).draft.sections).toHaveLength(expected.sections.length);

    // Read back it is the same.
    expect(await call(core, 'policies.get', { id: detail.id })).toEqual(detail);
  });

  it('creates an empty draft, or one from given sections', async () => {
    const { core, company } = await policyCore();
    const empty = await call(core, 'policies.create', { companyId: company.id, policyKind: 'basic_policy' });
    expect(empty).toMatchObject({ kind: 'basic_policy', titleJa: '個人情報保護方針', current: { sections: [], sectionCount: 0 } });
    const given = await createWith(core, company.id, proseSections());
    expect(given.current.sections).toEqual(proseSections());
  });

  it('refuses a missing company, a template together with sections, a duplicate section id and a link to no desk', async () => {
    const { core, company, workspacePath } = await policyCore();
    const before = auditCount(workspacePath);
    expect(await failure(core, 'policies.create', { companyId: 999 })).toMatchObject({ code: 'validation', path: ['companyId'] });
    expect(
      await failure(core, 'policies.create', { companyId: company.id, templateId: 'saas_app', sections: proseSections() }),
    ).toMatchObject({ code: 'validation', path: ['sections'] });
    const twice = [...proseSections(), makeSection('custom', 'intro')];
    const duplicate = await failure(core, 'policies.create', { companyId: company.id, sections: twice });
    expect(duplicate).toMatchObject({ code: 'validation', path: ['sections', 4, 'id'] });
    expect(duplicate.message.ja).toContain('ID');
    const dangling = [makeSection('complaint_desk', 'desk', { deskIds: [9999] })];
    expect(await failure(core, 'policies.create', { companyId: company.id, sections: dangling })).toMatchObject({
      code: 'validation',
      path: ['sections', 0, 'deskIds', 0],
    });
    expect(await failure(core, 'policies.create', { companyId: company.id, templateId: 'nope' })).toMatchObject({ path: ['templateId'] });
    expect(auditCount(workspacePath)).toBe(before);
  });
});

describe('policies.update, policies.list, policies.delete', () => {
  it('changes the title with optimistic concurrency; an unchanged update writes nothing', async () => {
    const { core, company, workspacePath } = await policyCore();
    const created = await createWith(core, company.id, proseSections());
    const updated = await call(core, 'policies.update', { id: created.id, revision: 1, policyKind: 'combined', titleJa: '個人情報の取扱いについて', titleEn: 'Handling' });
    expect(updated).toMatchObject({ revision: 2, kind: 'combined', titleJa: '個人情報の取扱いについて' });
    const before = auditCount(workspacePath);
    await call(core, 'policies.update', { id: created.id, revision: 2, policyKind: 'combined', titleJa: '個人情報の取扱いについて', titleEn: 'Handling' });
    expect(auditCount(workspacePath)).toBe(before);
    expect(await failure(core, 'policies.update', { id: created.id, revision: 1, policyKind: 'combined', titleJa: 'x', titleEn: '' })).toMatchObject({
      code: 'conflict',
      path: ['revision'],
    });
  });

  it('lists by company and title text', async () => {
    const { core, company } = await policyCore();
    const other = await call(core, 'companies.create', { legalNameJa: '株式会社べつ' });
    await call(core, 'policies.create', { companyId: company.id, templateId: 'saas_app' });
    await call(core, 'policies.create', { companyId: other.id, titleJa: '外部送信について', policyKind: 'external_transmission_notice' });
    expect((await call(core, 'policies.list', {})).total).toBe(2);
    const mine = await call(core, 'policies.list', { companyId: company.id });
    expect(mine.items.map((p) => p.titleJa)).toEqual(['プライバシーポリシー']);
    expect(mine.items[0]).toMatchObject({ companyName: company.legalNameJa, latestPublished: null, versionCount: 1 });
    expect((await call(core, 'policies.list', { query: '外部送信' })).items.map((p) => p.companyId)).toEqual([other.id]);
  });

  it('deletes a policy with only a draft, but not one with a published version', async () => {
    const { core, company, workspacePath } = await policyCore();
    const draftOnly = await createWith(core, company.id, proseSections());
    expect(await call(core, 'policies.delete', { id: draftOnly.id, revision: draftOnly.revision })).toEqual({ id: draftOnly.id });
    expect(await failure(core, 'policies.get', { id: draftOnly.id })).toMatchObject({ code: 'not_found' });
    // Its sections, their rows and their search entries went with it.
    const db = raw(workspacePath);
    for (const table of ['policy_versions', 'policy_sections', 'policy_purposes', 'policy_sections_fts']) {
      expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
    }

    const published = await createWith(core, company.id, proseSections());
    await publishDraft(core, published.id, '2026-04-01');
    const before = auditCount(workspacePath);
    expect(await failure(core, 'policies.delete', { id: published.id, revision: (await call(core, 'policies.get', { id: published.id })).revision })).toMatchObject({ code: 'conflict', path: ['id'] });
    expect(auditCount(workspacePath)).toBe(before);
  });

  it('keeps a company that has a policy (the schema restricts its deletion)', async () => {
    const { core, workspacePath } = await policyCore();
    const lone = await call(core, 'companies.create', { legalNameJa: '株式会社ひとり' });
    await createWith(core, lone.id, proseSections());
    const before = auditCount(workspacePath);
    expect(await failure(core, 'companies.delete', { id: lone.id, revision: lone.revision })).toMatchObject({ code: 'conflict' });
    expect(auditCount(workspacePath)).toBe(before);
  });
});
