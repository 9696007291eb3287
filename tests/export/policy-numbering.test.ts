import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../integration/core/helpers';
import { writtenNumber } from '../../shared/policy/article-heading';
import { sectionHeadings } from '../../shared/policy/numbering';
import { policyFixture, policyFixtureNames } from '../policy-fixtures';
import { firstMissingInOrder, squash } from './expected';
import { docxPart, pngs, save } from './files';
import { pdfText } from './pdf-text';
import { exportOf, exportWorkspace, type ExportWorkspace } from './records';

/**
 * Issue 11 item 1: a policy keeps its own article numbers through import → export. Each real policy in
 * shared/fixtures/policies and two of our own wording (第1〜20条 with sub-headings and a 第3条第1項 reference; an
 * English notice with an unnumbered preamble, "1." headings and an "Article 3, Paragraph 1" reference) is imported
 * through the core, then exported as PDF (read with pdftotext) and Word (word/document.xml): the headings print the
 * numbers the source wrote, in order, no number the source does not have, and the checker's evidence names the
 * same articles.
 */
const twentyArticles = (() => {
  const lines = ['個人情報取扱規程', '', '株式会社見本商事（以下「当社」）は、個人情報を次のとおり取り扱います。', ''];
  for (let n = 1; n <= 20; n++) {
    lines.push(`第${n}条（第${n}の定め）`, `当社は、第${n}の事項を次のとおり定めます。`);
    if (n % 3 === 0 && n < 20) lines.push('【細目】', '（1）記録は社内で保管します。', '（2）保管期間は3年とします。');
    if (n === 12) lines.push('前項の請求は、第3条第1項に定める方法によります。');
  }
  return lines.join('\n');
})();

const englishNotice = [
  'Privacy Notice',
  '',
  'Privacy Notice',
  '',
  'This notice explains how Example Trading handles personal data.',
  '',
  '1. Information we hold',
  'We hold your name and e-mail address.',
  '',
  '2. Why we use it',
  'To deliver orders and to answer you.',
  '',
  '3. Sharing',
  'We share data with carriers only, as set out in Article 3, Paragraph 1 of our Terms.',
  '',
  'Carriers',
  'Each carrier signs a confidentiality agreement.',
  '',
  '4. Contact',
  'Write to privacy@example.invalid, as described in section 2 above.',
].join('\n');

const documents = [
  ...policyFixtureNames().map((name) => ({ name: name.replace(/\.txt$/, ''), text: readFileSync(policyFixture(name), 'utf8') })),
  { name: 'own-twenty-articles-ja', text: twentyArticles },
  { name: 'own-notice-en', text: englishNotice },
];

interface Exported {
  lang: 'ja' | 'en';
  /** The headings the import kept, as written in the source (the numbered ones carry the source's number). */
  sourceHeadings: string[];
  pdf: string;
  bothPdf: string;
  wordHeadings: string[];
  /** Headings inside articles (their sub-headings). */
  wordSubHeadings: string[];
  wordText: string;
  evidenceArticles: string[];
}

let ws: ExportWorkspace;
const exported = new Map<string, Exported>();

const decode = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const runsText = (xml: string) => decode([...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));

/** The text of each paragraph of word/document.xml in a heading style of `level` (the contents field left out). */
function wordHeadingTexts(xml: string, level: 'articles' | 'inside' = 'articles'): string[] {
  const body = xml.replace(/<w:sdt>[\s\S]*?<\/w:sdt>/g, '');
  const style = level === 'articles' ? /<w:pStyle w:val="(Heading1|[^"]*Article[^"]*)"\/>/ : /<w:pStyle w:val="Heading3"\/>/;
  return [...body.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].filter((m) => style.test(m[1]!)).map((m) => runsText(m[1]!).trim());
}

/** Article numbers of the counted shapes (第N条 / Article N) printed in a text. */
const articleNumbers = (text: string) => [...text.normalize('NFKC').matchAll(/第(\d+)条|Article (\d+)/g)].map((m) => Number(m[1] ?? m[2]));

beforeAll(async () => {
  ws = await exportWorkspace();
  for (const { name, text } of documents) {
    const preview = await call(ws.core, 'policies.importPreview', { pastedText: text });
    const sections = preview.sections.map((entry) => entry.section);
    const saved = await call(ws.core, 'policies.importSave', {
      companyId: ws.companyId,
      titleJa: preview.suggestedTitle.ja,
      titleEn: preview.suggestedTitle.en,
      sections,
    });
    const lang = preview.language;
    const files: Record<string, string> = {};
    for (const [format, variant] of [
      ['pdf', { lang }],
      ['docx', { lang }],
      ['pdf', { lang: 'both', layout: 'columns' }],
    ] as const) {
      const result = await exportOf(ws.core, 'exports.policy', { policyId: saved.id, format, ...variant });
      files[`${format}-${variant.lang}`] = save(result, `policy-numbering-${name}-${variant.lang}.${format}`);
    }
    const check = await call(ws.core, 'policies.check', { policyId: saved.id });
    exported.set(name, {
      lang,
      sourceHeadings: sections.map((section) => (lang === 'ja' ? section.headingJa : section.headingEn).trim()).filter((heading) => heading !== ''),
      pdf: pdfText(files[`pdf-${lang}`]!),
      bothPdf: pdfText(files['pdf-both']!),
      wordHeadings: wordHeadingTexts(docxPart(files[`docx-${lang}`]!, 'word/document.xml')),
      wordSubHeadings: wordHeadingTexts(docxPart(files[`docx-${lang}`]!, 'word/document.xml'), 'inside'),
      wordText: runsText(docxPart(files[`docx-${lang}`]!, 'word/document.xml')),
      evidenceArticles: check.rules.flatMap((rule) => rule.evidence.map((entry) => entry.article)),
    });
  }
  pngs(`${process.cwd()}/test-results/export/policy-numbering-hakusan-ja-ja.pdf`, 2);
  pngs(`${process.cwd()}/test-results/export/policy-numbering-own-notice-en-en.pdf`, 2);
}, 240_000);

afterAll(() => ws?.close());

describe.each(documents.map((document) => document.name))('%s imported, then exported', (name) => {
  const numbered = () => exported.get(name)!.sourceHeadings.filter((heading) => writtenNumber(heading) !== null);

  it('keeps its numbered headings as the source writes them, in order, in the PDF and in Word', () => {
    const { pdf, wordHeadings, wordText } = exported.get(name)!;
    expect(firstMissingInOrder(numbered().map(squash), squash(pdf))).toBeNull();
    expect(firstMissingInOrder(numbered().map(squash), squash(wordText))).toBeNull();
    // Every Word heading with a number is one the source has: nothing renumbered, nothing invented.
    const numberedInWord = wordHeadings.filter((heading) => writtenNumber(heading) !== null);
    expect(numberedInWord).toEqual(numbered());
  });

  it('prints no article number the source does not have (no preamble or sub-heading counted as an article)', () => {
    const { pdf, bothPdf, sourceHeadings } = exported.get(name)!;
    const source = new Set(articleNumbers(documents.find((d) => d.name === name)!.text));
    const written = new Set(articleNumbers(sourceHeadings.join('\n')));
    for (const number of articleNumbers(pdf)) expect(source.has(number), `${name}: article ${number} in the PDF`).toBe(true);
    // Side by side, the translation column carries the same numbers (第6条 ⇄ Article 6), none beyond them.
    for (const number of articleNumbers(bothPdf)) expect(source.has(number) || written.has(number), `${name}: article ${number} in the bilingual PDF`).toBe(true);
  });

  it("names the articles in the checker's evidence as the document numbers them", () => {
    const { evidenceArticles, sourceHeadings } = exported.get(name)!;
    const source = documents.find((d) => d.name === name)!.text;
    for (const article of evidenceArticles) {
      const number = writtenNumber(article);
      // 第6条 / Article 6 / 1. are the source's own; an unnumbered section is named by its heading as written.
      if (number) expect(source.normalize('NFKC')).toContain(article.normalize('NFKC').replace(/^Article (\d+)$/, '$1'));
      else expect([...sourceHeadings, '前文', 'Preamble']).toContain(article);
    }
  });
});

describe('numbers our own documents give', () => {
  it('第1〜20条 with sub-headings prints 第1条 … 第20条 and keeps 第3条第1項 pointing at 第3条', () => {
    const { wordHeadings, wordSubHeadings, pdf } = exported.get('own-twenty-articles-ja')!;
    const numbers = wordHeadings.flatMap((heading) => (writtenNumber(heading)?.style === 'article' ? [writtenNumber(heading)!.value] : []));
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    // The sub-headings stay inside their articles: set as headings there, numbered nothing.
    expect(wordHeadings).not.toContain('【細目】');
    expect(wordSubHeadings).toEqual(Array.from({ length: 6 }, () => '【細目】'));
    expect(squash(pdf)).toContain('前項の請求は、第3条第1項に定める方法によります。');
    expect(firstMissingInOrder(['第3条（第3の定め）', '【細目】', '（1）記録は社内で保管します。', '第4条（第4の定め）'], squash(pdf))).toBeNull();
  });

  it('an English notice: the preamble is no Article 1, the repeated title prints once, 1. … 4. as written', () => {
    const { wordHeadings, pdf } = exported.get('own-notice-en')!;
    expect(wordHeadings.filter((heading) => writtenNumber(heading) !== null)).toEqual(['1. Information we hold', '2. Why we use it', '3. Sharing', '4. Contact']);
    // The title line, printed twice in the source, is the document's title once, not again as the preamble's heading.
    expect(wordHeadings).not.toContain('Privacy Notice');
    expect(pdf).not.toMatch(/Article 1\b/);
    expect(squash(pdf)).toContain(squash('as set out in Article 3, Paragraph 1 of our Terms'));
    expect(firstMissingInOrder(['3.Sharing', 'Carriers', 'Eachcarriersigns', '4.Contact'], squash(pdf))).toBeNull();
  });

  it('the editor, the checker and the exports share one numbering: the heading the editor shows is the one printed', async () => {
    const list = await call(ws.core, 'policies.list', { companyId: ws.companyId, limit: 100 });
    for (const item of list.items) {
      const policy = await call(ws.core, 'policies.get', { id: item.id });
      const version = await call(ws.core, 'policyVersions.get', { id: policy.draftVersionId ?? policy.latestPublished!.versionId });
      const lang = version.sections.some((section) => section.bodyJa !== '') ? 'ja' : 'en';
      const shown = sectionHeadings(version.sections, lang).filter((heading) => heading.numbered).map((heading) => heading.text);
      const name = documents.find((d) => squash(d.text).includes(squash(shown[0] ?? '\u0000')))?.name;
      if (!name) continue;
      expect(shown.filter((heading) => writtenNumber(heading) !== null)).toEqual(exported.get(name)!.wordHeadings.filter((heading) => writtenNumber(heading) !== null));
    }
  });
});
