import PDFDocument from 'pdfkit';
import type { FontFace } from '../main/core/export/fonts';
import type { ExportDocument } from '../main/core/export/model';
import { flatTexts } from './export-policy';

/**
 * The benchmark's policy text written with pdfkit alone, as simply as it allows: the same fonts and sizes, its
 * own line wrapping, one column. It does less than the engine (no columns, tables, contents, header or footer,
 * 禁則), so the ratio is an upper bound on the engine's cost.
 */
export async function barePdf(doc: ExportDocument, fonts: Record<FontFace, Buffer>): Promise<{ bytes: number; pages: number }> {
  const pdf = new PDFDocument({ size: 'A4', margin: 56.7, bufferPages: true });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => pdf.on('end', resolve));
  pdf.registerFont('serif', fonts.serif);
  pdf.registerFont('sans', fonts.sansBold);
  pdf.font('sans').fontSize(18).text(doc.title, { align: 'center' });
  for (const [kind, text] of flatTexts(doc)) {
    if (kind === 'heading') pdf.font('sans').fontSize(13).text(text, { paragraphGap: 4 });
    else pdf.font('serif').fontSize(10.5).text(text, { lineGap: 7, paragraphGap: 4 });
  }
  const pages = pdf.bufferedPageRange().count;
  pdf.end();
  await done;
  return { bytes: Buffer.concat(chunks).length, pages };
}
