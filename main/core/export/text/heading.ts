import type { HeadingBlock, Lang } from '../model';

/**
 * The one line a heading prints: 「第1条（利用目的）」 / "Article 1 (Purposes of Use)" for articles,
 * 「1. 概要」 / "1. Overview" for plain numbering, or the text alone.
 */
export function headingText(heading: Pick<HeadingBlock, 'label' | 'text' | 'labelStyle'>, lang: Lang): string {
  const { label, text } = heading;
  if (!label) return text;
  if (!text) return label;
  if ((heading.labelStyle ?? 'article') === 'article') {
    // A title that already opens with its bracket (「（基本方針）🔒」, kept as written because something follows
    // the bracket) is not bracketed again: never 「第1条（（基本方針）🔒）」.
    if (/^[（(【［[]/.test(text)) return lang === 'ja' ? `${label}${text}` : `${label} ${text}`;
    return lang === 'ja' ? `${label}（${text}）` : `${label} (${text})`;
  }
  return lang === 'ja' ? `${label}\u3000${text}` : `${label} ${text}`;
}
