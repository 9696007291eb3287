import type { Migration } from './migration';

/**
 * An index for policy search words of one or two characters (issue 11 item 6): the trigram index cannot look them
 * up, so 「目的」 was a LIKE over every section of every version (~240 ms at 10k versions). Contentless and rowids
 * only (detail=none): it stores no text, only which sections hold each character and each pair of neighbouring
 * characters (store/policies-short-words.ts explains the spread text). Filled here from the folded texts already
 * in policy_sections_fts; the spreading is written out, not imported, so this step stays as released.
 */
export const policyShortWords: Migration = {
  version: 11,
  name: 'policy-short-words',
  up(db) {
    db.exec(`
      CREATE VIRTUAL TABLE policy_sections_short USING fts5(grams, content = '', contentless_delete = 1, detail = none, tokenize = 'trigram');
      CREATE TRIGGER policy_sections_short_delete AFTER DELETE ON policy_sections
      BEGIN
        DELETE FROM policy_sections_short WHERE rowid = OLD.id;
      END;
    `);
    const spread = (text: string) => (text === '' ? '' : `\u0001${[...text].join('\u0001')}\u0001`);
    const insert = db.prepare('INSERT INTO policy_sections_short (rowid, grams) VALUES (?, ?)');
    // In pages: a statement being iterated cannot share the connection with the inserts.
    const page = db.prepare('SELECT rowid AS ref, heading, body FROM policy_sections_fts WHERE rowid > ? ORDER BY rowid LIMIT 1000');
    for (let after = 0; ; ) {
      const rows = page.all(after) as { ref: number; heading: string | null; body: string | null }[];
      if (rows.length === 0) break;
      for (const row of rows) insert.run(row.ref, `${spread(row.heading ?? '')}\n${spread(row.body ?? '')}`);
      after = rows.at(-1)!.ref;
    }
  },
};
