import { describe, expect, it } from 'vitest';
import { codes, en, ja, rule, section } from './helpers';

/**
 * Details of the provision rules that real policies tripped (issue 11, item 2): a destination abroad whose row
 * names no country, purposes that must say data goes to third parties, and an opt-out without the PPC notification.
 */
const complete = {
  countryJa: '米国',
  regimeJa: '連邦レベルの包括的な個人情報保護法はありません。',
  measuresJa: 'OECDプライバシーガイドラインに対応する措置を講じています。',
};

describe('cross-border: each destination row names its country', () => {
  it('flags a row whose country is blank though its other fields are filled', () => {
    const rows = [complete, { ...complete, countryJa: '', countryEn: '' }];
    const result = rule({ sections: [section('cross_border', { destinations: rows })] }, 'cross-border');
    expect(result.status).toBe('missing');
    expect(result.message.ja).toContain('提供先の国名');
  });

  it.each(['海外', 'クラウド事業者の所在国', '未定', 'overseas'])('flags a country field that names no country (%s)', (country) => {
    const result = rule({ sections: [section('cross_border', { destinations: [{ ...complete, countryJa: country }] })] }, 'cross-border');
    expect(result.status).toBe('missing');
    expect(result.message.en).toContain('the name of the country');
  });

  it('accepts a row that names its country in English only, or two countries', () => {
    const rows = [
      { countryEn: 'Singapore', regimeEn: 'The PDPA applies.', measuresEn: 'The recipient follows APEC CBPR.' },
      { ...complete, countryJa: '米国及びインド' },
    ];
    expect(rule({ sections: [section('cross_border', { destinations: rows })] }, 'cross-border').status).toBe('met');
  });
});

describe('purposes: provision to third parties is among the purposes when data is provided', () => {
  const optOut = ja(
    'third_party_provision',
    '第三者提供',
    '当社は、個人情報保護法第27条第2項に基づき、オプトアウトにより個人データを第三者に提供します。提供される個人データの項目：氏名、住所',
  );

  it('warns when an opt-out provision is stated but the purposes do not say so', () => {
    const purposes = ja('purposes_of_use', '利用目的', '・商品の発送のため\n・お問い合わせへの回答のため');
    const result = rule({ sections: [purposes, optOut] }, 'purposes');
    expect(result.status).toBe('met');
    expect(codes(result)).toContain('purposes-third-party-provision');
  });

  it('reads the purposes section that mentions provision to third parties and quotes it', () => {
    const purposes = ja('purposes_of_use', '利用目的', '・商品の発送のため\n・住宅地図の作成及び販売による第三者への提供のため');
    const result = rule({ sections: [purposes, optOut] }, 'purposes');
    expect(codes(result)).not.toContain('purposes-third-party-provision');
    expect(result.evidence.map((entry) => entry.quote).join('\n')).toContain('第三者への提供のため');
  });

  it('reads English purposes too', () => {
    const purposes = en('purposes_of_use', 'Purposes of Use', '- To ship orders\n- To provide personal data to our partner companies as described in Article 5');
    const provided = en('third_party_provision', 'Provision to Third Parties', 'We provide personal data to third parties under the opt-out procedure of Article 27, Paragraph 2 of the Act.');
    expect(codes(rule({ sections: [purposes, provided] }, 'purposes'))).not.toContain('purposes-third-party-provision');
  });

  it('does not ask for it when the policy only says data is not provided without consent', () => {
    const purposes = ja('purposes_of_use', '利用目的', '・商品の発送のため');
    const none = ja('third_party_provision', '第三者提供', '当社は、法令に基づく場合を除き、本人の同意を得ることなく個人データを第三者に提供しません。');
    expect(codes(rule({ sections: [purposes, none] }, 'purposes'))).not.toContain('purposes-third-party-provision');
  });
});

describe('opt-out: the PPC notification', () => {
  const items = [
    '1. 第三者への提供を利用目的とすること',
    '2. 第三者に提供される個人データの項目：氏名、住所、電話番号',
    '3. 取得の方法：公刊物からの転記',
    '4. 提供の方法：電子ファイルの送付',
    '5. 本人の求めに応じて個人データの第三者への提供を停止します。',
    '6. 本人の求めを受け付ける方法：下記窓口へのお申し出',
    '7. 更新の方法：年1回更新します。',
    '8. 提供を開始する予定日：2026年7月1日',
  ];

  it('warns when the policy does not say the PPC was notified', () => {
    const body = ['当社は、次のとおりオプトアウトにより個人データを第三者に提供します。', ...items].join('\n');
    const result = rule({ sections: [ja('third_party_provision', '第三者提供', body)] }, 'opt-out');
    expect(result.status).toBe('met');
    expect(codes(result)).toContain('opt-out-ppc-notification');
    expect(result.message.ja).not.toContain('記載されています（');
  });

  it.each([
    '当社は、個人情報保護法第27条第2項に基づき個人情報保護委員会に届け出たうえで、次のとおり個人データを第三者に提供します。',
    '当社は、次の事項を個人情報保護委員会へ届出のうえ、オプトアウトにより個人データを第三者に提供します。',
  ])('does not warn when the notification is stated: %s', (intro) => {
    const result = rule({ sections: [ja('third_party_provision', '第三者提供', [intro, ...items].join('\n'))] }, 'opt-out');
    expect(codes(result)).not.toContain('opt-out-ppc-notification');
  });

  it('reads the notification in English', () => {
    const body = [
      'We provide personal data to third parties under the opt-out procedure of Article 27, Paragraph 2, having notified the Personal Information Protection Commission of the following items.',
      ...items,
    ].join('\n');
    expect(codes(rule({ sections: [en('third_party_provision', 'Opt-out', body)] }, 'opt-out'))).not.toContain('opt-out-ppc-notification');
  });
});
