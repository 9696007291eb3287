import type { Migration } from './migration';

/**
 * Facts about the workspace file itself, by key. The first: `rules_fingerprint`, the rules and holiday data its
 * incidents' derived values (reportable, due dates) were computed under (shared/appi/rules-fingerprint.ts).
 */
export const workspaceMeta: Migration = {
  version: 4,
  name: 'workspace-meta',
  up(db) {
    db.exec(`
      CREATE TABLE workspace_meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
