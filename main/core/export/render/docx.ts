import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  ImportedXmlComponent,
  LevelFormat,
  LevelSuffix,
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
import { articleNumbering, documentStyles, styleIds, tableStylesXml } from './docx/styles';
import { colors, contentWidth, defaultWordFonts, margins, pageSize, type WordFonts } from './docx/theme';

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
  // Articles numbered by Word (DocxDocument.wordNumbering): 第1条（…） / Article 1 (…), on the article heading styles.
  const article = (lang: Lang) => ({
    reference: articleNumbering[lang],
    levels: [
      {
        level: 0,
        format: LevelFormat.DECIMAL,
        text: lang === 'ja' ? '第%1条' : 'Article %1',
        alignment: AlignmentType.LEFT,
        suffix: lang === 'ja' ? LevelSuffix.NOTHING : LevelSuffix.SPACE,
        style: { paragraph: { indent: { left: 0, hanging: 0 } } },
      },
    ],
  });
  return { config: [level('ja', true), level('en', true), level('ja', false), level('en', false), article('ja'), article('en')] };
}

/**
 * A draft's watermark as Word draws one (Design › Watermark): a WordArt text path in the header, behind the text,
 * centred and diagonal on every page. docx has no API for it, so the shape goes in as its VML.
 */
function watermarkRun(text: string, font: string): ImportedXmlComponent {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  const width = Math.min(460, 90 * [...text].length);
  const xml =
    '<w:r><w:pict>' +
    // Word's own definition of the text-path shape (as its watermark dialog writes it), which readers need to draw it.
    '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" path="m@7,l@8,m@5,21600l@6,21600e"><v:formulas>' +
    ['sum #0 0 10800', 'prod #0 2 1', 'sum 21600 0 @1', 'sum 0 0 @2', 'sum 21600 0 @3', 'if @0 @3 0', 'if @0 21600 @1', 'if @0 0 @2', 'if @0 @4 21600', 'mid @5 @6', 'mid @8 @5', 'mid @7 @8', 'mid @6 @7', 'sum @6 0 @5']
      .map((eqn) => `<v:f eqn="${eqn}"/>`)
      .join('') +
    '</v:formulas><v:path textpathok="t" o:connecttype="custom" o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" o:connectangles="270,180,90,0"/>' +
    '<v:textpath on="t" fitshape="t"/><o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype>' +
    `<v:shape id="DraftWatermark" o:spid="_x0000_s2049" type="#_x0000_t136" style="position:absolute;margin-left:0;margin-top:0;width:${width}pt;height:110pt;rotation:315;z-index:-251657216;mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:center;mso-position-vertical-relative:margin" o:allowincell="f" fillcolor="#d9d9d9" stroked="f">` +
    '<v:fill opacity=".5"/>' +
    `<v:textpath on="t" fitshape="t" style="font-family:&quot;${font}&quot;;font-size:1pt" string="${escaped}"/>` +
    '</v:shape></w:pict></w:r>';
  return ImportedXmlComponent.fromXmlString(xml) as ImportedXmlComponent;
}

function frame(doc: ExportDocument, fonts: WordFonts) {
  const lang = documentTextLang(doc);
  const header = new Header({
    children: [
      new Paragraph({
        style: styleIds.header,
        tabStops: [{ type: TabStopType.RIGHT, position: contentWidth }],
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: colors.rule, space: 3 } },
        children: [
          ...(doc.watermark ? [watermarkRun(doc.watermark, fonts.sans) as unknown as TextRun] : []),
          // A draft's mark (案 / DRAFT) leads the header of every page, bold and boxed, as in the PDF.
          ...(doc.draftMark
            ? [
                new TextRun({ text: doc.draftMark, bold: true, border: { style: BorderStyle.SINGLE, size: 6, color: colors.text, space: 1 } }),
                new TextRun({ text: lang === 'en' ? '  ' : '\u3000' }),
              ]
            : []),
          ...wordRuns(doc.metadata.company, { lang }),
          new TextRun({ children: [new Tab()] }),
          ...wordRuns(doc.headerText ?? doc.title, { lang }),
        ],
      }),
    ],
  });
  const footer = new Footer({
    children: [new Paragraph({ style: styleIds.footer, children: [new TextRun({ children: [PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES] })] })],
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
    styles: documentStyles(wordFonts, { compact: doc.compact === true, wordNumbering: doc.wordNumbering === true }),
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
        children: new WordBody(doc).elements(),
      },
    ],
  });
  return { bytes: await Packer.toBuffer(document), replacedCharacters: [] };
}
