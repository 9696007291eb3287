import { AlignmentType, BorderStyle, LineRuleType, type IStylesOptions } from 'docx';
import { colors, fontSet, halfPoints, pitch, runLanguage, sizes, twip, type WordFonts } from './theme';

/**
 * Every style the Word file uses, defined once: the document defaults (body font, size, language, exact line
 * pitch), Title, Heading 1–3 (kept with the next paragraph, in the outline so the contents field lists them),
 * table text, labels, signature, contents entries, header and footer, and the 未記入 character style.
 */
const exact = (size: number, factor: number) => ({ line: twip(size * factor), lineRule: LineRuleType.EXACT });

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
  tocHeading: 'TOCHeading',
  header: 'Header',
  footer: 'Footer',
  missing: 'Missing',
  table: 'WorkbenchTable',
} as const;

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
export function documentStyles(fonts: WordFonts, options: { compact?: boolean } = {}): IStylesOptions {
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
      paragraph(styleIds.tocHeading, 'TOC Heading', sans(sizes.h1, true), { before: twip(16), after: twip(8), ...exact(sizes.h1, pitch.heading) }, { alignment: AlignmentType.CENTER }),
      paragraph('TOC1', 'toc 1', {}, { before: twip(5), ...exact(sizes.body, pitch.heading) }),
      paragraph('TOC2', 'toc 2', {}, { before: twip(2), ...exact(sizes.body, pitch.heading) }, { indent: { left: twip(sizes.body * 1.5) } }),
      paragraph(styleIds.header, 'header', sans(sizes.header, false, colors.muted), exact(sizes.header, pitch.small)),
      paragraph(styleIds.footer, 'footer', sans(sizes.header, false, colors.muted), exact(sizes.header, pitch.small), { alignment: AlignmentType.CENTER }),
    ],
    characterStyles: [
      {
        id: styleIds.missing,
        name: 'Missing Value',
        basedOn: 'DefaultParagraphFont',
        run: { color: colors.missing, italics: true, border: { style: BorderStyle.SINGLE, size: 4, color: colors.missingBox, space: 1 } },
      },
    ],
  };
}
