import { describe, expect, it } from 'vitest';
import { splitIntoSections, type PolicyImport } from '../../../shared/policy/import';

/** Invented policies in the shapes real ones take, and inputs no policy should have. */
const kinds = (imported: PolicyImport) => imported.sections.map((section) => section.section.kind);
const headings = (imported: PolicyImport) => imported.sections.map((section) => section.section.headingJa || section.section.headingEn);

function expectNothingLost(text: string, imported: PolicyImport) {
  const kept = imported.sections.map((s) => [s.section.headingJa, s.section.headingEn, s.section.bodyJa, s.section.bodyEn].join('\n'));
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (line.trim() !== '') expect(kept.some((section) => section.includes(line.trim())), line).toBe(true);
  }
}

describe('heading styles', () => {
  it('splits by markdown headings and keeps numbered lines inside them as content', () => {
    const text = '# Privacy Policy\n\nSample Works Inc. respects your privacy.\n\n## 1. Purposes of Use\n\n1. To provide the service\n2. To answer inquiries\n\n## 2. Cookies\n\nWe use cookies.\n\n## 3. Contact\n\nprivacy@sample.example';
    const imported = splitIntoSections(text);
    expect(kinds(imported)).toEqual(['basic_policy_statement', 'purposes_of_use', 'cookies', 'contact']);
    expect(imported.sections[1]?.section.bodyEn).toContain('2. To answer inquiries');
    expectNothingLost(text, imported);
  });

  it('splits by 第N条 and keeps numbered paragraphs inside the articles', () => {
    const text = '第1条（目的）\n本ポリシーは、当社の個人情報の取扱いを定めます。\n第2条（利用目的）\n1. 当社は、次の目的で利用します。\n(1) 商品の発送\n(2) 代金の請求\n2. 当社は、目的外利用をしません。\n第３条（安全管理措置）\n当社は、漏えいを防止するため必要な措置を講じます。';
    const imported = splitIntoSections(text);
    expect(headings(imported)).toEqual(['第1条（目的）', '第2条（利用目的）', '第３条（安全管理措置）']);
    expect(kinds(imported)).toEqual(['basic_policy_statement', 'purposes_of_use', 'security_measures']);
    expectNothingLost(text, imported);
  });

  it('splits by marked headings (■, 【】) in a text without blank lines', () => {
    const text = '個人情報の取扱いについて\n■利用目的\n当社は、次の目的で個人情報を利用します。\n・商品の発送のため\n・お問い合わせへの回答のため\n【第三者提供】\n当社は、本人の同意なく第三者に提供しません。\n■お問い合わせ窓口\n電話：03-1234-5678';
    const imported = splitIntoSections(text);
    expect(kinds(imported)).toEqual(['custom', 'purposes_of_use', 'third_party_provision', 'contact']);
    expect(imported.sections[3]?.extracted.phones).toEqual(['03-1234-5678']);
  });

  it('splits by circled numbers and （N） headings', () => {
    const circled = splitIntoSections('①利用目的\n当社は、サービス提供のために利用します。\n②開示等の請求\n開示の請求は、所定の方法により受け付けます。手数料は1件につき500円とします。');
    expect(kinds(circled)).toEqual(['purposes_of_use', 'request_procedures']);
    expect(circled.extracted.feesYen).toEqual([500]);
    const paren = splitIntoSections('（1）利用目的\n発送のため利用します。\n（2）第三者提供\n同意なく第三者に提供しません。');
    expect(kinds(paren)).toEqual(['purposes_of_use', 'third_party_provision']);
  });

  it('treats numbered lines under a document title as headings', () => {
    const text = 'Privacy Policy\n1. Purposes of Use\nWe use personal information to provide our services.\n2. Provision to Third Parties\nWe do not provide personal data to third parties without consent.';
    expect(kinds(splitIntoSections(text))).toEqual(['custom', 'purposes_of_use', 'third_party_provision']);
  });

  it('keeps a numbered list after a list intro, and an indented one, as content', () => {
    const text = 'How We Use Information\n\nWe use personal information for the following purposes:\n1. Operating the service\n2. Answering inquiries\n\nSecurity\n\nWe encrypt data in transit.\n  1. Access is logged\n  2. Keys are rotated';
    const imported = splitIntoSections(text);
    expect(kinds(imported)).toEqual(['purposes_of_use', 'security_measures']);
    expect(imported.sections[1]?.section.bodyEn).toContain('2. Keys are rotated');
  });

  it('finds an unmarked heading right after a list of purposes', () => {
    const text = '利用目的\n商品の発送のため\nお問い合わせへの回答のため\n第三者提供\n当社は、本人の同意なく個人データを第三者に提供しません。';
    const imported = splitIntoSections(text);
    expect(headings(imported)).toEqual(['利用目的', '第三者提供']);
    expect(kinds(imported)).toEqual(['purposes_of_use', 'third_party_provision']);
  });

  it('does not take list items or contact labels for titles', () => {
    const text = 'お問い合わせ窓口\n株式会社サンプル\n住所：東京都港区1-1-1\nTEL：03-1234-5678\nAddress\n1-1-1 Minato-ku, Tokyo\nPhone Number\n03-1234-5678';
    const imported = splitIntoSections(text);
    expect(imported.sections).toHaveLength(1);
    expect(imported.sections[0]?.section.kind).toBe('contact');
    expect(imported.extracted.companyNames).toEqual(['株式会社サンプル']);
  });

  it('classifies English title lines followed by paragraphs', () => {
    const text = [
      'Privacy Notice',
      '',
      'Kumo Labs Inc. explains here how it handles personal information.',
      '',
      'Sharing with third parties',
      '',
      'We do not share personal data with third parties without your consent.',
      '',
      'Use of Hotjar',
      '',
      'We use Hotjar, provided by Hotjar Ltd., to analyze how visitors use the site.',
      '',
      'Complaints',
      '',
      'Send complaints to privacy(at)kumo.example.',
    ].join('\n');
    const imported = splitIntoSections(text);
    expect(kinds(imported)).toEqual(['basic_policy_statement', 'third_party_provision', 'external_transmission', 'complaint_desk']);
    expect(imported.extracted.tools).toEqual(['Hotjar']);
    expect(imported.extracted.emails).toEqual(['privacy@kumo.example']);
  });
});

describe('pathological inputs', () => {
  it('returns no sections for empty or blank text', () => {
    expect(splitIntoSections('').sections).toEqual([]);
    expect(splitIntoSections('   \n\n\t \r\n　\n').sections).toEqual([]);
  });

  it('keeps text without any heading as one preamble section', () => {
    const text = 'We collect your name and e-mail address and use them to provide the service. We never sell personal data.';
    const imported = splitIntoSections(text);
    expect(imported.sections).toHaveLength(1);
    expect(imported.sections[0]?.section).toMatchObject({ kind: 'basic_policy_statement', bodyEn: text, headingEn: '' });
  });

  it('keeps a single giant line whole', () => {
    const line = '当社は、個人情報を適切に取り扱います。'.repeat(20_000);
    const started = performance.now();
    const imported = splitIntoSections(line);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(imported.sections).toHaveLength(1);
    expect(imported.sections[0]?.section.bodyJa).toBe(line);
  });

  it.each([
    ['letters', 'a'.repeat(100_000)],
    ['digits', '0'.repeat(100_000)],
    ['dots', '.'.repeat(100_000)],
    ['spaces inside a line', `x${' '.repeat(100_000)}x`],
    ['closing brackets', `${'」'.repeat(100_000)}x`],
  ])('scans a long run of %s in linear time (no regex backtracking blow-up)', (_name, line) => {
    const started = performance.now();
    const imported = splitIntoSections(line);
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(imported.sections).toHaveLength(1);
  });

  it('handles 20,000 lines without losing any', () => {
    const blocks = Array.from({ length: 2_000 }, (_, i) => [
      `第${i + 1}条（利用目的${i + 1}）`,
      '当社は、次の目的で個人情報を利用します。',
      '・商品の発送のため',
      '・お問い合わせへの回答のため',
      `連絡先：info${i}@example.jp`,
      '',
      'なお、本条の定めは法令に従います。',
      '・代金の請求のため',
      '・アフターサービスのため',
      '以上',
    ]).flat();
    const text = blocks.join('\n');
    const started = performance.now();
    const imported = splitIntoSections(text);
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(blocks.length).toBe(20_000);
    expect(imported.sections).toHaveLength(2_000);
    expect(imported.sections.every((section) => section.section.kind === 'purposes_of_use')).toBe(true);
    expect(imported.sections.at(-1)?.lastLine).toBe(20_000);
    expect(imported.extracted.emails).toHaveLength(2_000);
  });

  it('accepts CRLF and CR line endings and lines of punctuation only', () => {
    const text = 'Privacy Policy\r\n\r\nPurposes of Use\r\nWe use data to ship orders.\r----\r。。。\r';
    const imported = splitIntoSections(text);
    expectNothingLost(text, imported);
    expect(kinds(imported)).toContain('purposes_of_use');
  });

  it('keeps a document of headings only', () => {
    const text = '第1条（利用目的）\n第2条（第三者提供）\n第3条（お問い合わせ）';
    const imported = splitIntoSections(text);
    expect(headings(imported)).toEqual(['第1条（利用目的）', '第2条（第三者提供）', '第3条（お問い合わせ）']);
    expect(kinds(imported)).toEqual(['purposes_of_use', 'third_party_provision', 'contact']);
  });
});
