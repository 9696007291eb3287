import { sectionKindLabels } from './labels';
import type { PolicySection } from './model';
import type { Lang } from './vocabulary';

/**
 * Article headings as Japanese policies print them: 「第1条（利用目的）」 / "Article 1 (Purposes of Use)". The
 * number stays in Arabic digits, as published policies write 第N条. The title is the section's own heading
 * with any numbering it was imported with removed (「第3条（利用目的）」 → 利用目的), or the kind's label.
 */

// Numbering a heading may already carry, in full- or half-width forms; stripped repeatedly from the front.
const leadingNumbering = [
  /^第\s*[0-9０-９一二三四五六七八九十百]+\s*条\s*/,
  /^article\s+[0-9０-９]+\s*[.:．：]?\s*/i,
  /^#{1,6}\s+/,
  /^[（(][0-9０-９]{1,3}[)）]\s*/,
  /^[0-9０-９]{1,3}\s*[.．)）:：、]\s*/,
  /^[\u2460-\u2473]\s*/,
];

const enclosing: readonly [string, string][] = [
  ['（', '）'],
  ['(', ')'],
  ['【', '】'],
  ['［', '］'],
  ['[', ']'],
];

/** The title of a heading without numbering or enclosing brackets ('' when nothing is left). */
export function headingTitle(heading: string): string {
  let title = heading.trim();
  for (let changed = true; changed; ) {
    changed = false;
    for (const pattern of leadingNumbering) {
      const stripped = title.replace(pattern, '');
      if (stripped !== title) {
        title = stripped.trim();
        changed = true;
      }
    }
  }
  for (const [open, close] of enclosing) {
    const inner = title.slice(open.length, -close.length);
    if (title.startsWith(open) && title.endsWith(close) && !inner.includes(open) && !inner.includes(close)) {
      title = inner.trim();
    }
  }
  return title;
}

/** `index` is the section's zero-based position; articles are numbered from 1. */
export function articleHeading(
  index: number,
  section: Pick<PolicySection, 'kind' | 'headingJa' | 'headingEn'>,
  lang: Lang,
): string {
  const number = Math.max(0, Math.trunc(index)) + 1;
  const own = headingTitle(lang === 'ja' ? section.headingJa : section.headingEn);
  const title = own === '' ? sectionKindLabels[section.kind][lang] : own;
  return lang === 'ja' ? `第${number}条（${title}）` : `Article ${number} (${title})`;
}
