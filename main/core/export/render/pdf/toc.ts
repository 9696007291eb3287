import { contentsTitle } from '../../compose';
import type { Lang, TocBlock } from '../../model';
import type { Build } from './context';
import type { Item } from './flow';
import { HeadingRegistry } from './headings';
import { body, colors, leading, sizes, spacing, type TextStyle } from './theme';
import type { Typesetter } from './typesetter';

/**
 * The table of contents. Its entries are laid out before the pages are (their height does not depend on the
 * numbers, which sit in a reserved column), and each entry leaves a slot; once every heading has been drawn the
 * slots are filled with dot leaders and page numbers, on the buffered pages, and linked to their headings.
 */
interface Slot {
  index: number;
  pageIndex: number;
  x: number;
  y: number;
  textEnd: number;
  right: number;
  lineHeight: number;
  style: TextStyle;
}

export class TocSlots {
  private readonly slots: Slot[] = [];

  add(slot: Slot): void {
    this.slots.push(slot);
  }

  fill(ts: Typesetter, headings: HeadingRegistry): void {
    const { pdf } = ts;
    for (const slot of this.slots) {
      const target = headings.pages.get(slot.index);
      if (target === undefined) continue;
      pdf.switchToPage(slot.pageIndex);
      const number = String(target + 1);
      const baseline = slot.y + slot.lineHeight / 2 + slot.style.size * 0.38;
      const numberWidth = ts.measure(number, slot.style);
      ts.text(number, slot.right - numberWidth, baseline, slot.style);
      const dot = { ...slot.style, color: colors.muted };
      const pitch = ts.measure('.', dot) + 2.2;
      const room = slot.right - numberWidth - 6 - (slot.textEnd + 6);
      const count = Math.floor(room / pitch);
      if (count > 0) ts.text('.'.repeat(count), slot.right - numberWidth - 6 - count * pitch + 2.2, baseline, dot, 2.2);
      pdf.goTo(slot.x, slot.y, slot.right - slot.x, slot.lineHeight, HeadingRegistry.destination(slot.index));
    }
  }
}

export function tocItems(build: Build, block: TocBlock, width: number, lang: Lang): Item[] {
  const maxLevel = block.maxLevel ?? 2;
  const titleStyle: TextStyle = { face: 'sansBold', size: sizes.h1, color: colors.text };
  const title = contentsTitle(block.title, build.doc.lang);
  const titleLines = build.ts.layout([{ text: title }], titleStyle, width, lang);
  const titleHeight = titleStyle.size * leading.heading;
  const items: Item[] = [
    {
      height: titleLines.length * titleHeight + spacing.block,
      spaceBefore: spacing.h1Before,
      keepWithNext: true,
      draw: (x, y) => titleLines.forEach((line, i) => build.ts.drawLine(line, x, y + i * titleHeight, width, titleHeight, 'center')),
    },
  ];
  const numberColumn = sizes.toc * 3.5;
  for (const entry of build.headings.entries) {
    if (!entry.inToc || entry.level > maxLevel) continue;
    const style = body(sizes.toc);
    const indent = (entry.level - 1) * sizes.toc * 1.5;
    const lines = build.ts.layout([{ text: entry.text }], style, width - indent - numberColumn, entry.lang);
    const lineHeight = style.size * leading.heading;
    items.push({
      height: lines.length * lineHeight,
      spaceBefore: entry.level === 1 ? 5 : 2,
      draw: (x, y, context) => {
        lines.forEach((line, i) => build.ts.drawLine(line, x + indent, y + i * lineHeight, width - indent - numberColumn, lineHeight, 'left'));
        const last = lines[lines.length - 1];
        build.toc.add({
          index: entry.index,
          pageIndex: context.pageIndex,
          x: x + indent,
          y: y + (lines.length - 1) * lineHeight,
          textEnd: x + indent + (last?.width ?? 0),
          right: x + width,
          lineHeight,
          style,
        });
      },
    });
  }
  return items;
}
