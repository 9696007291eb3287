import { describe, expect, it } from 'vitest';
import { clauseById } from '../../../shared/policy/clauses';
import { codes, en, ja, rule, section } from './helpers';

const fullRequests =
  '本人は、当社の保有個人データの利用目的の通知、開示、第三者提供記録の開示、訂正・追加・削除、利用停止・消去及び第三者提供の停止を請求できます。請求は下記の窓口で受け付けます。';

describe('requests-procedure (Art. 32(1)(iii), 33–38)', () => {
  it('is met by structured fields', () => {
    const structured = section('request_procedures', {
      requestKinds: ['purpose_notification', 'disclosure', 'third_party_records', 'correction', 'cessation_of_use', 'cessation_of_provision'],
      methodJa: '所定の請求書を郵送',
    });
    const result = rule({ sections: [structured] }, 'requests-procedure');
    expect(result.status).toBe('met');
    expect(result.warnings).toEqual([]);
  });

  it('is met by prose naming the requests and where to make them', () => {
    const result = rule({ sections: [ja('request_procedures', '開示等の請求', fullRequests)] }, 'requests-procedure');
    expect(result.status).toBe('met');
    expect(result.warnings).toEqual([]);
  });

  it('is met by an English request sentence in any section', () => {
    const body =
      'You may ask us to notify you of the purposes of use, or request us to disclose your personal information or the records of provision to third parties, correct or delete it, or to stop using it, by writing to the contact point below.';
    expect(rule({ sections: [en('custom', 'Your rights', body)] }, 'requests-procedure').status).toBe('met');
  });

  it('is missing (not met with a warning, as before) when the Art. 32(2) and 33(5) requests are not offered', () => {
    const body = 'You may request us to disclose, correct or delete your personal information, or to stop using it, by writing to the contact point below.';
    const purposes = en('purposes_of_use', 'Purposes of use', 'To ship your orders.');
    const result = rule({ sections: [purposes, en('custom', 'Your rights', body)] }, 'requests-procedure');
    expect(result.status).toBe('missing');
    expect(result.message.en).toContain('notification of the purposes of use (Art. 32(2))');
    expect(result.message.en).toContain('third-party provision records (Art. 33(5))');
    expect(result.message.en).not.toContain('correction');
    expect(result.evidence[0]).toMatchObject({ article: 'Article 2', quote: body });
  });

  it('is missing when nothing says how to request disclosure', () => {
    const result = rule({ sections: [ja('purposes_of_use', '利用目的', '商品の発送のため')] }, 'requests-procedure');
    expect(result.status).toBe('missing');
  });

  it('is missing, naming the other requests, when only disclosure is offered', () => {
    const result = rule({ sections: [ja('request_procedures', '開示', '開示の請求は下記の窓口で受け付けます。')] }, 'requests-procedure');
    expect(result.status).toBe('missing');
    expect(result.message.ja).toContain('訂正・追加・削除（第34条）');
    expect(result.message.ja).not.toContain('開示（第33条）');
  });

  it('is missing when structured kinds leave out correction or cessation', () => {
    const partial = section('request_procedures', { requestKinds: ['purpose_notification', 'disclosure', 'third_party_records'], methodJa: '郵送' });
    const result = rule({ sections: [partial] }, 'requests-procedure');
    expect(result.status).toBe('missing');
    expect(result.message.en).toContain('cessation of use');
  });

  it('warns when no method or place is given', () => {
    const result = rule({ sections: [ja('request_procedures', '開示等', '本人は、開示、訂正及び利用停止を請求できます。')] }, 'requests-procedure');
    expect(codes(result)).toEqual(['requests-no-method']);
  });
});

describe('request-fee (Art. 38)', () => {
  it('is met by a structured fee', () => {
    const result = rule({ sections: [section('request_procedures', { requestKinds: ['disclosure'], feeYen: 1000 })] }, 'request-fee');
    expect(result.status).toBe('met');
    expect(result.message.ja).toContain('1,000円');
  });

  it.each([
    ['full-width digits and comma', '開示の請求については、1件あたり１，０００円の手数料を申し受けます。'],
    ['English yen', 'You may request disclosure; a fee of 1,000 yen per request applies.'],
    ['a yen sign', 'Requests for disclosure carry a fee of ¥800.'],
  ])('is met by a fee with an amount (%s)', (_name, body) => {
    const result = rule({ sections: [ja('request_procedures', '開示', body)] }, 'request-fee');
    expect(result.status).toBe('met');
  });

  it('is met when the policy says no fee is charged', () => {
    expect(rule({ sections: [ja('request_procedures', '開示', `${fullRequests}手数料は無料です。`)] }, 'request-fee').status).toBe('met');
    expect(rule({ sections: [ja('request_procedures', '手数料', clauseById('requests_fee_free').ja)] }, 'request-fee').status).toBe('met');
  });

  it('is missing, with a warning, when a fee has no amount', () => {
    const noAmount = ja('request_procedures', '開示', '開示の請求には、当社所定の手数料をいただきます。');
    const result = rule({ sections: [noAmount] }, 'request-fee');
    expect(result.status).toBe('missing');
    expect(codes(result)).toEqual(['fee-without-amount']);
    expect(result.warnings[0]?.sectionId).toBe(noAmount.id);
  });

  it('is not applicable when no fee is mentioned, even if service fees are billed elsewhere', () => {
    const billing = en('purposes_of_use', 'Purposes', 'Billing of the service fee.');
    const result = rule({ sections: [billing, ja('request_procedures', '開示', fullRequests)] }, 'request-fee');
    expect(result.status).toBe('na');
  });
});

describe('security-measures (Art. 32(1)(iv); Cabinet Order Art. 10(i))', () => {
  const fourCategories = ja('security_measures', '安全管理措置', clauseById('security_four_categories').ja);

  it('is met without warnings when all four kinds of measures are described', () => {
    const result = rule({ sections: [fourCategories] }, 'security-measures');
    expect(result.status).toBe('met');
    expect(result.warnings).toEqual([]);
  });

  it('warns about the kinds of measures not described', () => {
    const ssl = en('security_measures', 'Security', 'We encrypt data with SSL to prevent interception.');
    const result = rule({ sections: [ssl] }, 'security-measures');
    expect(result.status).toBe('met');
    expect(codes(result)).toEqual(['security-categories']);
    expect(result.warnings[0]?.message.en).toContain('organizational, human, physical');
  });

  it('is met by a security sentence in another section', () => {
    const basic = ja('basic_policy_statement', '方針', '当社は、個人情報の漏えい、滅失又はき損の防止のための措置を講じます。');
    expect(rule({ sections: [basic] }, 'security-measures').status).toBe('met');
  });

  it('is missing when no measures are stated', () => {
    expect(rule({ sections: [ja('purposes_of_use', '利用目的', '発送のため')] }, 'security-measures').status).toBe('missing');
  });

  it('warns when data is handled abroad and the foreign environment is not mentioned', () => {
    const result = rule({ sections: [fourCategories], facts: { crossBorder: true } }, 'security-measures');
    expect(codes(result)).toEqual(['security-foreign-environment']);
    const foreign = ja('security_measures', '外的環境の把握', clauseById('security_foreign_environment').ja.replace('{foreignCountries}', '米国'));
    expect(codes(rule({ sections: [fourCategories, foreign], facts: { crossBorder: true } }, 'security-measures'))).toEqual([]);
  });
});
