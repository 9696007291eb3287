import { describe, expect, it } from 'vitest';
import { splitIntoSections } from '../../../shared/policy/import';
import { sectionHeadings } from '../../../shared/policy/numbering';

/**
 * Imported policies keep the numbers their authors gave them: invented policies in the shapes real ones take
 * (第N条 with （目的） titles and 【】 sub-headings, 一、二、, "1." and "Section 2" English, markdown, a repeated
 * title, a preamble without a number). What is printed is asked of shared/policy/numbering.ts, as every view does.
 */
function imported(text: string) {
  const result = splitIntoSections(text);
  const sections = result.sections.map((entry) => entry.section);
  const lang = result.language;
  const headings = sectionHeadings(sections, lang);
  return { sections, numbers: headings.map((h) => h.number), texts: headings.map((h) => h.text), body: (i: number) => sections[i]![lang === 'ja' ? 'bodyJa' : 'bodyEn'] };
}

/** 第1条 … 第20条, every article titled （…）, some with 【】 sub-headings and （1） items inside. */
function twentyArticles(): string {
  const lines = ['個人情報保護規程', '', '株式会社サンプル商会（以下「当社」）は、以下のとおり個人情報を取り扱います。', ''];
  for (let n = 1; n <= 20; n++) {
    lines.push(`第${n}条（項目${n}の定め）`);
    lines.push(`当社は、項目${n}について次のとおり定めます。`);
    // (After the last article an unnumbered heading is a section of its own: see the 附則 case below.)
    if (n % 4 === 0 && n < 20) lines.push('【取扱いの細目】', '（1）記録は社内で保管します。', '（2）保管期間は5年とします。');
    if (n % 5 === 0 && n < 20) lines.push('■ 例外', '法令に基づく場合を除きます。');
    if (n === 12) lines.push('前項の請求は、第3条第1項に定める方法によります。');
  }
  return lines.join('\n');
}

describe('a 第N条 policy with sub-headings', () => {
  const policy = imported(twentyArticles());

  it('keeps 第1条 … 第20条 as the source numbers them, the preamble unnumbered', () => {
    expect(policy.numbers).toEqual([null, ...Array.from({ length: 20 }, (_, i) => `第${i + 1}条`)]);
    expect(policy.sections[0]!.numbering).toBe('none');
    expect(policy.sections.slice(1).every((section) => section.numbering === 'as_written')).toBe(true);
    expect(policy.texts[6]).toBe('第6条（項目6の定め）');
  });

  it('keeps 【】 and ■ sub-headings and （N） items in their article, as body text', () => {
    expect(policy.body(4)).toContain('【取扱いの細目】\n（1）記録は社内で保管します。');
    expect(policy.body(5)).toContain('■ 例外\n法令に基づく場合を除きます。');
  });

  it('keeps an in-text cross-reference pointing at the article it names', () => {
    expect(policy.body(12)).toContain('第3条第1項');
    expect(policy.texts[3]).toBe('第3条（項目3の定め）');
  });
});

describe('English policies', () => {
  it('a preamble without a number, then "1." headings: no Article 1 for the preamble, numbers as written', () => {
    const text = [
      'Privacy Notice',
      '',
      'This notice explains how Example Trading Co. handles personal data. Please read it with our Terms.',
      '',
      '1. Information we hold',
      'We hold your name and e-mail address.',
      '',
      '2. Why we use it',
      'To deliver orders and to answer you:',
      '1) deliveries',
      '2) answers to inquiries',
      '',
      '3. Sharing',
      'We share data only as set out in Article 3, Paragraph 1 of our Terms and in section 2 above.',
      '',
      '4. Contact',
      'privacy@example.invalid',
    ].join('\n');
    const policy = imported(text);
    expect(policy.numbers).toEqual([null, '1.', '2.', '3.', '4.']);
    expect(policy.texts).toEqual(['Privacy Notice', '1. Information we hold', '2. Why we use it', '3. Sharing', '4. Contact']);
    expect(policy.body(3)).toContain('Article 3, Paragraph 1');
    expect(policy.body(2)).toContain('1) deliveries');
  });

  it('"Section N" headings with a sub-heading inside one of them', () => {
    const text = 'Section 1 Scope\nThis policy covers our website.\nSection 2 Cookies\nWe use cookies.\nManaging cookies\nYou can refuse them in your browser.\nSection 3 Changes\nWe may change this policy.';
    const policy = imported(text);
    expect(policy.numbers).toEqual(['Section 1', 'Section 2', 'Section 3']);
    expect(policy.body(1)).toContain('Managing cookies');
  });

  it('a repeated title line is one heading, not an empty article', () => {
    const text = 'Privacy Policy\n\nPrivacy Policy\n\nWe respect your privacy.\n\nCookies\n\nWe use cookies to remember your settings.\n\nContact us\n\nWrite to privacy@example.invalid.';
    const result = splitIntoSections(text);
    const sections = result.sections.map((entry) => entry.section);
    expect(sections.map((section) => section.headingEn)).toEqual(['Privacy Policy', 'Cookies', 'Contact us']);
    expect(sections[0]!.bodyEn).toBe('We respect your privacy.');
    expect([result.sections[0]!.firstLine, result.sections[1]!.firstLine]).toEqual([1, 7]);
    expect(sectionHeadings(sections, 'en').map((h) => h.number)).toEqual([null, null, null]);
  });

  it('markdown: ### sub-headings stay in their ## section', () => {
    const text = '# Privacy Policy\n\nIntro text.\n\n## 1. Data we collect\n\nName and e-mail.\n\n### From partners\n\nOrder data from resellers.\n\n## 2. Cookies\n\nWe use cookies.';
    const policy = imported(text);
    expect(policy.numbers).toEqual([null, '1.', '2.']);
    expect(policy.body(1)).toContain('### From partners');
  });
});

describe('Japanese numbering styles', () => {
  it('一、二、 headings with （目的） style titles keep their kanji numbers', () => {
    const text = '個人情報の取扱いについて\n一、利用目的\n当社は、商品の発送のために個人情報を利用します。\n二、第三者提供\n当社は、本人の同意なく第三者に提供しません。\n三、お問い合わせ\n電話：03-0000-0000';
    const policy = imported(text);
    expect(policy.numbers).toEqual([null, '一、', '二、', '三、']);
    expect(policy.texts.slice(1)).toEqual(['一、利用目的', '二、第三者提供', '三、お問い合わせ']);
  });

  it('【】 headings with no numbers stay unnumbered, as the source prints them', () => {
    const text = '【利用目的】\n当社は、次の目的で個人情報を利用します。\n・商品の発送のため\n【安全管理】\n当社は、必要な安全管理措置を講じます。';
    const policy = imported(text);
    expect(policy.numbers).toEqual([null, null]);
    expect(policy.texts).toEqual(['【利用目的】', '【安全管理】']);
  });

  it('after the last article, an unnumbered 附則 stays a section of its own, not part of the last article', () => {
    const text = '第1条（目的）\n本規程は…を定める。\n第2条（定義）\n本規程において…をいう。\n附則\nこの規程は、2025年4月1日から施行する。';
    const policy = imported(text);
    expect(policy.numbers).toEqual(['第1条', '第2条', null]);
    expect(policy.texts[2]).toBe('附則');
  });
});
