import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportResult } from '../../shared/contract/exports';
import type { Input } from '../../shared/contract';
import { call } from '../integration/core/helpers';
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
