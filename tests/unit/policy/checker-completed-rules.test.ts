import { describe, expect, it } from 'vitest';
import { checkerFacts } from '../../../shared/policy/checker';
import { en, ja, rule, section } from './helpers';

/** The rules appi.md §5 added: opt-out provision, changed purposes, pseudonymised / anonymised information. */
describe('opt-out (Art. 27(2)–(4)), required when used', () => {
  const full = ja(
    'third_party_provision',
    '第三者提供（オプトアウト）',
    [
      '当社は、個人情報保護法第27条第2項に基づき、次のとおり個人データを第三者に提供します（オプトアウトによる第三者提供）。',
      '1. 第三者への提供を利用目的とすること',
      '2. 第三者に提供される個人データの項目：氏名、住所、電話番号',
      '3. 取得の方法：公刊物（住宅地図）からの転記',
      '4. 提供の方法：電子ファイルの送付',
      '5. 本人の求めに応じて当該本人が識別される個人データの第三者への提供を停止します。',
      '6. 本人の求めを受け付ける方法：下記窓口へのお申し出（電話・メール）',
      '7. 更新の方法：年1回、現地調査により更新します。',
      '8. 提供を開始する予定日：2026年7月1日',
    ].join('\n'),
  );

  it('is met when the items of Art. 27(2) are stated, quoting the opt-out sentence', () => {
    const result = rule({ sections: [full] }, 'opt-out');
    expect(result).toMatchObject({ status: 'met', level: 'required' });
    expect(result.evidence[0]?.quote).toContain('オプトアウトによる第三者提供');
  });

  it('is missing, listing the items, when only the opt-out is announced', () => {
    const bare = en(
      'third_party_provision',
      'Provision to third parties',
      'We may provide personal data to third parties under the opt-out procedure of Article 27, Paragraph 2 of the Act, and will stop providing it to third parties at the request of the individual.',
    );
    const result = rule({ sections: [bare] }, 'opt-out');
    expect(result.status).toBe('missing');
    expect(result.message.en).toContain('items of personal data provided (item iii)');
    expect(result.message.en).not.toContain('item vi)');
  });

  it('is not applicable for a cookie or advertising opt-out', () => {
    const ads = en('cookies', 'Advertising', "You may opt out of interest-based advertising on the third party's opt-out page.");
    expect(rule({ sections: [ads] }, 'opt-out').status).toBe('na');
    expect(checkerFacts({ sections: [ads] }).optOut).toEqual({ value: false, inferred: true });
  });
});

describe('changed-purposes (Art. 21(3)), required when purposes changed', () => {
  const before = [ja('purposes_of_use', '利用目的', '・商品の発送のため\n・お問い合わせへの回答のため')];
  const after = [ja('purposes_of_use', '利用目的', '・商品の発送のため\n・お問い合わせへの回答のため\n・新商品のご案内のため')];

  it('is missing when the purposes differ from the version in force and nothing says they are notified or published', () => {
    const result = rule({ sections: after, previousSections: before }, 'changed-purposes');
    expect(result).toMatchObject({ status: 'missing', level: 'required' });
    expect(result.message.ja).toContain('通知し、又は公表');
  });

  it.each([
    '当社は、利用目的を変更した場合には、変更後の利用目的を本人に通知し、又は当社ウェブサイトで公表します。',
    'If we change the purposes of use, we will notify you or publish the changed purposes on our website.',
  ])('is met by 「%s」 and quotes it', (sentence) => {
    const sections = [...after, section('custom', { headingJa: '利用目的の変更', bodyJa: sentence })];
    const result = rule({ sections, previousSections: before }, 'changed-purposes');
    expect(result.status).toBe('met');
    expect(result.evidence.map((entry) => entry.quote)).toContain(sentence);
  });

  it('is not applicable when the purposes read the same (spacing and width aside), or with no version in force', () => {
    const same = [ja('purposes_of_use', '利用目的', '・商品の発送のため\n・お問い合わせへの回答のため ')];
    expect(rule({ sections: same, previousSections: before }, 'changed-purposes').status).toBe('na');
    expect(rule({ sections: after }, 'changed-purposes').status).toBe('na');
  });
});

describe('pseudonymised-anonymised (Art. 41, 43, 44), required when used', () => {
  it('is met by pseudonymised information with its purposes', () => {
    const text = ja('custom', '仮名加工情報の取扱い', '当社は、仮名加工情報を作成し、新サービスの研究開発及び統計分析の目的で利用します。');
    const result = rule({ sections: [text] }, 'pseudonymised-anonymised');
    expect(result.status).toBe('met');
    expect(result.evidence[0]?.quote).toContain('仮名加工情報を作成し');
  });

  it('is missing the items and the method when anonymised information is provided to third parties without them', () => {
    const text = ja('custom', '匿名加工情報', '当社は、匿名加工情報を作成し、第三者に提供することがあります。');
    const result = rule({ sections: [text] }, 'pseudonymised-anonymised');
    expect(result.status).toBe('missing');
    expect(result.message.ja).toContain('情報の項目');
    expect(result.message.ja).toContain('提供の方法');
  });

  it('is not applicable when the policy says none is produced, or speaks only of data "in an anonymized form"', () => {
    const none = ja('custom', 'その他', '当社は、匿名加工情報を作成しておりません。');
    expect(rule({ sections: [none] }, 'pseudonymised-anonymised').status).toBe('na');
    const vendor = en('custom', 'Messaging', 'The provider uses your data in an anonymized form for statistical purposes.');
    expect(rule({ sections: [vendor] }, 'pseudonymised-anonymised').status).toBe('na');
  });
});
