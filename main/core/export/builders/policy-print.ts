import type { ColumnBlock, Lang, ParagraphBlock } from '../model';
import { withEraDates } from '../text/dates';
import { splitMarker } from '../text/markers';

/**
 * How a policy's prose is set for print: each line a justified paragraph (両端揃え), a numbered or bulleted item
 * on a hanging indent, dates with the era on request; and what stands in a column whose translation is missing.
 */
export interface PrintOptions {
  /** A draft: gaps are marked (未記入); published, they are left out. */
  draft?: boolean;
  /** Every Japanese date in the text gets its era: 2020年（令和2年）4月1日. */
  era?: boolean;
}

export function proseParagraph(line: string, lang: Lang, print: PrintOptions): ParagraphBlock {
  const text = print.era && lang === 'ja' ? withEraDates(line) : line;
  const marked = splitMarker(text.trimStart());
  if (marked) return { type: 'paragraph', content: marked.rest, marker: marked.marker, lang, align: 'justify' };
  return { type: 'paragraph', content: text, lang, align: 'justify' };
}

/** Every non-blank line is a paragraph, as written: imported policies keep their own line structure. */
export function proseParagraphs(text: string, lang: Lang, print: PrintOptions): ColumnBlock[] {
  return text
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '')
    .map((line) => proseParagraph(line, lang, print));
}

const untranslated: Record<Lang, string> = { ja: '（日本語版なし）', en: '(No English version)' };

/**
 * Said once, in the column of an article that has no text in that language: a bilingual document shows the gap
 * plainly rather than a blank column or an empty article. A draft marks it as a gap to fill (boxed).
 */
export function missingTranslation(lang: Lang, print: PrintOptions): ParagraphBlock {
  if (print.draft) return { type: 'paragraph', content: [{ missing: true, text: untranslated[lang].replace(/^[（(]|[）)]$/g, '') }], lang };
  return { type: 'paragraph', content: untranslated[lang], lang, muted: true, align: 'left' };
}
