import { documentTextLang, metadataLines } from '../../frontmatter';
import type { Lang } from '../../model';
import type { Build } from './context';
import type { Item } from './flow';
import { lineItems } from './paragraphs';
import { colors, leading, sizes, spacing, type TextStyle } from './theme';

/** The top of the first page: reference and dates at the right (then the letterhead, drawn by the caller). */
export function metadataItems(build: Build, width: number): Item[] {
  const { doc, ts } = build;
  const lang = documentTextLang(doc);
  const metaStyle: TextStyle = { face: 'serif', size: sizes.meta, color: colors.text };
  return metadataLines(doc, build.era).flatMap((text) =>
    lineItems(build, ts.layout([{ text }], metaStyle, width, lang), { width, lineHeight: sizes.meta * leading.small, align: 'right', spaceBefore: 0 }),
  );
}

/** The title and subtitle, centred, with the space under them. */
export function titleItems(build: Build, width: number): Item[] {
  const { doc, ts } = build;
  const lang = documentTextLang(doc);
  const items: Item[] = [];
  const titleStyle: TextStyle = { face: 'sansBold', size: sizes.title, color: colors.text };
  // A title is kept off the margins, unless that alone would break it: one line at full width reads better
  // than 「…報告（確」「報）」.
  const narrow = ts.layout([{ text: doc.title }], titleStyle, width * 0.85, lang);
  const wide = narrow.length > 1 ? ts.layout([{ text: doc.title }], titleStyle, width, lang) : narrow;
  const titleLines = wide.length < narrow.length ? wide : narrow;
  items.push(
    ...lineItems(build, titleLines, { width, lineHeight: sizes.title * leading.heading, align: 'center', spaceBefore: 18, together: true }),
  );
  if (doc.subtitle) {
    const subtitleLang: Lang = doc.lang === 'ja' ? 'ja' : 'en';
    const style: TextStyle = { face: 'sans', size: sizes.subtitle, color: colors.muted };
    const lines = ts.layout([{ text: doc.subtitle }], style, width * 0.85, subtitleLang);
    items.push(...lineItems(build, lines, { width, lineHeight: sizes.subtitle * leading.heading, align: 'center', spaceBefore: 2, together: true }));
  }
  // The space under the title, as an empty item so the first block's own space adds to it.
  items.push({ height: spacing.h1Before, spaceBefore: 0, draw: () => undefined });
  return items;
}
