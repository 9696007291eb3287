import { describe, expect, it } from 'vitest';
import { policySection, makeSection, type PolicySection } from '../../../shared/policy/model';
import { sectionKinds } from '../../../shared/policy/vocabulary';
import { sectionHash } from '../../../main/core/policies/hash';
import { call, failure } from '../core/helpers';
import { auditCount, auditRows, createWith, policyCore, proseSections, raw } from './helpers';

/** A section of every kind with every structured field filled, to see each one go through the tables and back. */
function everyKind(deskId: number): PolicySection[] {
  return sectionKinds.map((kind) => {
    const base = { headingJa: `見出し ${kind}`, headingEn: `Heading ${kind}`, bodyJa: `本文 ${kind}`, bodyEn: `Text ${kind}` };
    switch (kind) {
      case 'purposes_of_use':
        return makeSection(kind, kind, { ...base, rows: [{ category: null, purposeJa: '全般', purposeEn: 'general' }, { category: 'employees', purposeJa: '人事', purposeEn: 'HR' }] });
      case 'joint_use':
        return makeSection(kind, kind, {
          ...base,
          jointItemsJa: '氏名', jointItemsEn: 'name', jointUsersJa: '子会社', jointUsersEn: 'subsidiaries', jointPurposesJa: '保守', jointPurposesEn: 'maintenance',
          responsibleNameJa: '株式会社サンプル', responsibleNameEn: 'Sample K.K.', responsibleAddressJa: '東京都', responsibleAddressEn: 'Tokyo',
          responsibleRepresentativeJa: '代表取締役 山田', responsibleRepresentativeEn: 'Yamada, President',
        });
      case 'cross_border':
        return makeSection(kind, kind, { ...base, destinations: [{ countryJa: '米国', countryEn: 'United States', regimeJa: '州法', regimeEn: 'state laws', measuresJa: 'OECD', measuresEn: 'OECD' }] });
      case 'external_transmission':
        return makeSection(kind, kind, {
          ...base,
          transmissions: [{ tool: 'Sentry', recipient: 'Functional Software, Inc.', dataSentJa: 'エラー', dataSentEn: 'errors', purposeJa: '分析', purposeEn: 'analysis', optOutUrl: 'https://example.com/opt-out' }],
        });
      case 'request_procedures':
        return makeSection(kind, kind, { ...base, requestKinds: ['disclosure', 'correction'], methodJa: '郵送', methodEn: 'post', identityDocumentsJa: '免許証', identityDocumentsEn: 'licence', feeYen: 1000 });
      case 'complaint_desk':
      case 'authorized_organization':
      case 'contact':
        return makeSection(kind, kind, { ...base, deskIds: [deskId] });
      case 'revisions':
        return makeSection(kind, kind, { ...base, establishedOn: '2020-04-01', effectiveOn: '2024-04-01', revisedOn: ['2022-04-01', ''] });
      default:
        return makeSection(kind, kind, base);
    }
  });
}

async function draftOf(sections: PolicySection[]) {
  const made = await policyCore();
  const created = await createWith(made.core, made.company.id, sections);
  return { ...made, policyId: created.id, draft: created.current };
}

describe('policyDrafts.save', () => {
  it('stores every kind with its structured data and reads it back as saved (and as the schema parses it)', async () => {
    const { core, desk, policyId, draft } = await draftOf([]);
    const sections = everyKind(desk.id);
    const saved = await call(core, 'policyDrafts.save', { versionId: draft.id, revision: 1, sections });
    expect(saved).toMatchObject({ changed: true, version: { revision: 2, sectionCount: sectionKinds.length } });
    const back = (await call(core, 'policies.get', { id: policyId })).current.sections;
    expect(back).toEqual(sections);
    // Read-back is a fixed point of the schema, so the editor re-sending it is no change.
    for (const section of back) expect(sectionHash(policySection.parse(section))).toBe(sectionHash(section));
  });

  it('is idempotent: an unchanged save writes nothing and leaves no audit row, even with a stale revision', async () => {
    const { core, draft, workspacePath } = await draftOf(proseSections());
    const before = auditCount(workspacePath);
    const again = await call(core, 'policyDrafts.save', { versionId: draft.id, revision: 1, sections: proseSections() });
    expect(again).toMatchObject({ changed: false, version: { revision: 1 } });
    expect(auditCount(workspacePath)).toBe(before);

    const edited = proseSections().map((s) => (s.id === 'misc' ? { ...s, bodyJa: `${s.bodyJa}（追記）` } : s));
    await call(core, 'policyDrafts.save', { versionId: draft.id, revision: 1, sections: edited });
    expect(auditCount(workspacePath)).toBe(before + 1);
    // A retry of the same save (its answer lost) is not a conflict and writes nothing more.
    expect(await call(core, 'policyDrafts.save', { versionId: draft.id, revision: 1, sections: edited })).toMatchObject({ changed: false, version: { revision: 2 } });
    expect(auditCount(workspacePath)).toBe(before + 1);
  });

  it('refuses a different text saved on a stale revision (optimistic concurrency)', async () => {
    const { core, draft, workspacePath } = await draftOf(proseSections());
    await call(core, 'policyDrafts.save', { versionId: draft.id, revision: 1, sections: proseSections().slice(1) });
    const before = auditCount(workspacePath);
    expect(await failure(core, 'policyDrafts.save', { versionId: draft.id, revision: 1, sections: proseSections().slice(2) })).toMatchObject({
      code: 'conflict',
      path: ['revision'],
    });
    expect(auditCount(workspacePath)).toBe(before);
  });

  it('rewrites only the sections that changed, moves the others, and audits just those', async () => {
    const { core, draft, workspacePath } = await draftOf(proseSections());
    const db = raw(workspacePath);
    const refs = () => Object.fromEntries(db.prepare('SELECT section_id, id FROM policy_sections ORDER BY position').all().map((r) => {
      const row = r as { section_id: string; id: number };
      return [row.section_id, row.id];
    }));
    const original = refs();
    const [intro, purposes, security] = proseSections() as [PolicySection, PolicySection, PolicySection];
    const next = [purposes, intro, { ...security, headingJa: '安全管理のために講じた措置' }, makeSection('cookies', 'cookies', { headingJa: 'Cookie' })];
    const saved = await call(core, 'policyDrafts.save', { versionId: draft.id, revision: 1, sections: next });
    expect(saved.changed).toBe(true);
    const after = refs();
    expect(Object.keys(after)).toEqual(['purposes', 'intro', 'security', 'cookies']);
    expect(after.purposes).toBe(original.purposes);
    expect(after.intro).toBe(original.intro);
    expect(db.prepare("SELECT heading_ja FROM policy_sections WHERE section_id = 'security'").pluck().get()).toBe('安全管理のために講じた措置');

    const [row] = auditRows(workspacePath, 'policyDrafts.save');
    expect(row).toMatchObject({ entity: 'policy_version', entity_id: draft.id });
    const audit = row!.after as { added: string[]; removed: string[]; changed: string[]; moved: string[]; sections: { id: string }[]; order: string[] };
    expect(audit).toMatchObject({ added: ['cookies'], removed: ['misc'], changed: ['security'], order: ['purposes', 'intro', 'security', 'cookies'] });
    expect(audit.moved).toEqual(expect.arrayContaining(['purposes', 'intro']));
    expect(audit.sections.map((s) => s.id).sort()).toEqual(['cookies', 'security']);
    expect((row!.before as { sections: { id: string }[] }).sections.map((s) => s.id).sort()).toEqual(['misc', 'security']);
    // The index follows: the removed section's text is gone, the new heading is found.
    expect((await call(core, 'policies.search', { query: '定めのない事項' })).total).toBe(0);
    expect((await call(core, 'policies.search', { query: '安全管理のために' })).total).toBe(1);
  });

  it('refuses a link to a desk that does not exist, naming the field, and writes nothing', async () => {
    const { core, draft, workspacePath } = await draftOf(proseSections());
    const before = auditCount(workspacePath);
    const sections = [...proseSections(), makeSection('complaint_desk', 'desk', { deskIds: [424242] })];
    expect(await failure(core, 'policyDrafts.save', { versionId: draft.id, revision: 1, sections })).toMatchObject({
      code: 'validation',
      path: ['sections', 4, 'deskIds', 0],
    });
    expect(auditCount(workspacePath)).toBe(before);
  });

  it('keeps a desk that a policy links (the schema restricts its deletion)', async () => {
    const { core, desk } = await draftOf([]);
    const policy = await call(core, 'policies.create', { companyId: desk.companyId, sections: [makeSection('complaint_desk', 'desk', { deskIds: [desk.id] })] });
    expect(policy.current.sections).toHaveLength(1);
    expect(await failure(core, 'desks.delete', { id: desk.id, revision: desk.revision })).toMatchObject({ code: 'conflict' });
  });
});
