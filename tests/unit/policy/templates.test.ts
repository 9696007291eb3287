import { describe, expect, it } from 'vitest';
import { sectionHeadings } from '../../../shared/policy/numbering';
import { checkPolicy } from '../../../shared/policy/checker';
import { unfilledVariables } from '../../../shared/policy/clauses';
import { policyDocument } from '../../../shared/policy/model';
import { buildPolicyFromTemplate, templateIds, templateInfo, type TemplateContext } from '../../../shared/policy/templates';
import { company, orgDesk, ownDesk } from './helpers';

const complete: TemplateContext = {
  company,
  complaintDeskIds: [ownDesk.id],
  serviceNameJa: 'みどりノート',
  serviceNameEn: 'Midori Note',
  requestFeeYen: 1000,
  establishedOn: '2026-04-01',
  effectiveOn: '2026-04-01',
};

const withAbroadAndJointUse: TemplateContext = {
  ...complete,
  crossBorder: [
    {
      countryJa: '米国',
      countryEn: 'United States',
      regimeJa: '連邦レベルの包括的な個人情報保護法はなく、州法等により保護されています。',
      regimeEn: 'There is no comprehensive federal privacy law; state laws and sector rules apply.',
      measuresJa: 'OECDプライバシーガイドラインの8原則に対応する措置を講じています。',
      measuresEn: 'The recipient takes measures corresponding to the eight OECD privacy principles.',
    },
  ],
  jointUse: {
    jointItemsJa: '氏名、住所、電話番号、購入履歴',
    jointItemsEn: 'name, address, telephone number, purchase history',
    jointUsersJa: '当社の連結子会社',
    jointUsersEn: 'our consolidated subsidiaries',
    jointPurposesJa: '製品の保守及びアフターサービスのため',
    jointPurposesEn: 'for product maintenance and after-sales service',
    responsibleNameJa: company.legalNameJa,
    responsibleNameEn: company.legalNameEn,
    responsibleAddressJa: company.addressJa,
    responsibleAddressEn: company.addressEn,
    responsibleRepresentativeJa: '代表取締役 青木 一郎',
    responsibleRepresentativeEn: 'Ichiro Aoki, President',
  },
};

describe.each(templateIds)('template %s', (id) => {
  it.each([
    ['a complete company context', complete],
    ['joint use and provision abroad as well', withAbroadAndJointUse],
  ])('with %s, every rule is met or not applicable, without warnings', (_name, ctx) => {
    const policy = buildPolicyFromTemplate(id, ctx);
    const results = checkPolicy({ sections: policy.sections, company, desks: [ownDesk, orgDesk] });
    for (const result of results) {
      expect(['met', 'na'], `${result.id}: ${result.message.en}`).toContain(result.status);
      expect(result.warnings, result.id).toEqual([]);
    }
    expect(results.filter((result) => result.status === 'met').length).toBeGreaterThanOrEqual(10);
  });

  it('produces a valid policy with every variable filled and unique section ids', () => {
    const policy = buildPolicyFromTemplate(id, withAbroadAndJointUse);
    expect(policyDocument.safeParse(policy).success).toBe(true);
    expect(policy.kind).toBe(templateInfo[id].kind);
    for (const section of policy.sections) {
      expect(unfilledVariables(`${section.bodyJa}\n${section.bodyEn}`), section.id).toEqual([]);
      expect(section.headingJa).not.toBe('');
      expect(section.headingEn).not.toBe('');
    }
    // Templates number automatically: the opening statement is the preamble, then 第1条, 第2条 … without a gap.
    expect(policy.sections.every((section) => section.numbering === 'auto')).toBe(true);
    const numbers = sectionHeadings(policy.sections, 'ja').flatMap((heading) => (heading.number ? [heading.number] : []));
    expect(numbers).toEqual(numbers.map((_, i) => `第${i + 1}条`));
    expect(numbers.length).toBeGreaterThanOrEqual(policy.sections.length - 1);
  });

  it('keeps a missing fact visible in the draft', () => {
    const policy = buildPolicyFromTemplate(id, { ...complete, company: { ...company, addressJa: '', addressEn: '', representativeNameJa: '' } });
    const text = policy.sections.map((section) => `${section.bodyJa}\n${section.bodyEn}`).join('\n');
    expect(unfilledVariables(text)).toContain('companyAddress');
    const identity = checkPolicy({ sections: policy.sections }).find((result) => result.id === 'business-identity');
    expect(identity?.status).toBe('missing');
  });
});

describe('template contents', () => {
  it('links desks, fee and dates as data, not copied text', () => {
    const policy = buildPolicyFromTemplate('b2b_privacymark', complete);
    const desk = policy.sections.find((section) => section.kind === 'complaint_desk');
    const org = policy.sections.find((section) => section.kind === 'authorized_organization');
    const requests = policy.sections.find((section) => section.kind === 'request_procedures');
    expect(desk && 'deskIds' in desk ? desk.deskIds : null).toEqual([ownDesk.id]);
    expect(org && 'deskIds' in org ? org.deskIds : null).toEqual([orgDesk.id]);
    expect(requests?.kind === 'request_procedures' ? requests.feeYen : undefined).toBe(1000);
    expect(policy.sections[0]?.bodyJa).toContain('JIS Q 15001');
    // The representative signs once, in the document's signature; the basic policy has no signature of its own.
    expect(policy.sections[0]?.bodyJa).not.toContain('青木 一郎');
    expect(policy.sections.find((section) => section.kind === 'contact')?.bodyJa).toContain('代表取締役 青木 一郎');
  });

  it('says no fee is charged when there is none, and omits the organization for a non-member', () => {
    const policy = buildPolicyFromTemplate('manufacturer', { ...complete, requestFeeYen: null, company: { ...company, authorizedOrgMember: false } });
    expect(policy.sections.some((section) => section.kind === 'authorized_organization')).toBe(false);
    const requests = policy.sections.find((section) => section.kind === 'request_procedures');
    expect(requests?.bodyJa).toContain('手数料はいただきません');
    const results = checkPolicy({ sections: policy.sections, company: { ...company, authorizedOrgMember: false }, desks: [ownDesk] });
    expect(results.find((result) => result.id === 'request-fee')?.status).toBe('met');
    expect(results.find((result) => result.id === 'authorized-organization')?.status).toBe('na');
  });

  it('lists the external tools of an app with recipient, data and purpose', () => {
    const policy = buildPolicyFromTemplate('saas_app', complete);
    const external = policy.sections.find((section) => section.kind === 'external_transmission');
    expect(external?.kind === 'external_transmission' ? external.transmissions.map((row) => row.tool) : []).toEqual(['Google Analytics', 'Sentry']);
  });
});
