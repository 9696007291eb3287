import { AlignmentType, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import { columnAlign } from '../../columns';
import { toRuns } from '../../inline';
import type { Inline, KeyValueBlock, Lang, NoteBlock, TableBlock } from '../../model';
import { wordRuns } from './runs';
import { styleIds } from './styles';
import { colors, contentWidth } from './theme';

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

export function wordTable(block: TableBlock, lang: Lang): (Paragraph | Table)[] {
  const total = block.columns.reduce((sum, column) => sum + column.width, 0) || 1;
  const widths = block.columns.map((column) => Math.round((column.width / total) * contentWidth));
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.columns.map((column, i) =>
      cell(
        [new Paragraph({ style: styleIds.tableHeader, ...(block.keepTogether ? { keepNext: true } : {}), children: wordRuns(column.header, { lang }) })],
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
                children: wordRuns(row[i] ?? '', { lang }),
              }),
            ],
            widths[i]!,
          ),
        ),
      }),
  );
  const caption = block.caption ? [new Paragraph({ style: styleIds.tableCaption, children: wordRuns(block.caption, { lang }) })] : [];
  return [...caption, table([header, ...rows], widths)];
}

export function wordKeyValue(block: KeyValueBlock, lang: Lang): (Paragraph | Table)[] {
  const labelWidth = Math.round(contentWidth * (block.labelWidth ?? 0.3));
  const widths = [labelWidth, contentWidth - labelWidth];
  const para = (content: Inline, style: string, r: number) =>
    new Paragraph({
      style,
      ...(style === styleIds.tableText && lang === 'ja' ? { alignment: AlignmentType.JUSTIFIED } : {}),
      ...paragraphTogether(block, r),
      children: wordRuns(content, { lang }),
    });
  const rows = block.rows.map(
    (row, r) =>
      new TableRow({
        ...rowTogether(block),
        children: [cell([para(row.label, styleIds.keyLabel, r)], widths[0]!, colors.labelFill), cell([para(row.value, styleIds.tableText, r)], widths[1]!)],
      }),
  );
  return [table(rows, widths)];
}

export function wordNote(block: NoteBlock, lang: Lang): (Paragraph | Table)[] {
  const children: Paragraph[] = [];
  if (block.title) children.push(new Paragraph({ style: styleIds.noteTitle, children: wordRuns(block.title, { lang }) }));
  children.push(
    new Paragraph({ style: styleIds.tableText, ...(lang === 'ja' ? { alignment: AlignmentType.JUSTIFIED } : {}), children: wordRuns(toRuns(block.content), { lang }) }),
  );
  return [table([new TableRow({ children: [cell(children, contentWidth, colors.noteFill)] })], [contentWidth])];
}

/** The small paragraph Word needs between two tables, or it merges them (only there: space comes from styles). */
export function tableSeparator(): Paragraph {
  return new Paragraph({ style: styleIds.tableSeparator, children: [] });
}
