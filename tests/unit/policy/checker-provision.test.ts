import { describe, expect, it } from 'vitest';
import { clauseById, fillClause } from '../../../shared/policy/clauses';
import { codes, en, ja, rule, section } from './helpers';

describe('third-party (Art. 27(1))', () => {
  it('is met by a sentence tying third parties to consent', () => {
    const result = rule({ sections: [ja('third_party_provision', '第三者提供', clauseById('third_party_standard').ja)] }, 'third-party');
    expect(result.status).toBe('met');
    expect(result.warnings).toEqual([]);
  });

  it('is met when consent sits in a list item under a third-party heading', () => {
    const body = 'The Company will not disclose personal information except in the following cases\n・when prior consent has been obtained from the customer\n・when required by law';
    expect(rule({ sections: [en('custom', 'Disclosure to Third Parties', body)] }, 'third-party').status).toBe('met');
  });

  it('is missing when nothing is said about third parties', () => {
    expect(rule({ sections: [ja('purposes_of_use', '利用目的', '発送のため')] }, 'third-party').status).toBe('missing');
  });

  it('warns about an exception of the business’s own choosing', () => {
    const body = '当社は、本人の同意なく個人情報を第三者に提供しません。ただし、法令に基づく場合及び当社が必要と判断した場合を除きます。';
    const result = rule({ sections: [ja('third_party_provision', '第三者提供', body)] }, 'third-party');
    expect(result.status).toBe('met');
    expect(codes(result)).toEqual(['third-party-broad-exception']);
  });
});

const jointUseData = {
  jointItemsJa: '氏名、住所',
  jointUsersJa: '当社の子会社',
  jointPurposesJa: '製品の保守のため',
  responsibleNameJa: '株式会社みどり商会',
  responsibleAddressJa: '東京都千代田区丸の内1-1-1',
  responsibleRepresentativeJa: '代表取締役 青木 一郎',
};

describe('joint-use (Art. 27(5)(iii))', () => {
  it('is not applicable without joint use', () => {
    expect(rule({ sections: [ja('purposes_of_use', '利用目的', '発送のため')] }, 'joint-use').status).toBe('na');
  });

  it('is met by complete structured fields', () => {
    const result = rule({ sections: [section('joint_use', { headingJa: '共同利用', ...jointUseData })] }, 'joint-use');
    expect(result.status).toBe('met');
    expect(result.warnings).toEqual([]);
  });

  it('is met by the items written out in prose', () => {
    const filled = fillClause(clauseById('joint_use_full'), {
      jointItems: '氏名、電話番号',
      jointUsers: '当社グループ各社',
      jointPurposes: 'アフターサービスのため',
      jointResponsible: '株式会社みどり商会 東京都千代田区丸の内1-1-1 代表取締役 青木 一郎',
    });
    expect(rule({ sections: [ja('joint_use', '共同利用', filled.ja)] }, 'joint-use').status).toBe('met');
    expect(rule({ sections: [en('joint_use', 'Joint Use', filled.en)] }, 'joint-use').status).toBe('met');
  });

  it('is missing when the person responsible has no address', () => {
    const result = rule({ sections: [section('joint_use', { ...jointUseData, responsibleAddressJa: '' })] }, 'joint-use');
    expect(result.status).toBe('missing');
    expect(result.message.en).toContain('the person responsible');
  });

  it('is missing, inferred from a mere mention of joint use', () => {
    const result = rule({ sections: [ja('custom', 'その他', '当社は、グループ会社と個人データを共同利用することがあります。')] }, 'joint-use');
    expect(result.status).toBe('missing');
    expect(result.message.ja).toContain('共同して利用する者の範囲');
  });

  it('warns when an item heading is followed by nothing', () => {
    const body = [
      '（1）共同して利用される個人データの項目：氏名、住所',
      '（2）共同して利用する者の範囲',
      '（3）利用する者の利用目的：保守のため',
      '（4）当該個人データの管理について責任を有する者の氏名又は名称、住所及び代表者の氏名：株式会社みどり商会 東京都千代田区 代表取締役 青木 一郎',
    ].join('\n');
    const result = rule({ sections: [ja('joint_use', '共同利用', body)] }, 'joint-use');
    expect(result.status).toBe('missing');
    expect(codes(result)).toEqual(['joint-use-empty-item']);
    expect(result.warnings[0]?.message.ja).toContain('共同して利用する者の範囲');
  });

  it('follows a fact given by the caller, and a negated mention', () => {
    const mention = ja('custom', 'その他', '共同利用することがあります。');
    expect(rule({ sections: [mention], facts: { jointUse: false } }, 'joint-use').status).toBe('na');
    expect(rule({ sections: [ja('custom', 'その他', '当社は、個人データの共同利用は行いません。')] }, 'joint-use').status).toBe('na');
    expect(rule({ sections: [], facts: { jointUse: true } }, 'joint-use').status).toBe('missing');
  });
});

const destination = {
  countryJa: '米国',
  regimeJa: '連邦レベルの包括的な個人情報保護法はありません。',
  measuresJa: 'OECDプライバシーガイドラインに対応する措置を講じています。',
};

describe('cross-border (Art. 28; Rule Art. 17)', () => {
  it('is not applicable when nothing goes abroad', () => {
    expect(rule({ sections: [ja('purposes_of_use', '利用目的', '発送のため')] }, 'cross-border').status).toBe('na');
  });

  it('is met by complete structured destinations', () => {
    expect(rule({ sections: [section('cross_border', { destinations: [destination] })] }, 'cross-border').status).toBe('met');
  });

  it('is missing when a destination lacks the country’s system', () => {
    const result = rule({ sections: [section('cross_border', { destinations: [{ ...destination, regimeJa: '' }] })] }, 'cross-border');
    expect(result.status).toBe('missing');
    expect(result.message.ja).toContain('当該国の個人情報保護制度');
  });

  it('is met by prose naming the country, its system and the recipient’s measures', () => {
    const body = '当社は、シンガポールにある委託先に個人データを提供します。同国の個人情報の保護に関する制度の概要及び提供先が講ずる措置は次のとおりです。';
    expect(rule({ sections: [ja('cross_border', '外国にある第三者への提供', body)] }, 'cross-border').status).toBe('met');
  });

  it('is met by a recipient with a system for equivalent measures', () => {
    expect(rule({ sections: [ja('cross_border', '外国', clauseById('cross_border_equivalent_system').ja)] }, 'cross-border').status).toBe('met');
  });

  it('is missing, inferred from a mention of servers abroad', () => {
    const result = rule({ sections: [ja('security_measures', '安全管理', '個人データは海外のサーバーに保存します。')] }, 'cross-border');
    expect(result.status).toBe('missing');
    expect(result.message.ja).toContain('判断しました');
  });

  it('is missing when the caller says data goes abroad and the policy is silent', () => {
    const result = rule({ sections: [], facts: { crossBorder: true } }, 'cross-border');
    expect(result.status).toBe('missing');
    expect(result.message.ja).not.toContain('判断しました');
  });
});

describe('sensitive-consent (Art. 20(2))', () => {
  it('is not applicable without sensitive information', () => {
    expect(rule({ sections: [ja('purposes_of_use', '利用目的', '発送のため')] }, 'sensitive-consent').status).toBe('na');
  });

  it('is met when consent is stated for sensitive information', () => {
    const ok = ja('consent_items', '要配慮個人情報', '当社は、要配慮個人情報を取得する場合には、あらかじめ本人の同意を得ます。');
    expect(rule({ sections: [ok] }, 'sensitive-consent').status).toBe('met');
    const english = en('consent_items', 'Sensitive data', clauseById('consent_sensitive').en);
    expect(rule({ sections: [english] }, 'sensitive-consent').status).toBe('met');
  });

  it('is missing when sensitive information is handled without a word on consent', () => {
    const health = ja('purposes_of_use', '利用目的', '従業者の健康診断の結果を安全衛生管理のために利用します。');
    const result = rule({ sections: [health] }, 'sensitive-consent');
    expect(result.status).toBe('missing');
    expect(result.sectionIds).toEqual([health.id]);
  });

  it('is missing when the caller says sensitive information is handled', () => {
    expect(rule({ sections: [], facts: { sensitive: true } }, 'sensitive-consent').status).toBe('missing');
  });
});
