import { AlignmentType, BorderStyle, LineRuleType, type IStylesOptions } from 'docx';
import { colors, fontSet, halfPoints, pitch, runLanguage, sizes, twip, type WordFonts } from './theme';

/**
 * Every style the Word file uses, defined once, so a lawyer restyles the document by changing a style, not every
 * run: the document defaults (body font, size, language, line pitch), body text in Japanese and in English
 * (justified, 両端揃え, with the space before it), the columns of a bilingual document, Title, Heading 1–3 (kept
 * with the next paragraph, in the outline so the contents field lists them), article headings (optionally numbered
 * by Word), table text, labels, signature, contents entries, header and footer, and the 未記入 character style.
 * Line pitch is a minimum (atLeast), never exact: a larger character or an inline image makes its line taller
 * instead of being clipped.
 */
const exact = (size: number, factor: number) => ({ line: twip(size * factor), lineRule: LineRuleType.AT_LEAST });

export const styleIds = {
  subtitle: 'Subtitle',
  meta: 'Meta',
  column: 'ColumnText',
  tableText: 'TableText',
  tableHeader: 'TableHeader',
  tableCaption: 'TableCaption',
  keyLabel: 'KeyLabel',
  noteTitle: 'NoteTitle',
  signature: 'Signature',
  signatureFirst: 'SignatureFirst',
  tocHeading: 'TOCHeading',
  header: 'Header',
  footer: 'Footer',
  missing: 'Missing',
  table: 'WorkbenchTable',
  bodyJa: 'BodyJa',
  bodyEn: 'BodyEn',
  columnJa: 'ColumnJa',
  columnEn: 'ColumnEn',
  columnHeading: 'ColumnHeading',
  articleJa: 'ArticleHeadingJa',
  articleEn: 'ArticleHeadingEn',
  columnArticleJa: 'ColumnArticleJa',
  columnArticleEn: 'ColumnArticleEn',
  mutedNote: 'MutedNote',
  tableSeparator: 'TableSeparator',
  hyperlink: 'Hyperlink',
} as const;

/** The names (which a contents field's \\t switch lists) of the heading styles that are not Heading 1–3. */
export const articleStyleNames = ['Column Heading', 'Article Heading (ja)', 'Article Heading (en)', 'Column Article Heading (ja)', 'Column Article Heading (en)'] as const;

/** Word's own numbering of articles: 第1条 / Article 1, from the article heading styles (see documentStyles). */
export const articleNumbering = { ja: 'article-ja', en: 'article-en' } as const;

/**
 * The table style (thin grey grid, cell margins, no paragraph spacing). docx has no API for table styles, so it
 * goes in as a one-style "external" styles part, which docx merges with its own and the styles below.
 */
export function tableStylesXml(): string {
  const edge = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="${colors.border}"/>`;
  const margin = (side: string, twips: number) => `<w:${side} w:w="${twips}" w:type="dxa"/>`;
  return (
    '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    `<w:style w:type="table" w:styleId="${styleIds.table}"><w:name w:val="Workbench Table"/><w:uiPriority w:val="59"/>` +
    '<w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr>' +
    `<w:tblPr><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(edge).join('')}</w:tblBorders>` +
    `<w:tblCellMar>${margin('top', 70)}${margin('left', 100)}${margin('bottom', 70)}${margin('right', 100)}</w:tblCellMar></w:tblPr>` +
    '</w:style></w:styles>'
  );
}

/** `compact`: the PDF's compact setting (a letter that should fit one page): tighter body pitch, less space above headings. */
export function documentStyles(fonts: WordFonts, options: { compact?: boolean; wordNumbering?: boolean } = {}): IStylesOptions {
  const sans = (size: number, bold = false, color = colors.text) => ({ font: fontSet(fonts.sans), size: halfPoints(size), bold, color });
  const bodyPitch = options.compact ? pitch.compactBody : pitch.body;
  const heading = (size: number, before: number, outlineLevel: number) => ({
    run: sans(size, true),
    paragraph: {
      keepNext: true,
      keepLines: true,
      outlineLevel,
      spacing: { before: twip(options.compact ? before * pitch.compactHeadingBefore : before), after: twip(4), ...exact(size, pitch.heading) },
    },
  });
  const paragraph = (id: string, name: string, run: object, spacing: object, extra: object = {}) => ({
    id,
    name,
    basedOn: 'Normal',
    quickFormat: true,
    run,
    paragraph: { spacing, ...extra },
  });
  return {
    default: {
      document: {
        run: { font: fontSet(fonts.serif), size: halfPoints(sizes.body), color: colors.text, language: runLanguage },
        paragraph: { spacing: { before: 0, after: 0, ...exact(sizes.body, bodyPitch) } },
      },
      title: {
        run: sans(sizes.title, true),
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: twip(18), after: 0, ...exact(sizes.title, pitch.heading) } },
      },
      heading1: heading(sizes.h1, 16, 0),
      heading2: heading(sizes.h2, 10, 1),
      heading3: heading(sizes.h3, 8, 2),
    },
    paragraphStyles: [
      paragraph(styleIds.subtitle, 'Subtitle', sans(sizes.subtitle, false, colors.muted), { before: twip(2), after: twip(16), ...exact(sizes.subtitle, pitch.heading) }, { alignment: AlignmentType.CENTER }),
      paragraph(styleIds.meta, 'Document Meta', { size: halfPoints(sizes.meta) }, exact(sizes.meta, pitch.small), { alignment: AlignmentType.RIGHT }),
      paragraph(styleIds.column, 'Column Text', { size: halfPoints(sizes.column) }, { before: twip(4), ...exact(sizes.column, pitch.body) }),
      paragraph(styleIds.tableText, 'Table Text', { size: halfPoints(sizes.table) }, exact(sizes.table, pitch.table)),
      paragraph(styleIds.tableHeader, 'Table Header', sans(sizes.table, true), exact(sizes.table, pitch.table), { alignment: AlignmentType.CENTER }),
      paragraph(styleIds.tableCaption, 'Table Caption', sans(sizes.table, true), { before: twip(8), after: twip(2), ...exact(sizes.table, pitch.small) }, { keepNext: true }),
      paragraph(styleIds.keyLabel, 'Key Label', sans(sizes.table), exact(sizes.table, pitch.table)),
      paragraph(styleIds.noteTitle, 'Note Title', sans(sizes.table, true), exact(sizes.table, pitch.table), { keepNext: true }),
      paragraph(styleIds.signature, 'Signature', {}, exact(sizes.body, pitch.body), { alignment: AlignmentType.RIGHT, keepNext: true, keepLines: true }),
      { ...paragraph(styleIds.signatureFirst, 'Signature (first line)', {}, { before: twip(20), ...exact(sizes.body, pitch.body) }, { alignment: AlignmentType.RIGHT, keepNext: true, keepLines: true }), basedOn: styleIds.signature, next: styleIds.signature },
      paragraph(styleIds.tocHeading, 'TOC Heading', sans(sizes.h1, true), { before: twip(16), after: twip(8), ...exact(sizes.h1, pitch.heading) }, { alignment: AlignmentType.CENTER }),
      paragraph('TOC1', 'toc 1', {}, { before: twip(5), ...exact(sizes.body, pitch.heading) }),
      paragraph('TOC2', 'toc 2', {}, { before: twip(2), ...exact(sizes.body, pitch.heading) }, { indent: { left: twip(sizes.body * 1.5) } }),
      paragraph(styleIds.header, 'header', sans(sizes.header, false, colors.muted), exact(sizes.header, pitch.small)),
      ...bodyStyles(options.compact === true),
      ...headingStyles(fonts, options.wordNumbering === true),
      paragraph(styleIds.footer, 'footer', sans(sizes.header, false, colors.muted), exact(sizes.header, pitch.small), { alignment: AlignmentType.CENTER }),
    ],
    characterStyles: [
      {
        id: styleIds.missing,
        name: 'Missing Value',
        basedOn: 'DefaultParagraphFont',
        run: { color: colors.missing, italics: true, border: { style: BorderStyle.SINGLE, size: 4, color: colors.missingBox, space: 1 } },
      },
      { id: styleIds.hyperlink, name: 'Hyperlink', basedOn: 'DefaultParagraphFont', run: { color: colors.link, underline: {} } },
    ],
  };
}

/**
 * Body text in each language: justified (jc both), 4 pt before, the body pitch as a minimum. English and Japanese
 * are separate styles so that either can be restyled alone (an English typeface, ragged right, other spacing).
 */
function bodyStyles(compact: boolean) {
  const bodyPitch = compact ? pitch.compactBody : pitch.body;
  // Fonts and languages come from the document defaults (w:lang en-US / eastAsia ja-JP, as Japanese Word writes it).
  const body = (id: string, name: string, size: number, basedOn = 'Normal') => ({
    id,
    name,
    basedOn,
    next: id,
    quickFormat: true,
    run: size !== sizes.body ? { size: halfPoints(size) } : {},
    paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: { before: twip(4), after: 0, ...exact(size, bodyPitch) } },
  });
  return [
    body(styleIds.bodyJa, 'Body Text (ja)', sizes.body),
    body(styleIds.bodyEn, 'Body Text (en)', sizes.body),
    body(styleIds.columnJa, 'Column Text (ja)', sizes.column, styleIds.bodyJa),
    body(styleIds.columnEn, 'Column Text (en)', sizes.column, styleIds.bodyEn),
    {
      id: styleIds.mutedNote,
      name: 'Note (not translated)',
      basedOn: 'Normal',
      run: { size: halfPoints(sizes.column * 0.92), color: colors.muted, italics: true },
      paragraph: { alignment: AlignmentType.LEFT, spacing: { before: twip(4), after: 0 } },
    },
    {
      // Word joins two tables with nothing between them into one: this small paragraph is all that separates them.
      id: styleIds.tableSeparator,
      name: 'Table Separator',
      basedOn: 'Normal',
      run: { size: halfPoints(4) },
      paragraph: { spacing: { before: 0, after: 0, line: twip(4), lineRule: LineRuleType.AT_LEAST } },
    },
  ];
}

/**
 * Article headings: Heading 1 with the number Word counts (第%1条 / Article %1) when `wordNumbering`, so that an
 * article inserted in Word renumbers the ones after it; and the smaller headings of a bilingual document's columns,
 * which are not kept with the next paragraph (inside a table row that would hold rows together and leave half-empty
 * pages).
 */
function headingStyles(fonts: WordFonts, wordNumbering: boolean) {
  const columnSize = sizes.h1 * 0.9;
  const numbered = (lang: 'ja' | 'en') => (wordNumbering ? { numbering: { reference: articleNumbering[lang], level: 0 } } : {});
  const article = (id: string, name: string, lang: 'ja' | 'en', basedOn: string) => ({
    id,
    name,
    basedOn,
    next: lang === 'ja' ? styleIds.bodyJa : styleIds.bodyEn,
    quickFormat: true,
    paragraph: { ...numbered(lang) },
  });
  return [
    {
      id: styleIds.columnHeading,
      name: 'Column Heading',
      basedOn: 'Heading1',
      quickFormat: true,
      run: { font: fontSet(fonts.sans), size: halfPoints(columnSize), bold: true },
      paragraph: { keepNext: false, keepLines: true, spacing: { before: 0, after: twip(4), ...exact(columnSize, pitch.heading) } },
    },
    article(styleIds.articleJa, 'Article Heading (ja)', 'ja', 'Heading1'),
    article(styleIds.articleEn, 'Article Heading (en)', 'en', 'Heading1'),
    article(styleIds.columnArticleJa, 'Column Article Heading (ja)', 'ja', styleIds.columnHeading),
    article(styleIds.columnArticleEn, 'Column Article Heading (en)', 'en', styleIds.columnHeading),
  ];
}
