import { columnAlign } from '../../columns';
import { toRuns } from '../../inline';
import type { Inline, KeyValueBlock, Lang, NoteBlock, Run, TableBlock } from '../../model';
import type { Line } from '../../text/lines';
import type { Build } from './context';
import type { Item } from './flow';
import { colors, leading, sizes, spacing, type TextStyle } from './theme';
import type { LineAlign } from './typesetter';

/**
 * Bordered tables, label/value tables and boxed notes, as rows of cells. A row too tall for the rest of the page
 * splits between lines, each part boxed; a table's header row repeats at the top of each page it continues on.
 */
interface Cell {
  lines: Line<TextStyle>[];
  width: number;
  align: LineAlign;
  lineHeight: number;
  fill?: string;
}

const EPSILON = 0.01;
/**
 * A row no taller than this moves to the next page whole rather than split: a split of a short row leaves a
 * label cut in two and a line or two stranded at the foot of a page. Taller rows (a long report item) split.
 */
const MIN_SPLIT_HEIGHT = 100;

function cellHeight(cell: Cell): number {
  return cell.lines.length * cell.lineHeight;
}

interface RowOptions {
  spaceBefore: number;
  keepWithNext?: boolean;
  repeatHeader?: Item;
  /** Part of a table kept together: split only when a fresh page cannot hold it. */
  whole?: boolean;
}

function rowItem(build: Build, cells: Cell[], options: RowOptions): Item {
  const padY = spacing.cellPadY;
  const height = Math.max(...cells.map(cellHeight)) + 2 * padY;
  const item: Item = {
    height,
    spaceBefore: options.spaceBefore,
    minHeight: Math.max(...cells.map((cell) => (cell.lines.length > 0 ? cell.lineHeight : 0))) + 2 * padY,
    ...(options.keepWithNext ? { keepWithNext: true } : {}),
    ...(options.repeatHeader ? { repeatHeader: options.repeatHeader } : {}),
    draw: (x, y) => {
      const { pdf } = build.ts;
      let cx = x;
      for (const cell of cells) {
        if (cell.fill) pdf.save().rect(cx, y, cell.width, height).fill(cell.fill).restore();
        pdf.save().lineWidth(0.5).strokeColor(colors.border).rect(cx, y, cell.width, height).stroke().restore();
        cell.lines.forEach((line, i) =>
          build.ts.drawLine(line, cx + spacing.cellPadX, y + padY + i * cell.lineHeight, cell.width - 2 * spacing.cellPadX, cell.lineHeight, cell.align),
        );
        cx += cell.width;
      }
    },
    split: (available, force) => {
      if (!force && (options.whole || height <= MIN_SPLIT_HEIGHT)) return null;
      const counts = cells.map((cell) => Math.max(0, Math.floor((available - 2 * padY + EPSILON) / cell.lineHeight)));
      let taken = cells.map((cell, i) => Math.min(cell.lines.length, counts[i]!));
      if (taken.every((n) => n === 0)) {
        // Not one line fits: move the whole row on, unless the page is fresh and must take something.
        if (!force) return null;
        taken = cells.map((cell) => Math.min(cell.lines.length, 1));
      }
      const part = (from: (cell: Cell, n: number) => Line<TextStyle>[]) => cells.map((cell, i) => ({ ...cell, lines: from(cell, taken[i]!) }));
      return [
        rowItem(build, part((cell, n) => cell.lines.slice(0, n)), { spaceBefore: options.spaceBefore }),
        rowItem(build, part((cell, n) => cell.lines.slice(n)), { spaceBefore: 0, ...(options.repeatHeader ? { repeatHeader: options.repeatHeader } : {}) }),
      ];
    },
  };
  return item;
}

const tableStyle = (face: TextStyle['face'] = 'serif'): TextStyle => ({ face, size: sizes.table, color: colors.text });

function cell(build: Build, content: Inline | readonly Run[], width: number, align: LineAlign, lang: Lang, style: TextStyle, fill?: string): Cell {
  const lines = build.ts.layout(toRuns(content), style, width - 2 * spacing.cellPadX, lang);
  return { lines, width, align, lineHeight: style.size * leading.table, ...(fill ? { fill } : {}) };
}

/**
 * A table kept together (a desk's contact details): every row but the last keeps with the next, so pagination's
 * keep-with-next look-ahead moves the whole table to the next page when it does not fit, and no row splits unless a
 * fresh page cannot hold it.
 */
function together(block: TableBlock | KeyValueBlock, row: number): Pick<RowOptions, 'keepWithNext' | 'whole'> {
  if (!block.keepTogether) return {};
  return { whole: true, ...(row < block.rows.length - 1 ? { keepWithNext: true } : {}) };
}

/** Space after a table or note, dropped at the top of a page like any other. */
export const gap = (points: number): Item => ({ height: 0, spaceBefore: points, draw: () => undefined });

export function tableItems(build: Build, block: TableBlock, width: number, lang: Lang): Item[] {
  const total = block.columns.reduce((sum, column) => sum + column.width, 0) || 1;
  const widths = block.columns.map((column) => (column.width / total) * width);
  const aligns = block.columns.map((_, i) => columnAlign(block, i, lang));
  const items: Item[] = [];
  if (block.caption) {
    const style = tableStyle('sansBold');
    const lines = build.ts.layout([{ text: block.caption }], style, width, lang);
    lines.forEach((line, i) =>
      items.push({ height: style.size * leading.small, spaceBefore: i === 0 ? spacing.block : 0, keepWithNext: true, draw: (x, y) => build.ts.drawLine(line, x, y, width, style.size * leading.small, 'left') }),
    );
  }
  const header = rowItem(
    build,
    block.columns.map((column, i) => cell(build, column.header, widths[i]!, 'center', lang, tableStyle('sansBold'), colors.headerFill)),
    { spaceBefore: block.caption ? 2 : spacing.block, keepWithNext: true },
  );
  items.push(header);
  block.rows.forEach((row, r) => {
    const cells = block.columns.map((_, i) => cell(build, row[i] ?? '', widths[i]!, aligns[i]!, lang, tableStyle()));
    items.push(rowItem(build, cells, { spaceBefore: 0, repeatHeader: { ...header, spaceBefore: 0 }, ...together(block, r) }));
  });
  items.push(gap(spacing.block));
  return items;
}

export function keyValueItems(build: Build, block: KeyValueBlock, width: number, lang: Lang): Item[] {
  const labelWidth = width * (block.labelWidth ?? 0.3);
  const items = block.rows.map((row, i) =>
    rowItem(
      build,
      [
        cell(build, row.label, labelWidth, 'left', lang, tableStyle('sans'), colors.labelFill),
        cell(build, row.value, width - labelWidth, lang === 'ja' ? 'justify' : 'left', lang, tableStyle()),
      ],
      { spaceBefore: i === 0 ? spacing.block : 0, ...together(block, i) },
    ),
  );
  return [...items, gap(spacing.block)];
}

export function noteItems(build: Build, block: NoteBlock, width: number, lang: Lang): Item[] {
  const titleLines = block.title ? build.ts.layout([{ text: block.title }], tableStyle('sansBold'), width - 2 * spacing.cellPadX, lang) : [];
  const content = cell(build, block.content, width, lang === 'ja' ? 'justify' : 'left', lang, tableStyle(), colors.noteFill);
  return [rowItem(build, [{ ...content, lines: [...titleLines, ...content.lines] }], { spaceBefore: spacing.block }), gap(spacing.block)];
}
