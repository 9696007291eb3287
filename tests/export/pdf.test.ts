import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExportDocument, RenderResult } from '../../main/core/export/model';
import { renderPdf } from '../../main/core/export/render/pdf';
import { noLineEnd, noLineStart } from '../../main/core/export/text/kinsoku';
import { expectedLanes, firstMissingInOrder, squash } from './expected';
import { isBody, pdfText, readingLanes, textBlocks } from './pdf-text';
import { EMOJI, samplePolicy, samplePpcReport } from './sample';

/**
 * The sample policy rendered to PDF and read back with poppler: every text in order, fonts embedded as subsets,
 * 禁則 kept, the emoji replaced and reported, header and footer on every page, the contents' page numbers right.
 * The pages are also written as PNGs to test-results/export/ for a person to look at.
 */
const outDir = path.resolve('test-results/export');
const file = path.join(outDir, 'policy.pdf');
const reportFile = path.join(outDir, 'ppc-report.pdf');
const doc = samplePolicy();
const report = samplePpcReport();
let result: RenderResult;
let reportResult: RenderResult;

async function render(model: ExportDocument, target: string): Promise<RenderResult> {
  const rendered = await renderPdf(model);
  fs.writeFileSync(target, rendered.bytes);
  const prefix = `${path.basename(target, '.pdf')}-pdf`;
  for (const png of fs.readdirSync(outDir).filter((name) => name.startsWith(prefix) && name.endsWith('.png'))) fs.rmSync(path.join(outDir, png));
  execFileSync('pdftoppm', ['-r', '60', '-png', target, path.join(outDir, prefix)]);
  return rendered;
}

beforeAll(async () => {
  fs.mkdirSync(outDir, { recursive: true });
  [result, reportResult] = await Promise.all([render(doc, file), render(report, reportFile)]);
});

const leaders = /^[.\s\d]+$/;
const firstChar = (line: string) => Array.from(line.trim())[0] ?? '';
const lastChar = (line: string) => Array.from(line.trim()).at(-1) ?? '';

describe('PDF export', () => {
  it('holds every heading, paragraph, list item and cell, in reading order, in each column', () => {
    // The emoji is drawn as written, by the fallback face: nothing is marked.
    const lanes = expectedLanes(doc);
    // The long article is a bilingual pair split over two pages: the case the two lanes exist for.
    const pages = Array.from({ length: result.pageCount! }, (_, i) => squash(pdfText(file, '-f', String(i + 1), '-l', String(i + 1))));
    const start = pages.findIndex((text) => text.includes('当社の委託先も'));
    expect(pages.findLastIndex((text) => text.includes('（2026年4月改定）'))).toBe(start + 1);
    const { main, english } = readingLanes(file);
    expect(lanes.main.length).toBeGreaterThan(100);
    expect(firstMissingInOrder(lanes.main, squash(main))).toBeNull();
    expect(firstMissingInOrder(lanes.english, squash(english))).toBeNull();
  });

  it('embeds every font as a subset', () => {
    const rows = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
    // The four Noto JP faces and the fallback face for the emoji.
    expect(rows.length).toBe(5);
    for (const row of rows) {
      expect(row).toMatch(/^[A-Z]{6}\+(Noto(Serif|Sans)JP-(Regular|Bold)|NotoEmoji-Regular)\s/);
      expect(row).toMatch(/\byes\s+yes\s+yes\b/);
    }
  });

  it('has a sane page count, title, author and language', () => {
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBe(result.pageCount);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(pages).toBeLessThanOrEqual(8);
    expect(info).toMatch(/Title:\s+個人情報保護方針 \/ Privacy Policy/);
    expect(info).toMatch(/Author:\s+株式会社サンプル商事/);
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    expect(result.bytes.includes('/Lang (ja-JP)')).toBe(true);
  });

  it('never starts a line with closing punctuation or small kana, nor ends one with an opening bracket', () => {
    const lines = textBlocks(file)
      .filter(isBody)
      .flatMap((block) => block.lines)
      .filter((line) => !leaders.test(line));
    expect(lines.length).toBeGreaterThan(100);
    expect(lines.filter((line) => noLineStart.has(firstChar(line)))).toEqual([]);
    expect(lines.filter((line) => noLineEnd.has(lastChar(line)))).toEqual([]);
    const layoutLines = pdfText(file, '-layout').split('\n').filter((line) => line.trim() && !leaders.test(line));
    expect(layoutLines.filter((line) => noLineStart.has(firstChar(line)))).toEqual([]);
  });

  it('draws the emoji the text fonts lack with the fallback face, as written: nothing replaced', () => {
    expect(result.replacedCharacters).toEqual([]);
    const text = pdfText(file);
    expect(text).toContain(EMOJI);
    expect(text).not.toContain('〓');
  });

  it('shows a missing value as 未記入', () => {
    expect(squash(pdfText(file))).toContain('個人情報保護管理者：未記入（氏名）');
  });

  it('puts the company and title in the header and "page / pages" in the footer of every page', () => {
    const pages = result.pageCount!;
    for (let page = 1; page <= pages; page++) {
      const text = pdfText(file, '-layout', '-f', String(page), '-l', String(page));
      const lines = text.split('\n').filter((line) => line.trim());
      expect(lines[0], `page ${page}`).toMatch(/^株式会社サンプル商事\s+個人情報保護方針$/);
      expect(squash(lines[lines.length - 1]!), `page ${page}`).toBe(`${page}/${pages}`);
    }
  });

  it('lists each heading in the contents with the page it is on', () => {
    const contents = pdfText(file, '-layout', '-f', '1', '-l', '1');
    const entries = [...contents.matchAll(/^\s*(第\d+条（[^）]+）|Article \d+ \([^)]+\))[\s.]+(\d+)\s*$/gm)];
    expect(entries).toHaveLength(20);
    for (const [, heading, page] of entries) {
      const onPage = squash(pdfText(file, '-f', page!, '-l', page!));
      expect(onPage, `${heading} on page ${page}`).toContain(squash(heading!));
    }
  });

  it('keeps the table header row on every page the table runs over', () => {
    const pagesWithRows = new Set(
      textBlocks(file)
        .filter((block) => block.lines.some((line) => /記録区分\d+/.test(line)))
        .map((block) => block.page),
    );
    expect(pagesWithRows.size).toBeGreaterThanOrEqual(2);
    for (const page of pagesWithRows) {
      expect(squash(pdfText(file, '-f', String(page), '-l', String(page))), `page ${page}`).toContain('記録の区分/Record');
    }
  });

  it('renders a one-column Japanese PPC report: the nine items in order, 禁則 kept, both gaps marked 未記入', () => {
    const text = squash(readingLanes(reportFile).main);
    expect(firstMissingInOrder(expectedLanes(report).main, text)).toBeNull();
    const lines = textBlocks(reportFile).filter(isBody).flatMap((block) => block.lines);
    expect(lines.filter((line) => noLineStart.has(firstChar(line)))).toEqual([]);
    expect(text.match(/未記入/g)).toHaveLength(2);
    expect(reportResult.replacedCharacters).toEqual([]);
    expect(execFileSync('pdfinfo', [reportFile], { encoding: 'utf8' })).toMatch(/Title:\s+個人データの漏えい等の報告（確報）/);
  });
});
