import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportResult } from '../../shared/contract/exports';
import { headingTitle } from '../../shared/policy/article-heading';
import { firstMissingInOrder, squash } from './expected';
import { docxPart, docxText, pdfFonts, pdfPages, pngs, save } from './files';
import { readingLanes } from './pdf-text';
import { exportOf, exportWorkspace, type ExportWorkspace } from './records';
import { policyFixtureDir } from '../policy-fixtures';

/**
 * Policies exported through `exports.policy`: the three sample policies imported through the policies core keep
 * every line of their source in Japanese, English and bilingual exports (headings renumbered as articles, so a
 * heading line is found by its title), and a template policy prints articles, the contents, the external-
 * transmission table, the desks from their records, the revision history and the signature.
 */
const fixtureDir = policyFixtureDir;
const samples = ['hakusan-ja', 'gfd-ja', 'chatplus-en'] as const;
const variants = [
  { lang: 'ja', layout: 'sequential' },
  { lang: 'en', layout: 'sequential' },
  { lang: 'both', layout: 'sequential' },
  { lang: 'both', layout: 'columns' },
] as const;

let ws: ExportWorkspace;
const imported = new Map<string, { policyId: number; lines: string[] }>();
const files = new Map<string, { result: ExportResult; file: string }>();
let templateId = 0;

/**
 * Replaced characters and their marks compare equal; whitespace is ignored, since lines break anywhere; Kangxi
 * radicals (gfd-ja's ⼈, ⽅) compare as the ideographs the PDF prints for them (text/glyphs.ts unifyRadicals).
 */
function comparable(text: string, replaced: readonly string[]): string {
  let out = text.replace(/[\u2e80-\u2fdf]/g, (char) => char.normalize('NFKC'));
  for (const char of replaced) out = out.replaceAll(char, '?');
  return squash(out.replace(/[〓□]/g, '?'));
}

/** Every non-blank source line, headings as the titles the articles print. */
function sourceLines(text: string, headingLines: ReadonlySet<number>): string[] {
  return text
    .split('\n')
    .map((line, i) => ({ line: line.trim(), number: i + 1 }))
    .filter(({ line }) => line !== '')
    .map(({ line, number }) => (headingLines.has(number) ? headingTitle(line) || line : line));
}

beforeAll(async () => {
  ws = await exportWorkspace();
  for (const name of samples) {
    const text = readFileSync(path.join(fixtureDir, `${name}.txt`), 'utf8');
    const preview = (await ws.core.dispatch('policies.importPreview', { pastedText: text }, ws.core.workspace().id)) as { ok: true; value: { sections: { section: { headingJa: string; headingEn: string }; firstLine: number }[] } };
    const sections = preview.value.sections;
    const saved = (await ws.core.dispatch('policies.importSave', { companyId: ws.companyId, sections: sections.map((s) => s.section) }, ws.core.workspace().id)) as { ok: true; value: { id: number } };
    const headingLines = new Set(sections.filter((s) => s.section.headingJa || s.section.headingEn).map((s) => s.firstLine));
    imported.set(name, { policyId: saved.value.id, lines: sourceLines(text, headingLines) });
    for (const variant of variants) {
      for (const format of ['pdf', 'docx'] as const) {
        const result = await exportOf(ws.core, 'exports.policy', { policyId: saved.value.id, format, ...variant });
        const fileName = `policy-${name}-${variant.lang}-${variant.layout}.${format}`;
        files.set(fileName, { result, file: save(result, fileName) });
      }
    }
  }
  const template = (await ws.core.dispatch('policies.create', { companyId: ws.companyId, templateId: 'saas_app', effectiveOn: '2026-04-01', serviceNameJa: 'サンプルアプリ', serviceNameEn: 'Sample App' }, ws.core.workspace().id)) as { ok: true; value: { id: number; current: { id: number; revision: number } } };
  templateId = template.value.id;
  await ws.core.dispatch('policyVersions.publish', { versionId: template.value.current.id, revision: template.value.current.revision, effectiveOn: '2026-04-01', acknowledgeWarnings: true }, ws.core.workspace().id);
  for (const variant of variants) {
    for (const format of ['pdf', 'docx'] as const) {
      const result = await exportOf(ws.core, 'exports.policy', { policyId: templateId, format, ...variant });
      const fileName = `policy-template-${variant.lang}-${variant.layout}.${format}`;
      files.set(fileName, { result, file: save(result, fileName) });
    }
  }
  pngs(files.get('policy-template-ja-sequential.pdf')!.file, 3);
  pngs(files.get('policy-template-both-columns.pdf')!.file, 3);
  pngs(files.get('policy-hakusan-ja-ja-sequential.pdf')!.file, 2);
  pngs(files.get('policy-chatplus-en-both-columns.pdf')!.file, 2);
}, 180_000);

afterAll(() => ws?.close());

describe.each(samples)('the sample policy %s after import', (name) => {
  it.each(variants)('keeps every line in the PDF ($lang, $layout)', ({ lang, layout }) => {
    const { result, file } = files.get(`policy-${name}-${lang}-${layout}.pdf`)!;
    const { lines } = imported.get(name)!;
    const lanes = readingLanes(file);
    // A policy written in one language is printed in that language alone, also when both were asked for: no
    // column (or part) of empty articles in the other.
    const lane = lanes.main;
    expect(lanes.english).toBe('');
    if (lang === 'both') expect(squash(lanes.main)).not.toMatch(name.endsWith('-en') ? /第\d+条/ : /Article\d+/);
    const expected = lines.map((line) => comparable(line, result.replacedCharacters));
    expect(firstMissingInOrder(expected, comparable(lane, result.replacedCharacters))).toBeNull();
    expect(pdfPages(file)).toBe(result.pageCount);
    for (const row of pdfFonts(file)) expect(row).toMatch(/^[A-Z]{6}\+Noto(Serif|Sans)JP-(Regular|Bold)\s.*\byes\s+yes\s+yes\b/);
  });

  it.each(variants)('keeps every line in the Word file ($lang, $layout)', ({ lang, layout }) => {
    const { file } = files.get(`policy-${name}-${lang}-${layout}.docx`)!;
    const expected = imported.get(name)!.lines.map((line) => comparable(line, []));
    expect(firstMissingInOrder(expected, comparable(docxText(file), []))).toBeNull();
    // Japanese line breaking: the document defaults mark East Asian text ja-JP (runs take it from the styles).
    expect(docxPart(file, 'word/styles.xml')).toMatch(/<w:docDefaults>[\s\S]*w:eastAsia="ja-JP"/);
  });
});

describe('a policy from a template', () => {
  it('numbers its articles and lists them in the contents, with the effective date', () => {
    const text = squash(readingLanes(files.get('policy-template-ja-sequential.pdf')!.file).main);
    expect(firstMissingInOrder(['施行日：2026年4月1日', '目次', '第1条（', '第2条（', '第3条（'], text)).toBeNull();
    const en = squash(readingLanes(files.get('policy-template-en-sequential.pdf')!.file).main);
    expect(firstMissingInOrder(['Effectivedate:April1,2026', 'Contents', 'Article1(', 'Article2('], en)).toBeNull();
  });

  it('prints the external transmissions as a table and the complaint desk from its record', () => {
    const text = squash(readingLanes(files.get('policy-template-ja-sequential.pdf')!.file).main);
    expect(firstMissingInOrder(['送信先のツール', '送信先', '送信される情報', '利用目的', 'オプトアウト'], text)).toBeNull();
    expect(firstMissingInOrder(['個人情報お問い合わせ窓口', '0120-123-456', 'desk@sample.co.jp', '月〜金曜日'], text)).toBeNull();
    const both = squash(docxText(files.get('policy-template-both-columns.docx')!.file));
    expect(both).toContain('電話/Phone');
  });

  it('ends with the revision history (制定) and the signature', () => {
    const text = squash(readingLanes(files.get('policy-template-ja-sequential.pdf')!.file).main);
    expect(firstMissingInOrder(['改定履歴', '2026年4月1日', '制定', '株式会社サンプル', '代表取締役社長山田太郎'], text)).toBeNull();
    const en = squash(readingLanes(files.get('policy-template-en-sequential.pdf')!.file).main);
    expect(firstMissingInOrder(['RevisionHistory', 'April1,2026', 'Established', 'SampleK.K.', 'TaroYamada', 'President'], en)).toBeNull();
  });

  it('names the file by its effective date and title', () => {
    expect(files.get('policy-template-ja-sequential.pdf')!.result.fileName).toMatch(/^2026-04-01_.+\.pdf$/);
  });

  it('refuses an unknown policy with not_found naming policyId', async () => {
    const missing = await ws.core.dispatch('exports.policy', { policyId: 99999, format: 'pdf', lang: 'ja' }, ws.core.workspace().id);
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found', path: ['policyId'] } });
  });
});
