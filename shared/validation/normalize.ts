/**
 * What people type, made canonical: full-width digits and letters to half-width (NFKC), the many
 * hyphen look-alikes to "-", and surrounding space trimmed. Used before any format check.
 */
const hyphenLike = /[\u2010-\u2015\u2212\u30FC\uFF0D\uFF70]/g;

export function normalizeAscii(value: string): string {
  return value.normalize('NFKC').replace(hyphenLike, '-').trim();
}

/** A count as a person typed it: nothing yet, a whole number, or text that is not a count (kept, with its error). */
export type TypedCount = { kind: 'empty' } | { kind: 'count'; value: number } | { kind: 'invalid' };

/**
 * A number of people (本人の数) as typed: full-width digits and commas (１，２００), thousands separators, spaces and a
 * trailing 名 or 人 read as 1200. Nothing is rounded or guessed: 1.5, 約1200, -3 and 1,20 are not counts, and say so
 * rather than being dropped.
 */
export function parseTypedCount(value: string): TypedCount {
  const text = normalizeAscii(value).replace(/\s+/g, '').replace(/[名人]$/, '');
  if (text === '') return { kind: 'empty' };
  if (!/^(\d+|\d{1,3}(,\d{3})+)$/.test(text)) return { kind: 'invalid' };
  const count = Number(text.replaceAll(',', ''));
  return Number.isSafeInteger(count) ? { kind: 'count', value: count } : { kind: 'invalid' };
}

/** A count as the form shows it once typed: half-width digits with thousands commas (UI guide, "Money"), 1,200. */
export function formatCount(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
