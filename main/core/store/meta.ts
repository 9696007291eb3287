import { randomUUID } from 'node:crypto';
import { asWritable, execute, queryValue, type RawDB, type ReadableDB } from './connection';
import { sql } from './sql';

/**
 * The workspace's own key/value facts (migration 0004). They describe the file, as its schema version does, not
 * the user's records, so they are written without an audit row.
 * - `rules_fingerprint`: the rules and holiday data its incidents' derived values were computed under.
 * - `workspace_id`: the file's stable identity, which every request names (shared/rpc/dispatch.ts).
 * - `display_name`, `client_label`: what the user calls the workspace and whose it is (written with an audit row,
 *   since the user chose them: main/core/workspace/labels.ts).
 * - `sample`: '1' in the sample workspace the core seeds (main/core/workspace/sample.ts).
 */
export type MetaKey = 'rules_fingerprint' | 'workspace_id' | 'display_name' | 'client_label' | 'sample';

export function getMeta(db: ReadableDB, key: MetaKey): string | null {
  return queryValue<string>(db, sql`SELECT value FROM workspace_meta WHERE key = ${key}`) ?? null;
}

export function stampMeta(db: ReadableDB, key: MetaKey, value: string): void {
  execute(asWritable(db), sql`INSERT INTO workspace_meta (key, value) VALUES (${key}, ${value}) ON CONFLICT (key) DO UPDATE SET value = excluded.value`);
}

function hasMetaTable(db: RawDB): boolean {
  return db.prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'workspace_meta'`).get() !== undefined;
}

/**
 * The workspace's id, given one on creation or on the first open of an older file. Written in its own IMMEDIATE
 * transaction with INSERT OR IGNORE, so two programs opening the same older file at once agree on one id. A file
 * without the meta table (only in tests of old schemas) gets an id for this session only.
 */
export function ensureWorkspaceId(db: RawDB): string {
  if (!hasMetaTable(db)) return randomUUID();
  return db
    .transaction(() => {
      execute(asWritable(db as ReadableDB), sql`INSERT OR IGNORE INTO workspace_meta (key, value) VALUES (${'workspace_id'}, ${randomUUID()})`);
      return getMeta(db as ReadableDB, 'workspace_id')!;
    })
    .immediate();
}

/** The id as stored, for a read-only look that must not write; null for a file not yet given one. */
export function storedWorkspaceId(db: RawDB): string | null {
  return hasMetaTable(db) ? getMeta(db as ReadableDB, 'workspace_id') : null;
}
