/**
 * Search folds text the same way on both sides: NFKC (full-width ＡＢＣ１２３ → abc123, half-width kana →
 * full-width) and lower case, which SQLite's LIKE does only for ASCII. Repositories store the folded
 * searchable fields in `search_text`; a query is folded and matched with LIKE, its wildcards escaped.
 */
export function foldForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** The searchable fields as one folded string; phone numbers also without hyphens (0312345678). */
export function searchTextOf(fields: readonly string[], phones: readonly string[] = []): string {
  const parts = [...fields, ...phones, ...phones.map((phone) => phone.replace(/\D/g, ''))];
  return foldForSearch(parts.filter((part) => part !== '').join('\n'));
}

/**
 * What a user typed into a search box, folded, with characters that cannot be in stored text (controls, bidi
 * overrides, lone surrogates; see shared/validation/text-safety.ts) read as spaces: a NUL would end the phrase
 * inside SQLite's FTS5 query parser (a C string) and raise a syntax error.
 */
export function foldQuery(query: string): string {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  return foldForSearch(query).replace(/[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDFFF]/gu, ' ');
}

/** A LIKE pattern matching `query` anywhere, with `%`, `_` and the escape character itself escaped. */
export function containsPattern(query: string): string {
  return `%${foldQuery(query).trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
