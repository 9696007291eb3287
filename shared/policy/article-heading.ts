/**
 * The number and title a section heading carries as written: 「第6条（利用目的）」 → 第6条 + 利用目的,
 * "Article 3. Security" → Article 3 + Security, "1. Purpose" → 1. + Purpose, 「（2）保有個人データ」 → （2） + 保有個人データ.
 * The number is kept exactly as the document writes it (full-width digits included); its value is read for the
 * article count (shared/policy/numbering.ts numbers the sections from these).
 */

/** article: 第N条 / Article N / Section N / 第N章 …; item: 1. / （1） / ① / 一、. */
export type WrittenNumberStyle = 'article' | 'chapter' | 'item';

export interface WrittenNumber {
  /** The number as written, trimmed: 第6条, Article 3, 1., （1）, 一、. */
  readonly number: string;
  /** Its value (第十二条 → 12), or null when it has none readable (第6条の2 → 6). */
  readonly value: number | null;
  readonly style: WrittenNumberStyle;
  /** The heading after the number, as written (brackets kept). */
  readonly rest: string;
}

const kanjiDigits: Record<string, number> = { 〇: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 12, １２, 十二, 百二 → a number; null when unreadable. */
export function numberValue(written: string): number | null {
  const digits = written.normalize('NFKC');
  if (/^\d+$/.test(digits)) return Number(digits);
  if (!/^[〇一二三四五六七八九十百]+$/.test(written)) return null;
  let total = 0;
  let current = 0;
  for (const char of written) {
    if (char === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else if (char === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else current = current * 10 + (kanjiDigits[char] ?? 0);
  }
  return total + current;
}

const numeral = '[0-9０-９〇一二三四五六七八九十百]+';
const writtenPatterns: readonly [RegExp, WrittenNumberStyle][] = [
  [new RegExp(`^(第\\s*(${numeral})\\s*条(?:\\s*の\\s*${numeral})*)\\s*[.:．：]?\\s*`), 'article'],
  [new RegExp(`^(第\\s*(${numeral})\\s*[章節款])\\s*[.:．：]?\\s*`), 'chapter'],
  [/^((?:article|art\.|section|§)\s*([0-9０-９]+)(?:[.-][0-9]+)?)\s*[.:．：-]?\s*/i, 'article'],
  [/^((?:chapter|part)\s+([0-9０-９]+|[ivxlc]+))\s*[.:．：-]?\s*/i, 'chapter'],
  [/^([（(]([0-9０-９]{1,3})[)）])\s*/, 'item'],
  [/^(([0-9０-９]{1,3})(?:[.．][0-9０-９]{1,3})*\s*[.．)）:：、])\s*/, 'item'],
  [/^(([〇一二三四五六七八九十]{1,3})\s*[、．.])\s*/, 'item'],
];

/** The number a heading starts with (after any markdown #), or null when it carries none. */
export function writtenNumber(heading: string): WrittenNumber | null {
  const text = heading.trim().replace(/^#{1,6}\s+/, '');
  const circled = text.codePointAt(0) ?? 0;
  if (circled >= 0x2460 && circled <= 0x2473) {
    return { number: text.slice(0, 1), value: circled - 0x2460 + 1, style: 'item', rest: text.slice(1).trim() };
  }
  for (const [pattern, style] of writtenPatterns) {
    const match = pattern.exec(text);
    if (!match) continue;
    // "1.5 million" or a date is not a numbered heading: an item number is followed by a title, not a digit.
    const rest = text.slice(match[0].length);
    if (style === 'item' && /^[0-9０-９]/.test(rest)) continue;
    return { number: match[1]!.trim(), value: numberValue(match[2] ?? ''), style, rest: rest.trim() };
  }
  return null;
}

// Numbering a heading may already carry, in full- or half-width forms; stripped repeatedly from the front.
const leadingNumbering = [
  /^第\s*[0-9０-９一二三四五六七八九十百]+\s*条(\s*の\s*[0-9０-９一二三四五六七八九十]+)*\s*[.:．：]?\s*/,
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
