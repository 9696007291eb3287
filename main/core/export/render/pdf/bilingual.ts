import type { BilingualBlock, ColumnBlock, Lang } from '../../model';
import type { Build } from './context';
import { fit, stackHeight, type Item } from './flow';
import { gap } from './tables';
import { headingItem, listItems, paragraphItems } from './paragraphs';
import { colors, sizes, spacing } from './theme';

/**
 * A bilingual pair: Japanese in the left column, English in the right, both starting at the same height. The
 * pair is one item whose two columns paginate in step: when it splits, each column gives the page what fits.
 */
function columnItems(build: Build, blocks: readonly ColumnBlock[], width: number, lang: Lang): Item[] {
  return blocks.flatMap((block) => {
    const blockLang = block.lang ?? lang;
    if (block.type === 'heading') return [headingItem(build, block, width, blockLang, 0.9)];
    if (block.type === 'list') return listItems(build, block, width, blockLang, sizes.column);
    return paragraphItems(build, block, width, blockLang, sizes.column);
  });
}

function pairItem(build: Build, left: Item[], right: Item[], columnWidth: number, spaceBefore: number): Item {
  const height = Math.max(stackHeight(left), stackHeight(right));
  const firstHeight = (items: Item[]) => items[0]?.minHeight ?? items[0]?.height ?? 0;
  return {
    height,
    spaceBefore,
    minHeight: Math.max(firstHeight(left), firstHeight(right)),
    draw: (x, y, context) => {
      const rightX = x + columnWidth + spacing.columnGap;
      for (const [items, columnX] of [[left, x], [right, rightX]] as const) {
        for (const placed of fit(items, Number.POSITIVE_INFINITY, true).head) placed.item.draw(columnX, y + placed.offset, context);
      }
      const rule = x + columnWidth + spacing.columnGap / 2;
      build.ts.pdf.save().lineWidth(0.4).strokeColor(colors.rule).moveTo(rule, y + 2).lineTo(rule, y + height - 2).stroke().restore();
    },
    split: (available, force) => {
      const a = fit(left, available, force);
      const b = fit(right, available, force);
      if (a.head.length === 0 && b.head.length === 0) return null;
      // In step: an article starts on the same page in both columns. When one column cannot begin here (its
      // heading and first lines do not fit) while the other could, the whole pair moves to the next page.
      const stalled = (fitted: typeof a, items: Item[]) => fitted.head.length === 0 && items.length > 0;
      if (!force && (stalled(a, left) || stalled(b, right))) return null;
      const head = pairItem(build, a.head.map((p) => p.item), b.head.map((p) => p.item), columnWidth, spaceBefore);
      return [head, pairItem(build, a.tail, b.tail, columnWidth, 0)];
    },
  };
}

export function bilingualItems(build: Build, block: BilingualBlock, width: number): Item[] {
  const columnWidth = (width - spacing.columnGap) / 2;
  // Built Japanese first: headings are numbered in this order (outline.ts lists them the same way).
  const left = columnItems(build, block.ja, columnWidth, 'ja');
  const right = columnItems(build, block.en, columnWidth, 'en');
  return [pairItem(build, left, right, columnWidth, spacing.block), gap(spacing.paragraph)];
}
