import { AlignmentType, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import { columnAlign } from '../../columns';
import { toRuns } from '../../inline';
import type { Inline, KeyValueBlock, Lang, NoteBlock, TableBlock } from '../../model';
import { wordRuns } from './runs';
import { styleIds } from './styles';
import { colors, contentWidth, type WordFonts } from './theme';

/**
 * Tables as the PDF draws them, in the one table style: thin grey borders, a shaded header row that Word repeats on every page the
 * table continues on, label cells shaded, numbers right-aligned, and notes as a shaded one-cell table.
 */
const alignment = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED } as const;

function cell(children: Paragraph[], width: number, fill?: string): TableCell {
  return new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    ...(fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill } } : {}),
  });
}

function table(rows: TableRow[], widths: number[]): Table {
  // Borders and cell margins come from the table style, defined once in styles.xml.
  return new Table({ rows, columnWidths: widths, width: { size: contentWidth, type: WidthType.DXA }, layout: TableLayoutType.FIXED, style: styleIds.table });
}

/**
 * A table kept together, as Word does it: no row breaks across a page (cantSplit) and every row's paragraphs keep
 * with the next row (keepNext), so Word moves the whole table to the next page when it does not fit.
 */
function rowTogether(block: TableBlock | KeyValueBlock): { cantSplit?: boolean } {
  return block.keepTogether ? { cantSplit: true } : {};
}

function paragraphTogether(block: TableBlock | KeyValueBlock, row: number): { keepNext?: boolean } {
  return block.keepTogether && row < block.rows.length - 1 ? { keepNext: true } : {};
}

export function wordTable(block: TableBlock, lang: Lang, fonts: WordFonts): (Paragraph | Table)[] {
  const total = block.columns.reduce((sum, column) => sum + column.width, 0) || 1;
  const widths = block.columns.map((column) => Math.round((column.width / total) * contentWidth));
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.columns.map((column, i) =>
      cell(
        [new Paragraph({ style: styleIds.tableHeader, ...(block.keepTogether ? { keepNext: true } : {}), children: wordRuns(column.header, { fonts, lang, face: 'sans', bold: true }) })],
        widths[i]!,
        colors.headerFill,
      ),
    ),
  });
  const rows = block.rows.map(
    (row, r) =>
      new TableRow({
        ...rowTogether(block),
        children: block.columns.map((_, i) =>
          cell(
            [
              new Paragraph({
                style: styleIds.tableText,
                alignment: alignment[columnAlign(block, i, lang)],
                ...paragraphTogether(block, r),
                children: wordRuns(row[i] ?? '', { fonts, lang }),
              }),
            ],
            widths[i]!,
          ),
        ),
      }),
  );
  const caption = block.caption ? [new Paragraph({ style: styleIds.tableCaption, children: wordRuns(block.caption, { fonts, lang, face: 'sans', bold: true }) })] : [];
  return [...caption, table([header, ...rows], widths), spacer()];
}

export function wordKeyValue(block: KeyValueBlock, lang: Lang, fonts: WordFonts): (Paragraph | Table)[] {
  const labelWidth = Math.round(contentWidth * (block.labelWidth ?? 0.3));
  const widths = [labelWidth, contentWidth - labelWidth];
  const para = (content: Inline, style: string, face: 'serif' | 'sans', r: number) =>
    new Paragraph({
      style,
      ...(style === styleIds.tableText && lang === 'ja' ? { alignment: AlignmentType.JUSTIFIED } : {}),
      ...paragraphTogether(block, r),
      children: wordRuns(content, { fonts, lang, face }),
    });
  const rows = block.rows.map(
    (row, r) =>
      new TableRow({
        ...rowTogether(block),
        children: [cell([para(row.label, styleIds.keyLabel, 'sans', r)], widths[0]!, colors.labelFill), cell([para(row.value, styleIds.tableText, 'serif', r)], widths[1]!)],
      }),
  );
  return [spacer(), table(rows, widths), spacer()];
}

export function wordNote(block: NoteBlock, lang: Lang, fonts: WordFonts): (Paragraph | Table)[] {
  const children: Paragraph[] = [];
  if (block.title) children.push(new Paragraph({ style: styleIds.noteTitle, children: wordRuns(block.title, { fonts, lang, face: 'sans', bold: true }) }));
  children.push(
    new Paragraph({ style: styleIds.tableText, ...(lang === 'ja' ? { alignment: AlignmentType.JUSTIFIED } : {}), children: wordRuns(toRuns(block.content), { fonts, lang }) }),
  );
  return [spacer(), table([new TableRow({ children: [cell(children, contentWidth, colors.noteFill)] })], [contentWidth]), spacer()];
}

/** An empty small paragraph: Word needs one between two tables or they merge, and it gives the space around them. */
export function spacer(): Paragraph {
  return new Paragraph({ style: styleIds.meta, children: [] });
}
