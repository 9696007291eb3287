import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadFonts } from '../main/core/export/fonts';
import { renderDocx } from '../main/core/export/render/docx';
import { renderPdf } from '../main/core/export/render/pdf';
import { bareDocx } from './bare-docx';
import { bareDocxPlain } from './bare-docx-plain';
import { barePdf } from './bare-pdf';
import { benchPolicy } from './export-policy';
import { gc, percentile, printTable, type Row } from './support';

/**
 * The export engine against the bare libraries, on a ~20-page bilingual policy, in one process. Engine and
 * baseline runs alternate (which goes first alternates too) after a warm-up, with a collection before each, so
 * neither pays for the other's garbage or a busy moment of the machine. Rows:
 *  1. PDF: engine (own line breaking with 禁則, columns, tables, contents, header/footer) vs pdfkit writing the
 *     same text in one column with its own wrapping — less work than the engine does;
 *  2. Word: engine vs docx writing the same document (the same document.xml, printed below);
 *  3. the same, with the contents' page numbers worked out by docx/layout in both;
 *  4. Word: engine vs plain docx paragraphs of the same text, for scale.
 * Goal for rows 1–3: within 1.3×. A benchmark, not a test: it prints and never fails.
 */
const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 40);
const RUNS = Number(process.env.BENCH_EXPORT_RUNS ?? 15);
const LAYOUT_RUNS = Number(process.env.BENCH_EXPORT_LAYOUT_RUNS ?? 3);

interface Pair {
  engine: number[];
  bare: number[];
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  gc();
  const start = process.hrtime.bigint();
  await run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function pair(engine: () => Promise<unknown>, bare: () => Promise<unknown>, runs: number): Promise<Pair> {
  await engine();
  await bare();
  const out: Pair = { engine: [], bare: [] };
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      out.engine.push(await timed(engine));
      out.bare.push(await timed(bare));
    } else {
      out.bare.push(await timed(bare));
      out.engine.push(await timed(engine));
    }
  }
  return out;
}

function row(name: string, result: Pair): Row {
  const p50 = (samples: number[]) => percentile(samples, 50);
  const p95 = (samples: number[]) => percentile(samples, 95);
  return {
    case: name,
    n: result.engine.length,
    serviceMs: p50(result.engine),
    rawMs: p50(result.bare),
    p50: `${p50(result.engine).toFixed(0)}/${p50(result.bare).toFixed(0)}`,
    p95: `${p95(result.engine).toFixed(0)}/${p95(result.bare).toFixed(0)}`,
    heapMb: null,
  };
}

function documentXmlLength(bytes: Uint8Array): number {
  const file = path.join(os.tmpdir(), `appi-bench-${process.pid}.docx`);
  fs.writeFileSync(file, bytes);
  try {
    return execFileSync('unzip', ['-p', file, 'word/document.xml'], { maxBuffer: 256 * 1024 * 1024 }).length;
  } catch {
    return Number.NaN;
  } finally {
    fs.rmSync(file, { force: true });
  }
}

async function main(): Promise<void> {
  const doc = benchPolicy(ARTICLES);
  const fonts = loadFonts();
  let pages = 0;
  let barePages = 0;
  const pdf = await pair(
    async () => (pages = (await renderPdf(doc, { fonts })).pageCount ?? 0),
    async () => (barePages = (await barePdf(doc, fonts)).pages),
    RUNS,
  );
  const word = await pair(() => renderDocx(doc, { fonts, estimatePages: false }), () => bareDocx(doc), RUNS);
  const laidOut = await pair(() => renderDocx(doc, { fonts }), () => bareDocx(doc, fonts), LAYOUT_RUNS);
  const plain = await pair(() => renderDocx(doc, { fonts, estimatePages: false }), () => bareDocxPlain(doc), RUNS);

  console.log(`Bilingual policy, ${ARTICLES} articles; medians ("service" = engine, "raw" = bare library); goal for the first three rows: within 1.3×.`);
  printTable([
    row(`PDF, ${pages} pages, vs pdfkit: same text, one column (${barePages} pages)`, pdf),
    row('Word vs docx: same document', word),
    row('Word vs docx: same document, contents page numbers laid out', laidOut),
    row('Word vs docx: plain paragraphs of the same text (for scale)', plain),
  ]);
  const engineXml = documentXmlLength((await renderDocx(doc, { fonts, estimatePages: false })).bytes);
  const bareXml = documentXmlLength(await bareDocx(doc));
  console.log(`word/document.xml: engine ${engineXml} characters, bare docx ${bareXml}`);
}

main().catch((error: unknown) => {
  console.error(error);
});
