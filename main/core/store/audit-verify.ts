import Database from 'better-sqlite3';
import { storedRowHash, type StoredAuditColumns } from './audit-hash';
import { queryAll, queryValue, type ReadableDB } from './connection';
import { applyMigrations } from './migrate';
import { nativeBinding } from './native-binding';
import { sql } from './sql';

/** What the verifier reads of the store: the chain as stored bytes, the triggers, and each record's last audit row. */

export interface ChainRow {
  id: number;
  prevHash: string;
  hash: string;
  /** SHA-256 of the row as stored now (audit-hash.ts), to compare with `hash`. */
  computed: string;
}

interface StoredChainRow extends StoredAuditColumns {
  id: number;
  prev_hash: Uint8Array;
  hash: string;
}

/** The chain in id order, a page at a time, each row with its hash recomputed from its stored bytes. */
export function* eachChainRow(db: ReadableDB, pageSize = 2000): Generator<ChainRow> {
  let after = -Infinity;
  for (;;) {
    const rows = queryAll<StoredChainRow>(
      db,
      sql`SELECT id, CAST(at AS BLOB) AS at, CAST(actor AS BLOB) AS actor, CAST(operation AS BLOB) AS operation,
                 CAST(entity AS BLOB) AS entity, entity_id, CAST(before_json AS BLOB) AS before_json,
                 CAST(after_json AS BLOB) AS after_json, CAST(prev_hash AS BLOB) AS prev_hash, hash
            FROM audit_log WHERE id > ${after} ORDER BY id LIMIT ${pageSize}`,
    );
    if (rows.length === 0) return;
    for (const row of rows) {
      const computed = storedRowHash(row, row.prev_hash);
      yield { id: row.id, prevHash: Buffer.from(row.prev_hash).toString('utf8'), hash: row.hash, computed };
    }
    after = rows.at(-1)!.id;
  }
}

export function hasChainColumns(db: ReadableDB): boolean {
  return queryAll<{ name: string }>(db, sql`SELECT name FROM pragma_table_info('audit_log')`).some((column) => column.name === 'hash');
}

export interface TriggerDef {
  name: string;
  table: string;
  sql: string;
}

export function triggersOf(db: ReadableDB): TriggerDef[] {
  return queryAll<TriggerDef>(db, sql`SELECT name, tbl_name AS "table", sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY name`);
}

let reference: TriggerDef[] | undefined;

/**
 * The triggers a workspace of this version must have, read from a schema migrated in memory just now: the
 * migrations are the definition, so the list never drifts from them (and a trigger replaced by a same-named no-op
 * differs in its SQL).
 */
export function expectedTriggers(): TriggerDef[] {
  if (reference) return reference;
  const binding = nativeBinding();
  const db = new Database(':memory:', binding ? { nativeBinding: binding } : {});
  try {
    applyMigrations(db);
    reference = triggersOf(db as ReadableDB);
    return reference;
  } finally {
    db.close();
  }
}

export interface LastAudit {
  entityId: number;
  auditId: number;
  after: unknown;
}

/** Each record's newest audit row of one entity kind (SQLite returns the max(id) row's other columns). */
export function lastAuditOf(db: ReadableDB, entity: string): LastAudit[] {
  return queryAll<{ entity_id: number; id: number; after_json: string | null }>(
    db,
    sql`SELECT entity_id, max(id) AS id, after_json FROM audit_log WHERE entity = ${entity} AND entity_id IS NOT NULL GROUP BY entity_id`,
  ).map((row) => ({ entityId: row.entity_id, auditId: row.id, after: row.after_json === null ? null : (JSON.parse(row.after_json) as unknown) }));
}

const idQueries = {
  companies: sql`SELECT id FROM companies ORDER BY id`,
  desks: sql`SELECT id FROM desks ORDER BY id`,
  incidents: sql`SELECT id FROM incidents ORDER BY id`,
  incident_notifications: sql`SELECT id FROM incident_notifications ORDER BY id`,
  incident_events: sql`SELECT id FROM incident_events ORDER BY id`,
  policies: sql`SELECT id FROM policies ORDER BY id`,
  policy_versions: sql`SELECT id FROM policy_versions ORDER BY id`,
  inventory_entries: sql`SELECT id FROM inventory_entries ORDER BY id`,
  entrustees: sql`SELECT id FROM entrustees ORDER BY id`,
};
export type AuditedTable = keyof typeof idQueries;

export function idsOf(db: ReadableDB, table: AuditedTable): number[] {
  return queryAll<{ id: number }>(db, idQueries[table]).map((row) => row.id);
}

/** A policy version's stored content hash and its sections' stored hashes, in order. */
export function storedHashesOf(db: ReadableDB, versionId: number): { content: string; sections: string[] } | undefined {
  const content = queryValue<string>(db, sql`SELECT content_hash FROM policy_versions WHERE id = ${versionId}`);
  if (content === undefined) return undefined;
  const sections = queryAll<{ content_hash: string }>(db, sql`SELECT content_hash FROM policy_sections WHERE version_id = ${versionId} ORDER BY position`);
  return { content, sections: sections.map((row) => row.content_hash) };
}

/** The first draft each policy's creating audit row names (version id → policy id): it has no audit row of its own. */
export function firstDraftsInPolicyRows(db: ReadableDB): Map<number, number> {
  const rows = queryAll<{ version_id: number | null; policy_id: number }>(
    db,
    sql`SELECT json_extract(after_json, '$.draft.versionId') AS version_id, entity_id AS policy_id
          FROM audit_log WHERE entity = 'policy' AND after_json IS NOT NULL AND entity_id IS NOT NULL`,
  );
  return new Map(rows.flatMap((row) => (row.version_id === null ? [] : [[row.version_id, row.policy_id] as const])));
}

export function auditCount(db: ReadableDB): number {
  return queryValue<number>(db, sql`SELECT count(*) FROM audit_log`) ?? 0;
}
