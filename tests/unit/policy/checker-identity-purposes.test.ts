import { describe, expect, it } from 'vitest';
import { codes, company, en, ja, ownDesk, rule, section } from './helpers';

describe('business-identity (Art. 32(1)(i))', () => {
  const identity = ja('contact', 'お問い合わせ', '事業者の名称：株式会社みどり商会\n住所：〒100-0005 東京都千代田区丸の内1-1-1\n代表者：代表取締役 青木 一郎');

  it('is met when the record’s name, address and representative appear', () => {
    const result = rule({ sections: [identity], company }, 'business-identity');
    expect(result.status).toBe('met');
    expect(result.sectionIds).toEqual([identity.id]);
    expect(result.warnings).toEqual([]);
    expect(result.citation.article).toBe('APPI Art. 32(1)(i)');
  });

  it('is met from text cues when there is no company record (spaces and widths ignored)', () => {
    const text = en('contact', 'Contact', 'Aozora Systems Inc.\n〒１０６−００３２ 3-1-1 Roppongi, Minato-ku, Tokyo\nTaro Sato, President & CEO');
    expect(rule({ sections: [text] }, 'business-identity').status).toBe('met');
  });

  it('counts the address of a linked desk', () => {
    const desk = ja('complaint_desk', '苦情・相談窓口', '株式会社みどり商会 代表取締役 青木 一郎', { deskIds: [ownDesk.id] });
    expect(rule({ sections: [desk], company, desks: [ownDesk] }, 'business-identity').status).toBe('met');
  });

  it('is missing, naming what is missing, when only the name is given', () => {
    const result = rule({ sections: [ja('basic_policy_statement', '基本方針', '株式会社みどり商会は、個人情報を適切に取り扱います。')], company }, 'business-identity');
    expect(result.status).toBe('missing');
    expect(result.message.ja).toContain('住所');
    expect(result.message.ja).toContain('代表者の氏名');
    expect(result.message.en).toContain('the address');
  });

  it('does not take the authorized organization’s address for the business’s', () => {
    const org = ja('authorized_organization', '認定個人情報保護団体', '一般財団法人日本情報経済社会推進協会\n〒106-0032 東京都港区六本木1-9-9');
    const own = ja('basic_policy_statement', '方針', '株式会社みどり商会 代表取締役 青木 一郎');
    const result = rule({ sections: [own, org] }, 'business-identity');
    expect(result.status).toBe('missing');
    expect(result.message.en).toContain('the address');
  });

  it('does not ask a sole proprietor for a representative', () => {
    const sole = { legalNameJa: 'みどり写真館', addressJa: '長野県松本市中央1-2-3', isCorporation: false };
    const text = ja('contact', '連絡先', 'みどり写真館\n長野県松本市中央1-2-3');
    expect(rule({ sections: [text], company: sole }, 'business-identity').status).toBe('met');
  });

  it('warns when the policy names the business or its representative differently from the record', () => {
    const other = ja('contact', 'お問い合わせ', '株式会社あおば商会\n〒100-0005 東京都千代田区丸の内1-1-1\n代表取締役 赤井 二郎');
    const result = rule({ sections: [other], company }, 'business-identity');
    expect(result.status).toBe('met');
    expect(codes(result)).toEqual(['identity-name-differs', 'identity-representative-differs']);
  });

  it('warns when the policy’s address differs from the record', () => {
    const moved = ja('contact', 'お問い合わせ', '株式会社みどり商会\n〒530-0001 大阪府大阪市北区梅田1-1-1\n代表取締役 青木 一郎');
    const result = rule({ sections: [moved], company }, 'business-identity');
    expect(result.status).toBe('met');
    expect(codes(result)).toEqual(['identity-address-differs']);
  });
});

describe('purposes (Art. 17(1), 21, 32(1)(ii))', () => {
  it('is met by structured rows', () => {
    const rows = [{ category: 'customers' as const, purposeJa: '商品の発送のため', purposeEn: 'To ship orders' }];
    const result = rule({ sections: [section('purposes_of_use', { rows })] }, 'purposes');
    expect(result.status).toBe('met');
    expect(result.warnings).toEqual([]);
  });

  it('is met by prose under a purposes heading in either language', () => {
    expect(rule({ sections: [ja('purposes_of_use', '利用目的', '・お問い合わせへの回答のため')] }, 'purposes').status).toBe('met');
    expect(rule({ sections: [en('custom', 'How we use your information', 'To answer your questions.')] }, 'purposes').status).toBe('met');
    expect(rule({ sections: [en('custom', 'Information', 'We use personal information for the following purposes: to ship orders.')] }, 'purposes').status).toBe('met');
  });

  it('is missing when no purposes are stated', () => {
    const result = rule({ sections: [ja('security_measures', '安全管理', '暗号化します。')] }, 'purposes');
    expect(result.status).toBe('missing');
    expect(result.sectionIds).toEqual([]);
  });

  it('is missing when the purposes heading has nothing under it', () => {
    const empty = ja('purposes_of_use', '利用目的', '');
    const result = rule({ sections: [empty] }, 'purposes');
    expect(result.status).toBe('missing');
    expect(result.sectionIds).toEqual([empty.id]);
  });

  it.each([
    ['ja prose', ja('purposes_of_use', '利用目的', '当社は、取得した個人情報を当社の事業活動のために利用します。')],
    ['en prose', en('purposes_of_use', 'Purposes of Use', 'We use personal information for business purposes.')],
    ['a structured row', section('purposes_of_use', { rows: [{ category: null, purposeJa: '事業活動のため', purposeEn: '' }] })],
  ])('warns when the purposes are as vague as "business activities" (%s)', (_name, vague) => {
    const result = rule({ sections: [vague] }, 'purposes');
    expect(result.status).toBe('met');
    expect(codes(result)).toEqual(['purposes-vague']);
    expect(result.warnings[0]?.sectionId).toBe(vague.id);
  });

  it('does not warn when a vague phrase comes with concrete purposes', () => {
    const body = '当社は、事業活動に必要な範囲で、次の目的で個人情報を利用します。\n・商品の発送のため\n・お問い合わせへの回答のため';
    expect(codes(rule({ sections: [ja('purposes_of_use', '利用目的', body)] }, 'purposes'))).toEqual([]);
  });
});
