import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
} from 'docx';
import { estimatePageNumbersWith } from 'docx/layout';
import { loadFonts, type FontFace, type FontLocation } from '../fonts';
import { documentTextLang } from '../frontmatter';
import type { ExportDocument, Lang, RenderResult } from '../model';
import { listReference, WordBody } from './docx/blocks';
import { wordRuns } from './docx/runs';
import { documentStyles, styleIds, tableStylesXml } from './docx/styles';
import { colors, contentWidth, defaultWordFonts, fontSet, margins, pageSize, runLanguage, type WordFonts } from './docx/theme';

export interface DocxOptions extends FontLocation {
  /** Font names written into the file; default Yu Mincho / Yu Gothic (see docx/theme.ts). */
  wordFonts?: WordFonts;
  /**
   * Write the contents' page numbers, laid out with the Noto TTFs standing in for the named fonts, so Word shows
   * them without updating the field. Default: when the document has a table of contents.
   */
  estimatePages?: boolean;
  /** The TTF bytes for that estimate, when the caller has them; else found by fonts.ts. */
  fonts?: Record<FontFace, Buffer>;
}

function numbering() {
  const level = (lang: Lang, ordered: boolean) => {
    const indent = lang === 'ja' ? (ordered ? 630 : 315) : 360;
    return {
      reference: listReference(ordered, lang),
      levels: [
        {
          level: 0,
          format: ordered ? LevelFormat.DECIMAL : LevelFormat.BULLET,
          text: ordered ? (lang === 'ja' ? '（%1）' : '%1.') : lang === 'ja' ? '・' : '•',
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: { left: indent, hanging: indent } } },
        },
      ],
    };
  };
  return { config: [level('ja', true), level('en', true), level('ja', false), level('en', false)] };
}

function frame(doc: ExportDocument, fonts: WordFonts) {
  const lang = documentTextLang(doc);
  const sans = { fonts, lang, face: 'sans' as const };
  const header = new Header({
    children: [
      new Paragraph({
        style: styleIds.header,
        tabStops: [{ type: TabStopType.RIGHT, position: contentWidth }],
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: colors.rule, space: 3 } },
        children: [
          // A draft's mark (案 / DRAFT) leads the header of every page, bold and boxed, as in the PDF.
          ...(doc.draftMark
            ? [
                new TextRun({
                  text: doc.draftMark,
                  bold: true,
                  font: fontSet(fonts.sans),
                  language: runLanguage,
                  border: { style: BorderStyle.SINGLE, size: 6, color: colors.text, space: 1 },
                }),
                new TextRun({ text: lang === 'en' ? '  ' : '\u3000', font: fontSet(fonts.sans), language: runLanguage }),
              ]
            : []),
          ...wordRuns(doc.metadata.company, sans),
          new TextRun({ children: [new Tab()] }),
          ...wordRuns(doc.headerText ?? doc.title, sans),
        ],
      }),
    ],
  });
  const footer = new Footer({
    children: [
      new Paragraph({
        style: styleIds.footer,
        children: [new TextRun({ children: [PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES], font: fontSet(fonts.sans), language: runLanguage })],
      }),
    ],
  });
  return { header, footer };
}

type Estimator = ReturnType<typeof estimatePageNumbersWith>;
const estimators = new WeakMap<Buffer, Map<string, Estimator>>();

/**
 * The page-number estimator, measuring with the Noto TTFs under the names the file gives its fonts. Kept per
 * font set: it parses the 5–8 MB fonts on first use, which would otherwise be paid on every export.
 */
export function pageEstimator(ttf: Record<FontFace, Buffer>, names: WordFonts): Estimator {
  const key = `${names.serif}|${names.sans}`;
  let byNames = estimators.get(ttf.serif);
  if (!byNames) estimators.set(ttf.serif, (byNames = new Map()));
  let estimator = byNames.get(key);
  if (!estimator) {
    estimator = estimatePageNumbersWith({
      fonts: [
        { data: ttf.serif, name: names.serif },
        { data: ttf.serifBold, name: names.serif },
        { data: ttf.sans, name: names.sans },
        { data: ttf.sansBold, name: names.sans },
      ],
      guess: true,
    });
    byNames.set(key, estimator);
  }
  return estimator;
}

/**
 * A4 Word file of a document model: styles defined once, every run with its East Asian font and language, a
 * running header and "page / pages" footer, a contents field, tables whose header row repeats. Word applies
 * its own font fallback, so nothing is replaced.
 */
export async function renderDocx(doc: ExportDocument, options: DocxOptions = {}): Promise<RenderResult> {
  const wordFonts = options.wordFonts ?? defaultWordFonts;
  const { header, footer } = frame(doc, wordFonts);
  const estimate = options.estimatePages ?? doc.blocks.some((block) => block.type === 'toc');
  const pageNumbers = estimate ? pageEstimator(options.fonts ?? loadFonts(options), wordFonts) : undefined;
  const document = new Document({
    creator: doc.metadata.company,
    title: doc.subtitle && doc.lang === 'both' ? `${doc.title} / ${doc.subtitle}` : doc.title,
    ...(doc.metadata.subject ? { subject: doc.metadata.subject } : {}),
    externalStyles: tableStylesXml(),
    styles: documentStyles(wordFonts, { compact: doc.compact === true }),
    numbering: numbering(),
    ...(pageNumbers ? { pageNumbers } : {}),
    // A justified line that ends in a line break (a contact block, a report item) is not stretched to the margin,
    // as the PDF does not stretch it: Word's own default spreads 「電話：…」 across the cell.
    compatibility: { doNotExpandShiftReturn: true },
    sections: [
      {
        properties: { page: { size: pageSize, margin: margins } },
        headers: { default: header },
        footers: { default: footer },
        children: new WordBody(doc, wordFonts).elements(),
      },
    ],
  });
  return { bytes: await Packer.toBuffer(document), replacedCharacters: [] };
}
