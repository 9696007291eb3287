import type { RawDB } from './connection';

/**
 * The index that serves search words of one or two characters (「目的」「個人」「情」), which the trigram index of
 * policy_sections_fts cannot look up: migration 0011's policy_sections_short, an FTS5 trigram index (contentless,
 * rowids only) of each section's folded heading and body with a separator between every two characters —
 * 「利用目的」 is indexed as ␁利␁用␁目␁的␁ — so the trigram 「目␁的」 is the two-character word 目的 and 「␁目␁」
 * the character 目. The separator (U+0001) cannot occur in folded text or in a query (search.ts reads controls as
 * spaces), so a lookup finds exactly the sections holding the word in a field; the search's LIKE still decides.
 * Written beside policy_sections_fts (same rowid, same transaction); removed with the section by a trigger.
 */
export const SHORT_WORDS_TABLE = 'policy_sections_short';
export const SHORT_WORD_LENGTH = 2;
const SEPARATOR = '\u0001';

const spread = (text: string) => (text === '' ? '' : `${SEPARATOR}${[...text].join(SEPARATOR)}${SEPARATOR}`);

/** What the index holds for a section: each folded field spread, on its own line (no pair spans two fields). */
export function shortWordsText(heading: string, body: string): string {
  return `${spread(heading)}\n${spread(body)}`;
}

/** The MATCH string for a folded word of one or two characters. */
export function shortWordQuery(word: string): string {
  const chars = [...word];
  const gram = chars.length === 1 ? `${SEPARATOR}${chars[0]}${SEPARATOR}` : `${chars[0]}${SEPARATOR}${chars[1]}`;
  return `"${gram.replace(/"/g, '""')}"`;
}

/** Index one section's folded texts (those written to policy_sections_fts under the same rowid). */
export function indexShortWords(db: RawDB, ref: number, heading: string, body: string): void {
  db.prepare(`INSERT INTO ${SHORT_WORDS_TABLE} (rowid, grams) VALUES (?, ?)`).run(ref, shortWordsText(heading, body));
}

/** Builds the index afresh from policy_sections_fts: the migration, and after a data import (which leaves it out). */
export function rebuildShortWords(db: RawDB): void {
  db.exec(`DELETE FROM ${SHORT_WORDS_TABLE}`);
  const insert = db.prepare(`INSERT INTO ${SHORT_WORDS_TABLE} (rowid, grams) VALUES (?, ?)`);
  // In pages: a statement being iterated cannot share the connection with the inserts.
  const page = db.prepare('SELECT rowid AS ref, heading, body FROM policy_sections_fts WHERE rowid > ? ORDER BY rowid LIMIT 1000');
  for (let after = 0; ; ) {
    const rows = page.all(after) as { ref: number; heading: string | null; body: string | null }[];
    if (rows.length === 0) return;
    for (const row of rows) insert.run(row.ref, shortWordsText(row.heading ?? '', row.body ?? ''));
    after = rows.at(-1)!.ref;
  }
}
