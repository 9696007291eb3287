import { describe, expect, it } from 'vitest';
import { headingTitle } from '../../../shared/policy/article-heading';
import { sectionHeadings } from '../../../shared/policy/numbering';
import { personCategoryLabels, policyKindLabels, requestKindLabels, sectionKindLabels } from '../../../shared/policy/labels';
import { makeSection, policyDocument, policySection, type PolicySection } from '../../../shared/policy/model';
import { personCategories, policyKinds, requestKinds, sectionKinds } from '../../../shared/policy/vocabulary';

describe('policy model', () => {
  it('makes a valid default section of every kind', () => {
    for (const kind of sectionKinds) {
      const made = makeSection(kind, `id-${kind}`);
      expect(made.kind).toBe(kind);
      expect(made.bodyJa).toBe('');
      expect(policySection.safeParse(made).success).toBe(true);
    }
  });

  it('carries the structured data of each structured kind', () => {
    expect(makeSection('purposes_of_use', 'p').rows).toEqual([]);
    expect(makeSection('request_procedures', 'r').feeYen).toBeNull();
    expect(makeSection('complaint_desk', 'c').deskIds).toEqual([]);
    expect(makeSection('external_transmission', 'e').transmissions).toEqual([]);
    expect(makeSection('joint_use', 'j').responsibleAddressJa).toBe('');
    expect(makeSection('cross_border', 'x').destinations).toEqual([]);
    expect(makeSection('revisions', 'v').effectiveOn).toBe('');
  });

  it('rejects data of another kind, unknown fields and bad values', () => {
    expect(policySection.safeParse({ id: 'a', kind: 'definitions', rows: [] }).success).toBe(false);
    expect(policySection.safeParse({ id: 'a', kind: 'nonsense' }).success).toBe(false);
    expect(policySection.safeParse({ id: 'a', kind: 'request_procedures', feeYen: -1 }).success).toBe(false);
    expect(policySection.safeParse({ id: 'a', kind: 'request_procedures', feeYen: 1.5 }).success).toBe(false);
    expect(policySection.safeParse({ id: 'a', kind: 'revisions', effectiveOn: '2026-02-30' }).success).toBe(false);
    expect(policySection.safeParse({ id: 'a', kind: 'complaint_desk', deskIds: [0] }).success).toBe(false);
    expect(policySection.safeParse({ id: '', kind: 'custom' }).success).toBe(false);
  });

  it('accepts a fee of zero yen and person categories on purpose rows', () => {
    expect(policySection.parse({ id: 'a', kind: 'request_procedures', feeYen: 0 })).toMatchObject({ feeYen: 0 });
    const rows = personCategories.map((category) => ({ category, purposeJa: '回答のため' }));
    expect(policySection.parse({ id: 'p', kind: 'purposes_of_use', rows }).kind).toBe('purposes_of_use');
  });

  it('refuses two sections with one id in a policy', () => {
    const sections = [makeSection('custom', 'same'), makeSection('contact', 'same')];
    const parsed = policyDocument.safeParse({ kind: 'privacy_policy', sections });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['sections', 1, 'id']);
  });

  it('labels every vocabulary word in both languages', () => {
    for (const table of [sectionKindLabels, policyKindLabels, personCategoryLabels, requestKindLabels] as Record<string, { ja: string; en: string }>[]) {
      for (const label of Object.values(table)) {
        expect(label.ja).not.toBe('');
        expect(label.en).not.toBe('');
      }
    }
    expect(Object.keys(sectionKindLabels).sort()).toEqual([...sectionKinds].sort());
    expect(Object.keys(policyKindLabels).sort()).toEqual([...policyKinds].sort());
    expect(Object.keys(requestKindLabels).sort()).toEqual([...requestKinds].sort());
  });
});

describe('article headings', () => {
  const purposes = makeSection('purposes_of_use', 'p');
  const third = makeSection('third_party_provision', 't');
  // The heading of section `index` when it follows `index` auto-numbered articles.
  const articleHeading = (index: number, section: PolicySection, lang: 'ja' | 'en') =>
    sectionHeadings([...Array.from({ length: index }, (_, i) => makeSection('custom', `c${i}`, { headingJa: '第0条' })), section], lang)[index]!.text;

  it('numbers from 1 with Arabic digits, titled by the kind label', () => {
    expect(articleHeading(0, purposes, 'ja')).toBe('第1条（利用目的）');
    expect(articleHeading(0, purposes, 'en')).toBe('Article 1 (Purposes of Use)');
    expect(articleHeading(11, third, 'ja')).toBe('第12条（第三者提供）');
  });

  it("uses the section's own heading, without the numbering it was imported with", () => {
    const imported = { ...purposes, headingJa: '第3条（個人情報を収集・利用する目的）', headingEn: '2. Purpose of using personal information' };
    expect(articleHeading(4, imported, 'ja')).toBe('第5条（個人情報を収集・利用する目的）');
    expect(articleHeading(4, imported, 'en')).toBe('Article 5 (Purpose of using personal information)');
  });

  it('strips every common numbering style', () => {
    expect(headingTitle('第１０条（お問い合わせ窓口）')).toBe('お問い合わせ窓口');
    expect(headingTitle('（2）保有個人データに関する事項の周知')).toBe('保有個人データに関する事項の周知');
    expect(headingTitle('①利用目的')).toBe('利用目的');
    expect(headingTitle('Article 3. Security')).toBe('Security');
    expect(headingTitle('## 4. Cookies')).toBe('Cookies');
    expect(headingTitle('【認定個人情報保護団体】')).toBe('認定個人情報保護団体');
    expect(headingTitle('Use of (third-party) tools')).toBe('Use of (third-party) tools');
  });

  it('falls back to the label when the heading is only a number', () => {
    expect(articleHeading(0, { ...purposes, headingJa: '第1条' }, 'ja')).toBe('第1条（利用目的）');
  });
});
