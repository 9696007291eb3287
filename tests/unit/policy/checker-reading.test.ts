import { describe, expect, it } from 'vitest';
import { checkPolicy, ruleIds, ruleLevelMap, type RuleResult } from '../../../shared/policy/checker';
import { company, en, ja, rule, section } from './helpers';

/**
 * The checker reads the policy's own words (issue 11, item 2; appi.md §5): sentences written here in the style
 * of real Japanese and English policies, not copied from the fixtures. Each verdict quotes what meets it with
 * its article, or says what it looked for.
 */
const quotesOf = (result: RuleResult) => result.evidence.map((entry) => entry.quote);
const noRecord = { legalNameJa: '', legalNameEn: '' };

describe('business-identity reads addresses with or without a prefecture', () => {
  const purposes = ja('purposes_of_use', '第1条（利用目的）', 'ご注文商品の発送のため');

  it.each([
    ['港区芝公園1-2-3 芝パークビル5階'],
    ['本社所在地：大阪市北区梅田三丁目1番3号'],
    ['〒460-0008 名古屋市中区栄3-4-5'],
    ['東京都港区芝公園一丁目2番3号'],
  ])('is met by the address line 「%s」 and quotes it with its article', (address) => {
    const signature = ja('contact', '第2条（事業者情報）', `株式会社みなと企画\n${address}\n代表取締役 山田 太郎`);
    const result = rule({ sections: [purposes, signature], company: noRecord }, 'business-identity');
    expect(result.status).toBe('met');
    expect(result.evidence).toContainEqual({ article: '第2条', quote: address, sectionId: signature.id });
  });

  it('is met by an English address ("1-2-3 Shiba, Minato-ku, Tokyo") and a business abroad', () => {
    const tokyo = en('contact', 'Company information', 'Sakura Systems, Inc.\n1-2-3 Shiba, Minato-ku, Tokyo 105-0014\nRepresentative Director: Taro Yamada');
    expect(rule({ sections: [tokyo], company: noRecord }, 'business-identity').status).toBe('met');
    const abroad = en('contact', 'Who we are', 'Northwind Labs LLC, 500 Howard Street, Suite 200, San Francisco, CA 94105, USA. CEO: Jane Doe');
    expect(rule({ sections: [abroad], company: noRecord }, 'business-identity').status).toBe('met');
  });

  it('does not count a template blank (【未設定：…】 / 【Not set: …】) as the representative', () => {
    const signature = ja('contact', '第2条（事業者情報）', '株式会社みなと企画\n港区芝公園1-2-3\n代表者：【未設定：representative】');
    const result = rule({ sections: [purposes, signature], company: noRecord }, 'business-identity');
    expect(result.status).toBe('missing');
    expect(result.message.ja).toContain('代表者の氏名');
    const english = en('contact', 'Company', 'Minato Planning Inc.\n1-2-3 Shiba, Minato-ku, Tokyo\nRepresentative: 【Not set: representative】');
    expect(rule({ sections: [english], company: noRecord }, 'business-identity').status).toBe('missing');
  });

  it('is missing the address when only the authorized organization gives one, and says what it looked for', () => {
    const own = ja('contact', 'お問い合わせ', '株式会社みなと企画 代表取締役 山田 太郎\nメール：privacy@minato.example.jp');
    const org = ja('authorized_organization', '認定個人情報保護団体', '一般財団法人日本情報経済社会推進協会\n〒106-0032 東京都港区六本木一丁目9番9号');
    const result = rule({ sections: [own, org], company: noRecord }, 'business-identity');
    expect(result.status).toBe('missing');
    expect(result.message.ja).toContain('住所');
    expect(result.lookedFor?.ja).toContain('都道府県の有無を問わない');
  });
});

describe('purposes are not met by a passing mention of 利用目的', () => {
  it('is missing when only the requests and a collection note speak of purposes', () => {
    const requests = ja('request_procedures', '開示等の請求', '本人は、利用目的の通知、開示、訂正等を請求できます。請求は書面で受け付けます。');
    const collection = en('collection_methods', 'Collection', 'We collect personal information lawfully and only within the purposes of use.');
    const result = rule({ sections: [requests, collection] }, 'purposes');
    expect(result.status).toBe('missing');
    expect(result.lookedFor?.en).toContain('for the following purposes');
  });

  it('is met by a list introduced in any section, quoting a concrete purpose', () => {
    const intro = ja('custom', '個人情報の取扱い', '当社は、取得した個人情報を次の目的で利用します。\n・ご注文いただいた商品の発送\n・お問い合わせへの回答');
    const result = rule({ sections: [intro] }, 'purposes');
    expect(result.status).toBe('met');
    expect(result.evidence[0]?.quote).toBe('・ご注文いただいた商品の発送');
  });
});

describe('complaint-desk needs a way to reach it', () => {
  it('is missing for a "Contact" heading with none of phone, e-mail, address or form', () => {
    const bare = en('contact', 'Contact', 'If you have any questions about this policy, please contact us.');
    const result = rule({ sections: [bare] }, 'complaint-desk');
    expect(result.status).toBe('missing');
    expect(quotesOf(result)).toContain('Contact');
    expect(result.lookedFor?.en).toContain('phone number');
  });

  it.each([
    ['個人情報に関するお問い合わせは、下記までご連絡ください。\nメール：privacy@minato.example.jp', 'メール：privacy@minato.example.jp'],
    ['苦情・ご相談は下記窓口にて受け付けます。\n受付窓口：お客様相談室　TEL 0120-123-456（平日10時〜17時）', '受付窓口：お客様相談室　TEL 0120-123-456（平日10時〜17時）'],
    ['Please send questions or complaints through our contact form: https://www.example.com/contact', 'Please send questions or complaints through our contact form: https://www.example.com/contact'],
  ])('is met by a desk with a contact means and quotes it (%#)', (body, contact) => {
    const desk = section('complaint_desk', { headingJa: '苦情・相談窓口', bodyJa: body });
    const result = rule({ sections: [desk] }, 'complaint-desk');
    expect(result.status).toBe('met');
    expect(quotesOf(result)).toContain(contact);
  });
});

describe('authorized-organization is read from the text as well as the record', () => {
  const text = ja(
    'custom',
    '認定個人情報保護団体について',
    '当社は、認定個人情報保護団体である一般財団法人日本データ通信協会の対象事業者です。\n苦情の解決の申出先：デジタル広告苦情相談センター　電話：03-5974-0068',
  );

  it('is met when the policy names the organization and its complaint desk, though the record says nothing', () => {
    for (const record of [undefined, noRecord, { ...noRecord, authorizedOrgMember: false }]) {
      const result = rule({ sections: [text], company: record }, 'authorized-organization');
      expect(result.status).toBe('met');
      expect(quotesOf(result)).toContain('当社は、認定個人情報保護団体である一般財団法人日本データ通信協会の対象事業者です。');
    }
  });

  it('is missing when the organization is named without a desk to reach', () => {
    const named = en('custom', 'Authorized organization', 'We are a member of an authorized personal information protection organization, JIPDEC.');
    expect(rule({ sections: [named] }, 'authorized-organization').status).toBe('missing');
  });

  it('is not applicable with its reason, never claiming the company is not a member', () => {
    const result = rule({ sections: [ja('purposes_of_use', '利用目的', '発送のため')] }, 'authorized-organization');
    expect(result.status).toBe('na');
    expect(result.message.ja).toContain('見つかりません');
    expect(result.lookedFor).not.toBeNull();
  });
});

describe('external-transmission in prose', () => {
  it.each([
    [
      'ja',
      ja(
        'cookies',
        'アクセス解析について',
        '当社は、ウェブサイトの利用状況を把握し改善するため、アクセス解析ツールを利用しています。これにより、閲覧したページ、端末情報及びCookie識別子が当該ツールの提供事業者に送信されます。ブラウザの設定でCookieを無効にすることで、送信を停止できます。',
      ),
    ],
    [
      'en',
      en(
        'cookies',
        'Analytics',
        'We use analytics tools provided by third parties to understand how visitors use our website. These tools receive information such as the pages you view, your IP address and a cookie identifier. You can opt out by disabling cookies in your browser.',
      ),
    ],
    [
      'ads',
      en(
        'cookies',
        'Advertising',
        'Advertisements on this site are delivered by ad networks. To show ads that match your interests, these ad networks may read cookies and collect your browsing history on our site.',
      ),
    ],
  ])('is met by a paragraph saying what is sent, to whom and why (%s), quoting it', (_name, paragraph) => {
    const result = rule({ sections: [paragraph] }, 'external-transmission');
    expect(result.status).toBe('met');
    expect(result.evidence.length).toBeGreaterThan(0);
    expect(result.evidence.every((entry) => entry.sectionId === paragraph.id)).toBe(true);
  });

  it('is missing, naming what is absent, when the recipient or purpose is not said', () => {
    const result = rule({ sections: [en('cookies', 'Cookies', 'Third-party cookies are used on some pages.')] }, 'external-transmission');
    expect(result.status).toBe('missing');
    expect(result.message.en).toContain('not found');
  });

  it('is not applicable for first-party cookies only, saying nothing was stated', () => {
    const result = rule({ sections: [en('cookies', 'Cookies', 'We use cookies to remember your language setting.')] }, 'external-transmission');
    expect(result.status).toBe('na');
    expect(result.message.en).toBe('No external transmission (tags, SDKs, third-party cookies) is stated.');
  });
});

describe('cross-border does not ask for the system of a designated country', () => {
  it('is not applicable for EU or UK recipients, with Rule 15 as the reason', () => {
    const eu = ja('custom', '外国での取扱い', '当社は、ドイツに所在する委託先のサーバーに個人データを保存し、同社に提供します。');
    const result = rule({ sections: [eu] }, 'cross-border');
    expect(result.status).toBe('na');
    expect(result.message.ja).toContain('施行規則第15条');
    expect(result.evidence[0]?.quote).toContain('ドイツ');
  });

  it('asks for the system and measures of a US recipient, and is met when they are stated', () => {
    const bare = ja('custom', '外国にある第三者への提供', '当社は、米国の事業者にお客様の個人データを提供することがあります。');
    const missing = rule({ sections: [bare] }, 'cross-border');
    expect(missing.status).toBe('missing');
    expect(missing.message.ja).toContain('当該国の個人情報保護制度');
    const full = ja(
      'custom',
      '外国にある第三者への提供',
      '当社は、米国の事業者にお客様の個人データを提供することがあります。米国の個人情報の保護に関する制度については、個人情報保護委員会のウェブサイトをご確認ください。提供先は、OECDプライバシーガイドライン8原則に対応する措置を講じています。',
    );
    expect(rule({ sections: [full] }, 'cross-border').status).toBe('met');
  });
});

describe('request-fee: one source of truth', () => {
  it('is missing when the fee field says 1,000 yen and the text says no fee, quoting the contradiction', () => {
    const fees = section('request_procedures', {
      headingJa: '開示等の請求',
      bodyJa: '開示等の請求は書面で受け付けます。なお、手数料はいただきません。',
      requestKinds: ['disclosure'],
      feeYen: 1000,
    });
    const result = rule({ sections: [fees] }, 'request-fee');
    expect(result.status).toBe('missing');
    expect(quotesOf(result)).toContain('なお、手数料はいただきません。');
  });

  it('is met by an amount in the text and quotes it', () => {
    const text = en('request_procedures', 'Requests', 'A fee of 1,100 yen (tax included) is charged for each request for disclosure.');
    const result = rule({ sections: [text] }, 'request-fee');
    expect(result.status).toBe('met');
    expect(quotesOf(result)).toEqual(['A fee of 1,100 yen (tax included) is charged for each request for disclosure.']);
  });
});

describe('levels and wording of every verdict', () => {
  it('has the level of appi.md §5 for every rule: only conduct rules and good practice are recommended', () => {
    expect(Object.keys(ruleLevelMap).sort()).toEqual([...ruleIds].sort());
    const recommended = ruleIds.filter((id) => ruleLevelMap[id] === 'recommended');
    expect(recommended.sort()).toEqual(['revisions', 'sensitive-consent', 'third-party']);
  });

  it('never claims a fact when nothing was found, and says what it looked for', () => {
    const results = checkPolicy({ sections: [ja('purposes_of_use', '利用目的', '商品の発送のため')], company });
    for (const result of results.filter((r) => r.status === 'na')) {
      expect(result.lookedFor, result.id).not.toBeNull();
      expect(result.message.ja, result.id).not.toMatch(/ありません。$|はいません|しません。$/);
      expect(result.message.en, result.id).not.toMatch(/^There is no|^No personal data is provided|is used\.$/);
    }
    for (const result of results.filter((r) => r.status === 'missing')) expect(result.lookedFor, result.id).not.toBeNull();
    for (const result of results.filter((r) => r.status === 'met')) expect(result.evidence.length, result.id).toBeGreaterThan(0);
  });
});
