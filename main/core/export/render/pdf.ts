import { documentTextLang, eraStyle } from '../frontmatter';
import { fontFaces, loadFallbackFont, loadFonts, parseFont, parseFonts, type FontFace, type FontLocation } from '../fonts';
import { collectHeadings } from '../outline';
import type { ExportDocument, RenderResult } from '../model';
import { documentItems } from './pdf/blocks';
import type { Build } from './pdf/context';
import { paginate } from './pdf/flow';
import { drawFrames } from './pdf/frame';
import { HeadingRegistry } from './pdf/headings';
import { contentBottom, contentTop, page } from './pdf/theme';
import { TocSlots } from './pdf/toc';
import { Typesetter } from './pdf/typesetter';

export interface PdfOptions extends FontLocation {
  /** The four faces' TTF bytes, when the caller has them (tests, the benchmark); else found by fonts.ts. */
  fonts?: Record<FontFace, Buffer>;
  /** The fallback face's TTF (emoji and pictographs), null for none; else found by fonts.ts. */
  fallbackFont?: Buffer | null;
}

/**
 * A4 PDF of a document model: Noto Serif JP body and Noto Sans JP headings, embedded as subsets; running header
 * and "page / pages" footer; contents with page numbers and links; bookmarks; title, author and language set.
 */
export async function renderPdf(doc: ExportDocument, options: PdfOptions = {}): Promise<RenderResult> {
  const fonts = await parseFonts(options.fonts ?? loadFonts(options));
  // pdfkit is loaded with the first PDF, not at start-up (issue 15 row 4: it is ~75 ms of every launch).
  const { default: PDFDocument } = await import('pdfkit');
  const pdf = new PDFDocument({
    size: [page.width, page.height],
    margin: 0,
    bufferPages: true,
    pdfVersion: '1.7',
    lang: doc.lang === 'en' ? 'en-US' : 'ja-JP',
    displayTitle: true,
    info: {
      Title: doc.subtitle && doc.lang === 'both' ? `${doc.title} / ${doc.subtitle}` : doc.title,
      Author: doc.metadata.company,
      ...(doc.metadata.subject ? { Subject: doc.metadata.subject } : {}),
      Creator: 'APPI Workbench',
    },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    pdf.on('end', resolve);
    pdf.on('error', reject);
  });
  for (const face of fontFaces) pdf.registerFont(face, fonts[face] as unknown as PDFKit.Mixins.PDFFontSource);
  const fallback = options.fallbackFont === undefined ? loadFallbackFont(options) : options.fallbackFont;
  if (fallback) pdf.registerFont('emoji', (await parseFont(fallback)) as unknown as PDFKit.Mixins.PDFFontSource);

  const ts = new Typesetter(pdf, fallback ? ['emoji'] : []);
  const build: Build = {
    ts,
    headings: new HeadingRegistry(pdf, collectHeadings(doc.blocks, doc.lang)),
    toc: new TocSlots(),
    doc,
    era: eraStyle(doc),
  };
  let pages = 1;
  const newPage = () => {
    pdf.addPage({ size: [page.width, page.height], margin: 0 });
    return pages++;
  };
  paginate(documentItems(build), { top: contentTop, bottom: contentBottom, x: page.marginLeft, newPage }, 0);
  build.toc.fill(ts, build.headings);
  drawFrames(ts, doc.metadata.company, doc.headerText ?? doc.title, documentTextLang(doc), doc.draftMark, doc.watermark);
  pdf.end();
  await finished;
  return { bytes: Buffer.concat(chunks), replacedCharacters: [...ts.replaced], pageCount: pages };
}
