import { asWritable, execute, queryValue, type ReadableDB } from './connection';
import { sql } from './sql';

/**
 * The workspace's own key/value facts (migration 0004). They describe the file, as its schema version does, not
 * the user's records, so they are written without an audit row.
 */
export type MetaKey = 'rules_fingerprint';

export function getMeta(db: ReadableDB, key: MetaKey): string | null {
  return queryValue<string>(db, sql`SELECT value FROM workspace_meta WHERE key = ${key}`) ?? null;
}

export function stampMeta(db: ReadableDB, key: MetaKey, value: string): void {
  execute(asWritable(db), sql`INSERT INTO workspace_meta (key, value) VALUES (${key}, ${value}) ON CONFLICT (key) DO UPDATE SET value = excluded.value`);
}
