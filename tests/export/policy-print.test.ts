import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportResult } from '../../shared/contract/exports';
import type { Input } from '../../shared/contract';
import { call, sampleDesk } from '../integration/core/helpers';
import { policyFixtureDir, policyFixtureNames } from '../policy-fixtures';
import { docxPart, docxText, pdfPages, save } from './files';
import { pdfText } from './pdf-text';
import { exportOf, exportWorkspace, type ExportWorkspace } from './records';

/**
 * Print-grade policy exports (issue 11 item 4): every sample policy imported, exported as a draft and once
 * published, in Japanese, English and side by side, PDF and Word. A published document has no 未記入 and no
 * watermark; a draft says 下書き / DRAFT on every page; a policy written in one language exported bilingual prints
 * that language only; a short policy has no contents page. The files stay in test-results/export/print for a
 * person to look at (pdftoppm -r 60).
 */
type Variant = { lang: 'ja' | 'en' | 'both'; layout: 'sequential' | 'columns' };
const variants: Variant[] = [
  { lang: 'ja', layout: 'sequential' },
  { lang: 'en', layout: 'sequential' },
  { lang: 'both', layout: 'columns' },
];

let ws: ExportWorkspace;
const files = new Map<string, { result: ExportResult; file: string }>();
const names = policyFixtureNames().map((name) => name.replace(/\.txt$/, ''));
const key = (name: string, state: string, v: Variant, format: string) => `print-${name}-${state}-${v.lang}-${v.layout}.${format}`;

async function exportAll(name: string, state: string, policyId: number, versionId: number): Promise<void> {
  for (const variant of variants) {
    for (const format of ['pdf', 'docx'] as const) {
      const result = await exportOf(ws.core, 'exports.policy', { policyId, versionId, format, ...variant });
      const fileName = key(name, state, variant, format);
      files.set(fileName, { result, file: save(result, fileName) });
    }
  }
}

beforeAll(async () => {
  ws = await exportWorkspace();
  for (const name of names) {
    const text = readFileSync(path.join(policyFixtureDir, `${name}.txt`), 'utf8');
    const preview = (await call(ws.core, 'policies.importPreview', { pastedText: text })) as { sections: { section: unknown }[] };
    const saved = await call(ws.core, 'policies.importSave', { companyId: ws.companyId, sections: preview.sections.map((s) => s.section) } as Input<'policies.importSave'>);
    await exportAll(name, 'draft', saved.id, saved.current.id);
    await call(ws.core, 'policyVersions.publish', { versionId: saved.current.id, revision: saved.current.revision, effectiveOn: '2026-04-01', acknowledgeWarnings: true });
    await exportAll(name, 'published', saved.id, saved.current.id);
  }
}, 600_000);

afterAll(() => ws?.close());

const pdf = (name: string, state: string, v: Variant) => files.get(key(name, state, v, 'pdf'))!;
const docx = (name: string, state: string, v: Variant) => files.get(key(name, state, v, 'docx'))!;

describe.each(names)('the sample policy %s', (name) => {
  it.each(variants)('published ($lang, $layout): no 未記入, no watermark, no English/Japanese stub articles', (variant) => {
    const text = pdfText(pdf(name, 'published', variant).file);
    expect(text).not.toMatch(/未記入|Not provided/i);
    expect(text).not.toContain('下書き');
    expect(text).not.toMatch(/\bDRAFT\b/);
    expect(text).not.toMatch(/（（|\(\(|〓/);
    const word = docxText(docx(name, 'published', variant).file);
    expect(word).not.toMatch(/未記入|Not provided/i);
    expect(docxPart(docx(name, 'published', variant).file, 'word/header1.xml')).not.toContain('DRAFT');
  });

  it.each(variants)('as a draft ($lang, $layout): 下書き / DRAFT on every page, PDF and Word', (variant) => {
    const { file, result } = pdf(name, 'draft', variant);
    const pages = pdfPages(file);
    expect(pages).toBe(result.pageCount);
    // A policy in one language exported bilingual is printed in that language: its mark is that language's.
    for (let page = 1; page <= pages; page++) expect(pdfText(file, '-f', String(page), '-l', String(page))).toMatch(/下書き|DRAFT/);
    const header = docxPart(docx(name, 'draft', variant).file, 'word/header1.xml');
    // The watermark shape (a WordArt text path behind the text) and the header's mark.
    expect(header).toMatch(/<v:textpath [^>]*string="[^"]*(下書き|DRAFT)/);
  });
});

/**
 * A bilingual policy from a template, edited as a user would: a heading with an emoji after its bracketed title,
 * numbered items long enough to wrap, a URL, a date in the text, an article without English, and a desk with
 * phone only (no email, no hours). Exported as a draft and published, side by side and in each language.
 */
describe('a bilingual policy edited by hand', () => {
  const LONG = '当社は、お客様からお預かりした個人情報を、あらかじめ本人の同意を得た範囲内で、かつ利用目的の達成に必要な範囲に限って取り扱い、目的外の利用を行わないための措置を講じます。';
  const URL = 'https://www.example.co.jp/privacy/cookie-policy/index.html?lang=ja&ref=policy';
  const out = new Map<string, ExportResult & { file: string }>();
  const get = (name: string) => out.get(name)!;

  beforeAll(async () => {
    const desk = await call(ws.core, 'desks.create', sampleDesk(ws.companyId, { nameJa: '電話窓口', nameEn: 'Phone Desk', email: '', receptionDays: [], hoursFrom: '', hoursTo: '', department: '' }));
    const created = await call(ws.core, 'policies.create', { companyId: ws.companyId, templateId: 'saas_app', effectiveOn: '2026-04-01', serviceNameJa: 'サンプルアプリ', serviceNameEn: 'Sample App' });
    const sections = created.current.sections.map((section, i) => {
      if (i === 1) return { ...section, headingJa: '（基本方針）🔒', headingEn: '(Basic Policy) 🔒', bodyJa: `${section.bodyJa}\n（1）${LONG}\n（2）詳しくは ${URL} をご覧ください。\n2020年4月1日制定`, bodyEn: `${section.bodyEn}\n(1) We handle personal information only within the purposes the person agreed to and take measures against any other use of it, as described in this policy.\n(2) See ${URL} for details.` };
      if (i === 2) return { ...section, bodyEn: '' };
      if ('deskIds' in section && section.deskIds.length > 0) return { ...section, deskIds: [...section.deskIds, desk.id] };
      return section;
    });
    const saved = await call(ws.core, 'policyDrafts.save', { versionId: created.current.id, revision: created.current.revision, sections } as Input<'policyDrafts.save'>);
    const variantsHere = [...variants, { lang: 'both', layout: 'sequential' } as Variant];
    const exportAs = async (state: string, extra: Partial<Input<'exports.policy'>> = {}) => {
      for (const variant of variantsHere) {
        for (const format of ['pdf', 'docx'] as const) {
          const result = await exportOf(ws.core, 'exports.policy', { policyId: created.id, format, ...variant, era: true, ...extra });
          const name = `print-edited-${state}-${variant.lang}-${variant.layout}.${format}`;
          out.set(name, { ...result, file: save(result, name) });
        }
      }
    };
    await exportAs('draft');
    await call(ws.core, 'policyVersions.publish', { versionId: created.current.id, revision: saved.version.revision, effectiveOn: '2026-04-01', acknowledgeWarnings: true });
    await exportAs('published');
    await exportAs('numbered', { wordNumbering: true, contents: 'always' });
  }, 300_000);

  it('prints the emoji heading as written, bracketed once, in PDF and Word, replacing nothing', () => {
    for (const name of ['print-edited-published-ja-sequential', 'print-edited-published-both-columns']) {
      const { file, replacedCharacters } = get(`${name}.pdf`);
      expect(replacedCharacters).toEqual([]);
      const text = pdfText(file).replace(/\s+/g, '');
      expect(text).toContain('第1条（基本方針）🔒');
      expect(text).not.toMatch(/（（|〓/);
      expect(docxText(get(`${name}.docx`).file).replace(/\s+/g, '')).toContain('第1条（基本方針）🔒');
    }
    expect(pdfText(get('print-edited-published-en-sequential.pdf').file).replace(/\s+/g, ' ')).toContain('Article 1 (Basic Policy) 🔒');
  });

  it('leaves the desk’s missing email and hours out when published, and marks them in the draft', () => {
    const published = pdfText(get('print-edited-published-ja-sequential.pdf').file);
    expect(published).toContain('電話窓口');
    expect(published).not.toContain('未記入');
    expect(pdfText(get('print-edited-draft-ja-sequential.pdf').file)).toContain('未記入');
    expect(docxText(get('print-edited-draft-ja-sequential.docx').file)).toContain('未記入');
  });

  it('says once that an article has no English, in its column, and not in the Japanese one', () => {
    const text = pdfText(get('print-edited-published-both-columns.pdf').file);
    expect(text.match(/No English version/g)).toHaveLength(1);
    expect(docxText(get('print-edited-published-both-columns.docx').file).match(/No English version/g)).toHaveLength(1);
  });

  it('adds the era to every Japanese date with --era: the text, the effective date, the history and the signature', () => {
    const text = pdfText(get('print-edited-published-ja-sequential.pdf').file).replace(/\s+/g, '');
    expect(text).toContain('2020年（令和2年）4月1日制定');
    expect(text).not.toMatch(/\d{4}年(?!（)\d{1,2}月/);
    expect(docxText(get('print-edited-published-ja-sequential.docx').file)).not.toMatch(/\d{4}年(?!（)\d{1,2}月/);
  });

  it('links the URL and breaks it only after a separator', () => {
    const { file } = get('print-edited-published-ja-sequential.pdf');
    const raw = readFileSync(file, 'latin1');
    expect(raw).toContain(`/URI (${URL})`);
    // Every line the URL is split over ends at one of its separators.
    const lines = pdfText(file).split('\n').map((line) => line.trim());
    const at = lines.findIndex((line) => line.includes('https://'));
    const tail = lines[at]!.slice(lines[at]!.indexOf('https://'));
    if (!URL.startsWith(tail.split(/\s/)[0]!) || tail.split(/\s/)[0] !== URL) expect(tail).toMatch(/[/.?&=_-]$/);
    expect(docxPart(get('print-edited-published-ja-sequential.docx').file, 'word/document.xml')).toMatch(/<w:hyperlink [^>]*r:id="[^"]+"[^>]*><w:r><w:rPr><w:rStyle w:val="Hyperlink"\/><\/w:rPr><w:t[^>]*>https:\/\/www\.example/);
  });

  it('hangs numbered items: in Word a hanging indent and a tab after the marker, in the PDF wrapped lines under the text', () => {
    const xml = docxPart(get('print-edited-published-ja-sequential.docx').file, 'word/document.xml');
    expect(xml).toMatch(/<w:ind w:left="(\d+)" w:hanging="\1"\/>[\s\S]*?<w:t[^>]*>（1）<\/w:t><\/w:r><w:r><w:tab\/><\/w:r>/);
    const layout = pdfText(get('print-edited-published-ja-sequential.pdf').file, '-layout').split('\n');
    const first = layout.findIndex((line) => line.includes('（1）当社は'));
    expect(first).toBeGreaterThan(-1);
    const indentOf = (line: string) => line.length - line.trimStart().length;
    // The wrapped line starts under the item's text, right of the marker.
    expect(indentOf(layout[first + 1]!)).toBeGreaterThan(indentOf(layout[first]!) + 2);
  });

  it('keeps Word formatting in named styles: no fonts or sizes on runs, no exact line height, no empty spacer paragraphs', () => {
    for (const variant of ['ja-sequential', 'en-sequential', 'both-columns', 'both-sequential']) {
      const file = get(`print-edited-published-${variant}.docx`).file;
      const xml = docxPart(file, 'word/document.xml').replace(/<w:sdt>[\s\S]*?<\/w:sdt>/g, '');
      expect(xml).not.toMatch(/<w:rFonts|<w:sz |<w:spacing /);
      expect(docxPart(file, 'word/styles.xml')).not.toContain('w:lineRule="exact"');
      // The only empty paragraphs are the separators Word needs between two tables.
      const empty = [...xml.matchAll(/<w:p>(?:<w:pPr>([\s\S]*?)<\/w:pPr>)?<\/w:p>/g)].map((m) => m[1] ?? '');
      for (const pPr of empty) expect(pPr).toContain('TableSeparator');
    }
  });

  it('sets the bilingual articles as rows of one table that may split across pages, headings not kept with the next', () => {
    const xml = docxPart(get('print-edited-published-both-columns.docx').file, 'word/document.xml');
    expect(xml).not.toContain('<w:cantSplit/>'.replace('/>', ' w:val="true"/>'));
    const pairs = [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((m) => m[1]!).filter((table) => table.includes('ColumnHeading'));
    expect(pairs.length).toBeGreaterThan(0);
    for (const table of pairs) expect(table).not.toContain('<w:cantSplit/>');
    expect(pairs.reduce((n, table) => n + (table.match(/<w:tr>/g) ?? []).length, 0)).toBeGreaterThan(5);
    const styles = docxPart(get('print-edited-published-both-columns.docx').file, 'word/styles.xml');
    expect(/w:styleId="ColumnHeading"[\s\S]*?<\/w:style>/.exec(styles)?.[0]).toContain('<w:keepNext w:val="false"/>');
  });

  it('starts each article on the same page in both PDF columns', () => {
    const { file } = get('print-edited-published-both-columns.pdf');
    const pages = pdfPages(file);
    for (let page = 1; page <= pages; page++) {
      const text = pdfText(file, '-f', String(page), '-l', String(page)).replace(/\s+/g, ' ');
      if (text.includes('目次')) continue; // the contents list the Japanese headings only
      const ja = [...text.matchAll(/第(\d+)条/g)].map((m) => m[1]);
      const en = [...text.matchAll(/Article (\d+)/g)].map((m) => m[1]);
      expect(en, `page ${page}`).toEqual(ja);
    }
  });

  it('numbers the articles with Word’s own numbering when asked, the heading styles carrying it', () => {
    const file = get('print-edited-numbered-ja-sequential.docx').file;
    const styles = docxPart(file, 'word/styles.xml');
    expect(/w:styleId="ArticleHeadingJa"[\s\S]*?<\/w:style>/.exec(styles)?.[0]).toMatch(/<w:numPr>[\s\S]*<w:numId w:val="\d+"\/>/);
    expect(docxPart(file, 'word/numbering.xml')).toContain('w:val="第%1条"');
    const text = docxText(file);
    expect(text).toContain('（基本方針）🔒');
    expect(text).not.toMatch(/第\d+条（/);
    // The PDF prints the same numbers.
    expect(pdfText(get('print-edited-numbered-ja-sequential.pdf').file).replace(/\s+/g, '')).toContain('第1条（基本方針）🔒');
  });

  it('gives a long policy (13 articles) a contents page, a short one none unless asked', () => {
    expect(pdfText(get('print-edited-published-ja-sequential.pdf').file)).toContain('目次');
    expect(docxPart(get('print-edited-published-ja-sequential.docx').file, 'word/document.xml')).toContain('TOC \\h');
    for (const name of names) {
      // A sample policy of three or four pages is read straight through; the six- and seven-page ones get contents.
      const { file } = pdf(name, 'published', variants[0]!);
      const hasContents = /目次|Contents/.test(pdfText(file));
      expect(hasContents, name).toBe(pdfPages(file) >= 6);
      expect(docxPart(docx(name, 'published', variants[0]!).file, 'word/document.xml').includes('TOC \\h'), name).toBe(hasContents);
    }
  });
});
