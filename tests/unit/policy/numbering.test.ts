import { describe, expect, it } from 'vitest';
import { writtenNumber } from '../../../shared/policy/article-heading';
import { makeSection, type PolicySection, type SectionNumbering } from '../../../shared/policy/model';
import { sectionHeadings, sectionNumbers, versionNumbering, withNumbering } from '../../../shared/policy/numbering';
import type { SectionKind } from '../../../shared/policy/vocabulary';

/** Sections as the import or the editor makes them, in wording of our own. */
const s = (id: string, numbering: SectionNumbering, headingJa: string, headingEn = '', kind: SectionKind = 'custom'): PolicySection =>
  makeSection(kind, id, { headingJa, headingEn, bodyJa: headingJa ? '本文。' : '', bodyEn: headingEn ? 'Text.' : '', numbering });
const texts = (sections: PolicySection[], lang: 'ja' | 'en') => sectionHeadings(sections, lang).map((h) => h.text);
const labels = (sections: PolicySection[], lang: 'ja' | 'en') => sectionHeadings(sections, lang).map((h) => h.label);

describe('the number a heading carries as written', () => {
  it.each([
    ['第6条（利用目的）', '第6条', 6, 'article'],
    ['第１２条　安全管理', '第１２条', 12, 'article'],
    ['第十二条（委託）', '第十二条', 12, 'article'],
    ['第3条の2（仮名加工情報）', '第3条の2', 3, 'article'],
    ['Article 3. Security', 'Article 3', 3, 'article'],
    ['Section 2 – Cookies', 'Section 2', 2, 'article'],
    ['第2章 個人情報の取扱い', '第2章', 2, 'chapter'],
    ['1. Purposes of Use', '1.', 1, 'item'],
    ['（1）利用目的', '（1）', 1, 'item'],
    ['(4) Contact', '(4)', 4, 'item'],
    ['三、安全管理措置', '三、', 3, 'item'],
    ['②開示等の請求', '②', 2, 'item'],
    ['## 4. Cookies', '4.', 4, 'item'],
  ] as const)('%s → %s', (heading, number, value, style) => {
    expect(writtenNumber(heading)).toMatchObject({ number, value, style });
  });

  it.each(['【お問い合わせ窓口】', 'Cookie Policy', '2020年4月1日 制定', '1.5 million users', '■利用目的', ''])('%s carries none', (heading) => {
    expect(writtenNumber(heading)).toBeNull();
  });
});

describe('numbering automatically', () => {
  it('counts 第1条, 第2条 … after an unnumbered opening statement, titled by the heading or the kind', () => {
    const sections = [
      makeSection('basic_policy_statement', 'intro', { headingJa: '基本方針', bodyJa: '当社は…' }),
      makeSection('purposes_of_use', 'p'),
      makeSection('security_measures', 's', { headingJa: '第9条（安全管理）', headingEn: '9. Security' }),
    ];
    expect(texts(sections, 'ja')).toEqual(['基本方針', '第1条（利用目的）', '第2条（安全管理）']);
    expect(texts(sections, 'en')).toEqual(['', 'Article 1 (Purposes of Use)', 'Article 2 (Security)']);
    expect(labels(sections, 'ja')).toEqual(['前文', '第1条', '第2条']);
  });

  it('numbers the opening section too when it is no statement or already carries a number', () => {
    expect(texts([s('a', 'auto', '第1条（目的）'), s('b', 'auto', '定義')], 'ja')).toEqual(['第1条（目的）', '第2条（定義）']);
    expect(texts([makeSection('purposes_of_use', 'p'), s('b', 'auto', '定義')], 'ja')).toEqual(['第1条（利用目的）', '第2条（定義）']);
  });
});

describe('numbering as written', () => {
  it('keeps the source numbers, gaps and all, and prints the heading line untouched', () => {
    const sections = [s('pre', 'none', 'プライバシーポリシー'), s('a', 'as_written', '第１条（目的）'), s('b', 'as_written', '第3条（利用目的）'), s('c', 'as_written', '第3条の2（仮名加工情報）')];
    expect(texts(sections, 'ja')).toEqual(['プライバシーポリシー', '第１条（目的）', '第3条（利用目的）', '第3条の2（仮名加工情報）']);
    expect(labels(sections, 'ja')).toEqual(['前文', '第１条', '第3条', '第3条の2']);
    // The English column carries the same article numbers, so a translation's cross-references match.
    expect(labels(sections, 'en')).toEqual(['Preamble', 'Article 1', 'Article 3', 'Article 3-2']);
    expect(texts(sections, 'en')[2]).toBe('Article 3 (Other)');
  });

  it('translates an English number for the Japanese column and keeps item numbers as they are', () => {
    const en = [s('a', 'as_written', '', 'Article 7 (Cookies)'), s('b', 'as_written', '', '2. Sharing')];
    expect(sectionNumbers(en).map((n) => n && [n.ja, n.en])).toEqual([['第7条', 'Article 7'], ['2.', '2.']]);
    const kanji = [s('a', 'as_written', '一、基本方針'), s('b', 'as_written', '二、利用目的')];
    expect(sectionNumbers(kanji).map((n) => n?.en)).toEqual(['1.', '2.']);
    expect(texts([s('p', 'as_written', '（2）保有個人データに関する事項')], 'ja')).toEqual(['（2）保有個人データに関する事項']);
  });

  it('leaves a heading without a number unnumbered, named by its own words', () => {
    const sections = [s('pre', 'none', '', 'Privacy Policy'), s('a', 'as_written', '', 'Cookie Policy'), s('b', 'as_written', '', 'Use of analytics')];
    expect(sectionHeadings(sections, 'en').map((h) => [h.number, h.text, h.label])).toEqual([
      [null, 'Privacy Policy', 'Preamble'],
      [null, 'Cookie Policy', 'Cookie Policy'],
      [null, 'Use of analytics', 'Use of analytics'],
    ]);
  });

  it('continues the count after the last written number for a section added later, in its style', () => {
    expect(texts([s('a', 'as_written', '第5条（委託）'), s('new', 'auto', '共同利用')], 'ja')).toEqual(['第5条（委託）', '第6条（共同利用）']);
    expect(texts([s('a', 'as_written', '', '3. Sharing'), s('new', 'auto', '', 'Cookies')], 'en')).toEqual(['3. Sharing', '4. Cookies']);
    expect(texts([s('a', 'as_written', '三、委託'), s('new', 'auto', '共同利用')], 'ja')).toEqual(['三、委託', '四、共同利用']);
    // A chapter heading groups articles; the article count runs on through it.
    expect(texts([s('a', 'as_written', '第2条（定義）'), s('ch', 'as_written', '第2章 取扱い'), s('new', 'auto', '利用目的')], 'ja')).toEqual([
      '第2条（定義）',
      '第2章 取扱い',
      '第3条（利用目的）',
    ]);
  });
});

describe('switching a version between automatic and as written', () => {
  const imported = [s('pre', 'none', 'プライバシーポリシー'), s('a', 'as_written', '第1条（目的）'), s('b', 'as_written', '第4条（利用目的）')];

  it('to automatic: counts from 1 and keeps the written numbers in the headings, so switching back restores them', () => {
    const auto = withNumbering(imported, 'auto');
    expect(versionNumbering(auto)).toBe('auto');
    expect(texts(auto, 'ja')).toEqual(['プライバシーポリシー', '第1条（目的）', '第2条（利用目的）']);
    const back = withNumbering(auto, 'as_written');
    expect(versionNumbering(back)).toBe('as_written');
    expect(texts(back, 'ja')).toEqual(texts(imported, 'ja'));
    expect(back.map((section) => section.headingJa)).toEqual(imported.map((section) => section.headingJa));
  });

  it('to as written: a template policy keeps the numbers it shows now, so inserting an article later shifts nothing', () => {
    const template = [
      makeSection('basic_policy_statement', 'intro', { headingJa: '基本方針', headingEn: 'Basic Policy', bodyJa: '当社は…', bodyEn: 'We…' }),
      makeSection('purposes_of_use', 'p', { headingJa: '利用目的', headingEn: 'Purposes of Use', bodyJa: '…', bodyEn: '…' }),
      makeSection('cookies', 'c', { headingJa: 'Cookie等の利用', headingEn: 'Cookies', bodyJa: '…', bodyEn: '…' }),
    ];
    const frozen = withNumbering(template, 'as_written');
    expect(frozen.map((section) => section.numbering)).toEqual(['none', 'as_written', 'as_written']);
    expect(frozen.map((section) => section.headingJa)).toEqual(['基本方針', '第1条（利用目的）', '第2条（Cookie等の利用）']);
    expect(frozen.map((section) => section.headingEn)).toEqual(['Basic Policy', 'Article 1 (Purposes of Use)', 'Article 2 (Cookies)']);
    const inserted = [frozen[0]!, frozen[1]!, makeSection('joint_use', 'j'), frozen[2]!];
    expect(labels(inserted, 'ja')).toEqual(['前文', '第1条', '第2条', '第2条']);
  });
});
