import { describe, expect, it } from 'vitest';
import { codes, company, en, ja, orgDesk, ownDesk, rule, section } from './helpers';

describe('complaint-desk (Art. 32(1)(iv); Cabinet Order Art. 10(ii))', () => {
  it('is met by a linked desk record with a phone number', () => {
    const desk = ja('complaint_desk', '苦情・相談窓口', '苦情は次の窓口で受け付けます。', { deskIds: [ownDesk.id] });
    const result = rule({ sections: [desk], desks: [ownDesk] }, 'complaint-desk');
    expect(result.status).toBe('met');
    expect(result.sectionIds).toEqual([desk.id]);
    expect(result.warnings).toEqual([]);
  });

  it('is met by a desk written out in the text', () => {
    const text = en('custom', 'Complaints', 'Please send complaints to privacy[at]example[dot]com.');
    expect(rule({ sections: [text] }, 'complaint-desk')).toMatchObject({ status: 'met', warnings: [] });
  });

  it('is missing when there is no desk at all', () => {
    const result = rule({ sections: [ja('purposes_of_use', '利用目的', '発送のため')] }, 'complaint-desk');
    expect(result.status).toBe('missing');
  });

  it('does not count the authorized organization’s complaint office as the business’s own desk', () => {
    const org = ja('authorized_organization', '認定個人情報保護団体', '苦情の解決の申出先：個人情報保護苦情相談室 03-5860-7565');
    expect(rule({ sections: [org] }, 'complaint-desk').status).toBe('missing');
  });

  // Was 'met' with a warning: a heading with no phone, e-mail, address or form is missing (appi.md §5).
  it('is missing when the desk has no way to reach it, quoting what it found', () => {
    const unreachable = ja('complaint_desk', '苦情・相談窓口', '苦情は当社の窓口で受け付けます。');
    const result = rule({ sections: [unreachable] }, 'complaint-desk');
    expect(result.status).toBe('missing');
    expect(result.evidence.map((entry) => entry.quote)).toEqual(['苦情・相談窓口', '苦情は当社の窓口で受け付けます。']);
    expect(result.lookedFor?.ja).toContain('電話番号');
  });

  it('warns when a linked desk no longer exists, and the desk is missing', () => {
    const dangling = section('complaint_desk', { headingJa: '窓口', deskIds: [99] });
    const result = rule({ sections: [dangling], desks: [] }, 'complaint-desk');
    expect(result.status).toBe('missing');
    expect(codes(result)).toEqual(['desk-not-found']);
  });
});

describe('authorized-organization (Art. 32(1)(iv); Cabinet Order Art. 10(iii))', () => {
  const named = ja('authorized_organization', '認定個人情報保護団体', '当社は、一般財団法人日本情報経済社会推進協会の対象事業者です。苦情の解決の申出先は次のとおりです。', {
    deskIds: [orgDesk.id],
  });

  it('is met when the organization and its reachable complaint desk are stated', () => {
    const result = rule({ sections: [named], company, desks: [orgDesk] }, 'authorized-organization');
    expect(result.status).toBe('met');
    expect(result.warnings).toEqual([]);
  });

  it('is met from the text alone when there is no company record', () => {
    const text = en('custom', 'Authorized organization', 'Name of the authorized personal information protection organization: JIPDEC\nWhere to file a complaint: 0120-700-779');
    expect(rule({ sections: [text] }, 'authorized-organization').status).toBe('met');
  });

  it('is not applicable for a non-member', () => {
    const result = rule({ sections: [], company: { ...company, authorizedOrgMember: false } }, 'authorized-organization');
    expect(result.status).toBe('na');
    expect(result.warnings).toEqual([]);
  });

  it('is not applicable when there is no record and no mention', () => {
    expect(rule({ sections: [ja('contact', '窓口', 'TEL 03-1234-5678')] }, 'authorized-organization').status).toBe('na');
  });

  // Was 'not applicable': the policy's own words count even when the record says nothing (appi.md §5).
  it('judges from the text when the record says not a member, with a warning about the record', () => {
    const result = rule({ sections: [named], company: { ...company, authorizedOrgMember: false }, desks: [orgDesk] }, 'authorized-organization');
    expect(result.status).toBe('met');
    expect(codes(result)).toEqual(['authorized-org-not-member']);
  });

  it('is missing when a member’s policy does not name its organization', () => {
    const result = rule({ sections: [ja('contact', '窓口', 'TEL 03-1234-5678')], company }, 'authorized-organization');
    expect(result.status).toBe('missing');
  });

  it('is missing when the policy names another organization than the record', () => {
    const other = ja('authorized_organization', '認定個人情報保護団体', '一般社団法人ほかの協会（認定個人情報保護団体）苦情窓口 03-1111-2222');
    expect(rule({ sections: [other], company }, 'authorized-organization').status).toBe('missing');
  });

  it('is missing, with a warning, when the organization is named without its complaint desk', () => {
    const bare = ja('authorized_organization', '認定個人情報保護団体', '当社は、一般財団法人日本情報経済社会推進協会の対象事業者です。');
    const result = rule({ sections: [bare], company }, 'authorized-organization');
    expect(result.status).toBe('missing');
    expect(codes(result)).toEqual(['authorized-org-no-desk']);
  });
});
