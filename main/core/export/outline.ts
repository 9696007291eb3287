import type { Block, DocumentLang, HeadingBlock, Lang } from './model';
import { langOf } from './inline';
import { headingText } from './text/heading';

/** A heading as the table of contents lists it; `index` counts headings in reading order, from 0. */
export interface OutlineEntry {
  index: number;
  level: 1 | 2 | 3;
  text: string;
  lang: Lang;
  inToc: boolean;
}

export function isInToc(heading: HeadingBlock): boolean {
  return heading.toc ?? heading.level <= 2;
}

/** Every heading in reading order; in a bilingual pair the Japanese column comes before the English one. */
export function collectHeadings(blocks: readonly Block[], documentLang: DocumentLang): OutlineEntry[] {
  const entries: OutlineEntry[] = [];
  const add = (heading: HeadingBlock, lang: Lang) =>
    entries.push({ index: entries.length, level: heading.level, text: headingText(heading, lang), lang, inToc: isInToc(heading) });
  for (const block of blocks) {
    if (block.type === 'heading') add(block, langOf(block, documentLang));
    if (block.type === 'bilingual') {
      for (const inner of block.ja) if (inner.type === 'heading') add(inner, inner.lang ?? 'ja');
      for (const inner of block.en) if (inner.type === 'heading') add(inner, inner.lang ?? 'en');
    }
  }
  return entries;
}
