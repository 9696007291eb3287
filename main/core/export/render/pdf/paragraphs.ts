import { paragraphRuns, signatureLines } from '../../compose';
import { toRuns } from '../../inline';
import type { HeadingBlock, Lang, ListBlock, ParagraphBlock, SignatureBlock } from '../../model';
import { headingText } from '../../text/heading';
import type { Line } from '../../text/lines';
import type { Build } from './context';
import type { Item } from './flow';
import { body, colors, compact, leading, sizes, spacing, type TextStyle } from './theme';
import type { LineAlign } from './typesetter';

export interface LineOptions {
  width: number;
  lineHeight: number;
  align: LineAlign;
  spaceBefore: number;
  /** Left indent of every line. */
  indent?: number;
  /** Drawn beside the first line (a list label). */
  label?: { text: string; style: TextStyle };
  /** Keep every line together (a signature). */
  together?: boolean;
}

/**
 * One item per line, so a paragraph breaks across pages between lines. The first line keeps with the second
 * and the second-to-last with the last, so no page starts or ends with a lone line of a paragraph.
 */
export function lineItems(build: Build, lines: readonly Line<TextStyle>[], options: LineOptions): Item[] {
  const { width, lineHeight, align, indent = 0 } = options;
  return lines.map((line, i) => ({
    height: lineHeight,
    spaceBefore: i === 0 ? options.spaceBefore : 0,
    keepWithNext: options.together ? i < lines.length - 1 : lines.length > 1 && (i === 0 || i === lines.length - 2),
    draw: (x, y) => {
      if (i === 0 && options.label) {
        build.ts.text(options.label.text, x, y + lineHeight / 2 + options.label.style.size * 0.38, options.label.style);
      }
      build.ts.drawLine(line, x + indent, y, width - indent, lineHeight, align);
    },
  }));
}

/** The body's line pitch: tighter in a compact document. */
const bodyLeading = (build: Build) => (build.doc.compact ? compact.body : leading.body);

export function paragraphItems(build: Build, block: ParagraphBlock, width: number, lang: Lang, size = sizes.body): Item[] {
  const runs = paragraphRuns(block, lang);
  const style: TextStyle = block.muted ? { ...body(size * 0.92), color: colors.muted } : body(size);
  const align = block.muted ? 'left' : (block.align ?? (lang === 'ja' ? 'justify' : 'left'));
  const lineHeight = size * bodyLeading(build);
  if (block.marker) {
    // A numbered item on a hanging indent: the marker at the margin, every line of the text under its first word.
    const marker = build.ts.drawable(block.marker, style.face, lang);
    const indent = build.ts.measure(marker, style) + size * (/[）)】］\]]$/.test(marker) && lang === 'ja' ? 0 : 0.35);
    const lines = build.ts.layout(runs, style, width - indent, lang);
    return lineItems(build, lines, { width, indent, lineHeight, align, spaceBefore: spacing.paragraph, label: { text: marker, style } });
  }
  const lines = build.ts.layout(runs, style, width, lang);
  return lineItems(build, lines, { width, lineHeight, align, spaceBefore: spacing.paragraph });
}

const headingStyles: Record<HeadingBlock['level'], { size: number; before: number }> = {
  1: { size: sizes.h1, before: spacing.h1Before },
  2: { size: sizes.h2, before: spacing.h2Before },
  3: { size: sizes.h3, before: spacing.h3Before },
};

/** A heading: one unsplittable item, kept with what follows; drawing it records its page for the contents. */
export function headingItem(build: Build, block: HeadingBlock, width: number, lang: Lang, scale = 1): Item {
  const index = build.headings.claim();
  const { size: baseSize, before } = headingStyles[block.level];
  const style: TextStyle = { face: 'sansBold', size: baseSize * scale, color: colors.text };
  const lines = build.ts.layout([{ text: headingText(block, lang) }], style, width, lang);
  const lineHeight = style.size * leading.heading;
  return {
    height: lines.length * lineHeight + spacing.headingAfter,
    spaceBefore: build.doc.compact ? before * compact.headingBefore : before,
    keepWithNext: true,
    draw: (x, y, context) => {
      build.headings.placed(index, context.pageIndex, y);
      lines.forEach((line, i) => build.ts.drawLine(line, x, y + i * lineHeight, width, lineHeight, 'left'));
    },
  };
}

export function listItems(build: Build, block: ListBlock, width: number, lang: Lang, size = sizes.body): Item[] {
  const style = body(size);
  const labels = block.items.map((_, i) => (block.ordered ? (lang === 'ja' ? `（${i + 1}）` : `${i + 1}.`) : lang === 'ja' ? '・' : '•'));
  const labelWidth = Math.max(...labels.map((text) => build.ts.measure(text, style)));
  const indent = labelWidth + size * (lang === 'ja' ? 0.25 : 0.5);
  return block.items.flatMap((content, i) => {
    const lines = build.ts.layout(toRuns(content), style, width - indent, lang);
    return lineItems(build, lines, {
      width,
      indent,
      lineHeight: size * bodyLeading(build),
      align: lang === 'ja' ? 'justify' : 'left',
      spaceBefore: i === 0 ? spacing.paragraph : 1,
      label: { text: labels[i]!, style },
    });
  });
}

/** Date, company, then title and name: right-aligned and kept together. */
export function signatureItems(build: Build, block: SignatureBlock, width: number, lang: Lang): Item[] {
  const style = body();
  const rows = signatureLines(block, lang, build.era);
  const lines = rows.flatMap((runs) => build.ts.layout(runs, style, width, lang));
  return lineItems(build, lines, { width, lineHeight: style.size * leading.body, align: 'right', spaceBefore: 20, together: true });
}
