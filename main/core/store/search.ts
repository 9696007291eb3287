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

/** A LIKE pattern matching `query` anywhere, with `%`, `_` and the escape character itself escaped. */
export function containsPattern(query: string): string {
  return `%${foldForSearch(query).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
