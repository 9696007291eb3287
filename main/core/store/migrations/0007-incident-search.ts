import type { Migration } from './migration';

/**
 * An FTS5 trigram index of each incident's folded search text (the list's text filter), kept by triggers, so a
 * word of three or more characters finds its incidents through the index instead of a LIKE over every row —
 * the text filter over 100k incidents was one full scan per keystroke. External content: the text stays only in
 * incidents.search_text; the index holds trigrams and row ids.
 */
export const incidentSearch: Migration = {
  version: 7,
  name: 'incident-search',
  up(db) {
    db.exec(`
      CREATE VIRTUAL TABLE incidents_fts USING fts5(search_text, content = 'incidents', content_rowid = 'id', tokenize = 'trigram');
      INSERT INTO incidents_fts (incidents_fts) VALUES ('rebuild');
      CREATE TRIGGER incidents_fts_insert AFTER INSERT ON incidents BEGIN
        INSERT INTO incidents_fts (rowid, search_text) VALUES (NEW.id, NEW.search_text);
      END;
      CREATE TRIGGER incidents_fts_delete AFTER DELETE ON incidents BEGIN
        INSERT INTO incidents_fts (incidents_fts, rowid, search_text) VALUES ('delete', OLD.id, OLD.search_text);
      END;
      CREATE TRIGGER incidents_fts_update AFTER UPDATE OF search_text ON incidents
        WHEN OLD.search_text IS NOT NEW.search_text BEGIN
        INSERT INTO incidents_fts (incidents_fts, rowid, search_text) VALUES ('delete', OLD.id, OLD.search_text);
        INSERT INTO incidents_fts (rowid, search_text) VALUES (NEW.id, NEW.search_text);
      END;
    `);
  },
};
