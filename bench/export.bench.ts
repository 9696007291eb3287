import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import PDFDocument from 'pdfkit';
import { loadFonts } from '../main/core/export/fonts';
import type { Block, ColumnBlock, ExportDocument } from '../main/core/export/model';
import { renderDocx } from '../main/core/export/render/docx';
import { renderPdf } from '../main/core/export/render/pdf';
import { headingText } from '../main/core/export/text/heading';
import { heapMb, percentile, printTable, timeAsync, type Row } from './support';

/**
 * The export engine against bare pdfkit / docx writing the same text with the same fonts, as simply as each
 * library allows (pdfkit's own wrapping, plain docx paragraphs), on a ~20-page bilingual policy:
 *  1. PDF: engine (own line breaking with 禁則, columns, tables, contents, header/footer) vs bare pdfkit;
 *  2. Word: engine with the contents' page numbers laid out (docx/layout), engine without, vs bare docx.
 * A benchmark, not a test: it prints and never fails.
 */
const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 40);
const RUNS = Number(process.env.BENCH_EXPORT_RUNS ?? 5);

const ja =
  '当社は、お客様からお預かりした個人情報（氏名、住所、電話番号、メールアドレス、購入履歴等をいいます。）を、' +
  '「個人情報の保護に関する法律」その他の関係法令及びガイドラインに従って、適切に取り扱います。';
const en =
  'We handle the personal information entrusted to us (name, address, phone number, email address and purchase history) ' +
  'in accordance with the Act on the Protection of Personal Information and the related guidelines.';

function column(i: number, lang: 'ja' | 'en'): ColumnBlock[] {
  const heading: ColumnBlock = { type: 'heading', level: 1, label: lang === 'ja' ? `第${i}条` : `Article ${i}`, text: lang === 'ja' ? '取扱い' : 'Handling', lang };
  const text = lang === 'ja' ? ja : en;
  return [heading, { type: 'paragraph', content: text, lang }, { type: 'paragraph', content: text, lang }, { type: 'list', ordered: true, items: [text.slice(0, 40), text.slice(40, 80)], lang }];
}

function policy(): ExportDocument {
  const blocks: Block[] = [{ type: 'toc' }, { type: 'pageBreak' }];
  for (let i = 1; i <= ARTICLES; i++) {
    blocks.push({ type: 'bilingual', ja: column(i, 'ja'), en: column(i, 'en') });
    if (i % 10 === 0) {
      blocks.push({
        type: 'table',
        columns: [{ header: '項目 / Item', width: 0.6 }, { header: '年 / Years', width: 0.2 }, { header: '件数 / Records', width: 0.2 }],
        rows: Array.from({ length: 12 }, (_, r) => [`記録区分${r + 1}`, String((r % 5) + 1), (1000 + r * 37).toLocaleString('en-US')]),
      });
    }
  }
  return { lang: 'both', title: '個人情報保護方針', subtitle: 'Privacy Policy', metadata: { company: '株式会社ベンチ', documentDate: '2026-04-01' }, blocks };
}

/** Every text of the model as [kind, lang, text], for the bare writers. */
function texts(doc: ExportDocument): ['heading' | 'text', string][] {
  const out: ['heading' | 'text', string][] = [];
  const add = (block: Block | ColumnBlock, lang: 'ja' | 'en') => {
    if (block.type === 'heading') out.push(['heading', headingText(block, lang)]);
    if (block.type === 'paragraph' && typeof block.content === 'string') out.push(['text', block.content]);
    if (block.type === 'list') for (const item of block.items) if (typeof item === 'string') out.push(['text', item]);
    if (block.type === 'table') for (const row of block.rows) out.push(['text', row.map(String).join('  ')]);
  };
  for (const block of doc.blocks) {
    if (block.type === 'bilingual') {
      block.ja.forEach((inner) => add(inner, 'ja'));
      block.en.forEach((inner) => add(inner, 'en'));
    } else {
      add(block, 'ja');
    }
  }
  return out;
}

async function barePdf(doc: ExportDocument, fonts: ReturnType<typeof loadFonts>): Promise<{ bytes: number; pages: number }> {
  const pdf = new PDFDocument({ size: 'A4', margin: 56.7, bufferPages: true });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => pdf.on('end', resolve));
  pdf.registerFont('serif', fonts.serif);
  pdf.registerFont('sans', fonts.sansBold);
  pdf.font('sans').fontSize(18).text(doc.title, { align: 'center' });
  for (const [kind, text] of texts(doc)) {
    if (kind === 'heading') pdf.font('sans').fontSize(13).text(text, { paragraphGap: 4 });
    else pdf.font('serif').fontSize(10.5).text(text, { lineGap: 7, paragraphGap: 4 });
  }
  const pages = pdf.bufferedPageRange().count;
  pdf.end();
  await done;
  return { bytes: Buffer.concat(chunks).length, pages };
}

async function bareDocx(doc: ExportDocument): Promise<number> {
  const children = [new Paragraph({ heading: HeadingLevel.TITLE, text: doc.title })];
  for (const [kind, text] of texts(doc)) {
    children.push(
      kind === 'heading'
        ? new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ text, font: { eastAsia: 'Yu Gothic' } })] })
        : new Paragraph({ children: [new TextRun({ text, font: { eastAsia: 'Yu Mincho' } })] }),
    );
  }
  const document = new Document({ sections: [{ properties: { page: { size: { width: 11906, height: 16838 } } }, children }] });
  return (await Packer.toBuffer(document)).length;
}

async function measure(run: () => Promise<unknown>): Promise<{ median: number; p95: number; samples: number[] }> {
  await run(); // warm-up: font parsing, JIT
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) samples.push((await timeAsync(run)).ms);
  return { median: percentile(samples, 50), p95: percentile(samples, 95), samples };
}

async function main(): Promise<void> {
  const doc = policy();
  const fonts = loadFonts();
  const rows: Row[] = [];
  let pages = 0;
  let sizes = { enginePdf: 0, barePdf: 0, engineDocx: 0, bareDocx: 0 };

  let heap = heapMb();
  const enginePdf = await measure(async () => {
    const result = await renderPdf(doc, { fonts });
    pages = result.pageCount ?? 0;
    sizes = { ...sizes, enginePdf: result.bytes.length };
  });
  const enginePdfHeap = heapMb() - heap;
  let barePages = 0;
  const rawPdf = await measure(async () => {
    const result = await barePdf(doc, fonts);
    barePages = result.pages;
    sizes = { ...sizes, barePdf: result.bytes };
  });
  rows.push({ case: `PDF, ${pages} pages (bare pdfkit: ${barePages})`, n: RUNS, serviceMs: enginePdf.median, rawMs: rawPdf.median, p50: `${enginePdf.median.toFixed(0)}/${rawPdf.median.toFixed(0)}`, p95: `${enginePdf.p95.toFixed(0)}/${rawPdf.p95.toFixed(0)}`, heapMb: enginePdfHeap });

  heap = heapMb();
  const engineDocx = await measure(async () => {
    sizes = { ...sizes, engineDocx: (await renderDocx(doc, { fonts })).bytes.length };
  });
  const engineDocxHeap = heapMb() - heap;
  const engineDocxNoPages = await measure(() => renderDocx(doc, { fonts, estimatePages: false }));
  const rawDocx = await measure(async () => {
    sizes = { ...sizes, bareDocx: await bareDocx(doc) };
  });
  rows.push({ case: 'Word, contents page numbers laid out', n: RUNS, serviceMs: engineDocx.median, rawMs: rawDocx.median, p50: `${engineDocx.median.toFixed(0)}/${rawDocx.median.toFixed(0)}`, p95: `${engineDocx.p95.toFixed(0)}/${rawDocx.p95.toFixed(0)}`, heapMb: engineDocxHeap });
  rows.push({ case: 'Word, contents left for Word to fill', n: RUNS, serviceMs: engineDocxNoPages.median, rawMs: rawDocx.median, p50: `${engineDocxNoPages.median.toFixed(0)}/${rawDocx.median.toFixed(0)}`, p95: `${engineDocxNoPages.p95.toFixed(0)}/${rawDocx.p95.toFixed(0)}`, heapMb: 0 });

  console.log(`Bilingual policy, ${ARTICLES} articles; median of ${RUNS} runs after a warm-up ("service" = engine, "raw" = bare library).`);
  printTable(rows);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
  console.log(`sizes: engine PDF ${kb(sizes.enginePdf)}, bare PDF ${kb(sizes.barePdf)}, engine .docx ${kb(sizes.engineDocx)}, bare .docx ${kb(sizes.bareDocx)}`);
}

main().catch((error: unknown) => {
  console.error(error);
});
