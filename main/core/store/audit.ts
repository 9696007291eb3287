import type { AuditEntry } from '../../../shared/contract/audit';
import { execute, queryAll, queryOne, queryValue, type ReadableDB, type WritableDB } from './connection';
import { GENESIS_HASH, storedRowHash, type StoredAuditColumns } from './audit-hash';
import type { AuditRow } from './rows';
import { containsPattern } from './search';
import { sql, sqlWhere, type SqlFragment } from './sql';

/**
 * The audit trail's repository. Rows are only inserted, each chained to the one before by its hash (audit-hash.ts);
 * triggers in the schema refuse UPDATE and DELETE, and an INSERT that does not extend the chain.
 */
export interface NewAuditRow {
  at: string;
  actor: string;
  operation: string;
  entity: string;
  entityId: number | null;
  before: unknown;
  after: unknown;
}

function toJson(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}

/** The row's texts as SQLite will store them (read back with CAST … AS BLOB), so the hash covers the stored bytes. */
type StoredTexts = Omit<StoredAuditColumns, 'id' | 'entity_id'>;

/**
 * The one way an audit row is written: inside the caller's write transaction (which holds the write lock, so the
 * chain's head cannot move underneath), it takes the next id and the head's hash and stores the row with its own
 * hash. The texts are hashed as SQLite will store them — bound once through CAST(? AS BLOB) — so a string that
 * does not survive UTF-8 unchanged (a lone surrogate) still verifies later.
 */
export function insertAuditRow(db: WritableDB, row: NewAuditRow): number {
  const head = queryOne<{ id: number; hash: string }>(db, sql`SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1`);
  const id = (head?.id ?? 0) + 1;
  const prevHash = head?.hash ?? GENESIS_HASH;
  const beforeJson = toJson(row.before);
  const afterJson = toJson(row.after);
  const stored = queryOne<StoredTexts>(
    db,
    sql`SELECT CAST(${row.at} AS BLOB) AS at, CAST(${row.actor} AS BLOB) AS actor, CAST(${row.operation} AS BLOB) AS operation,
               CAST(${row.entity} AS BLOB) AS entity, CAST(${beforeJson} AS BLOB) AS before_json, CAST(${afterJson} AS BLOB) AS after_json`,
  )!;
  const hash = storedRowHash({ id, entity_id: row.entityId, ...stored }, Buffer.from(prevHash, 'utf8'));
  execute(
    db,
    sql`INSERT INTO audit_log (id, at, actor, operation, entity, entity_id, before_json, after_json, prev_hash, hash)
        VALUES (${id}, ${row.at}, ${row.actor}, ${row.operation}, ${row.entity}, ${row.entityId}, ${beforeJson}, ${afterJson}, ${prevHash}, ${hash})`,
  );
  return id;
}

export type AuditRecord = Omit<AuditEntry, 'summary'>;

type ChainedRow = AuditRow & { hash: string };

function recordOf(row: ChainedRow): AuditRecord {
  return {
    id: row.id,
    at: row.at,
    actor: row.actor,
    operation: row.operation,
    entity: row.entity,
    entityId: row.entity_id,
    before: row.before_json === null ? null : (JSON.parse(row.before_json) as unknown),
    after: row.after_json === null ? null : (JSON.parse(row.after_json) as unknown),
    hash: row.hash,
  };
}

export interface AuditFilter {
  query: string;
  entity?: string | undefined;
  entityId?: number | undefined;
  actor?: string | undefined;
  /** UTC instants as stored ('…Z'): from included, until excluded. */
  from?: string | undefined;
  until?: string | undefined;
}

function whereOf(filter: AuditFilter): SqlFragment {
  const conditions: SqlFragment[] = [];
  if (filter.entity !== undefined) conditions.push(sql`entity = ${filter.entity}`);
  if (filter.entityId !== undefined) conditions.push(sql`entity_id = ${filter.entityId}`);
  if (filter.actor !== undefined) conditions.push(sql`actor = ${filter.actor}`);
  if (filter.from !== undefined) conditions.push(sql`at >= ${filter.from}`);
  if (filter.until !== undefined) conditions.push(sql`at < ${filter.until}`);
  if (filter.query !== '') {
    const pattern = containsPattern(filter.query);
    conditions.push(
      sql`(actor LIKE ${pattern} ESCAPE '\\' OR operation LIKE ${pattern} ESCAPE '\\'
          OR before_json LIKE ${pattern} ESCAPE '\\' OR after_json LIKE ${pattern} ESCAPE '\\')`,
    );
  }
  return sqlWhere(conditions);
}

/** Newest first. The query matches the actor, the operation or any recorded value. */
export function listAudit(db: ReadableDB, filter: AuditFilter & { limit: number; offset: number }): { items: AuditRecord[]; total: number } {
  const where = whereOf(filter);
  const rows = queryAll<ChainedRow>(
    db,
    sql`SELECT * FROM audit_log ${where} ORDER BY id DESC LIMIT ${filter.limit} OFFSET ${filter.offset}`,
  );
  const total = queryValue<number>(db, sql`SELECT count(*) FROM audit_log ${where}`) ?? 0;
  return { items: rows.map(recordOf), total };
}

/** Every matching row, oldest first, a page at a time (an export of 100k rows never holds them all as objects twice). */
export function* eachAudit(db: ReadableDB, filter: AuditFilter, pageSize = 1000): Generator<AuditRecord> {
  const where = whereOf(filter);
  let after = 0;
  for (;;) {
    const rows = queryAll<ChainedRow>(
      db,
      sql`SELECT * FROM (SELECT * FROM audit_log ${where}) WHERE id > ${after} ORDER BY id LIMIT ${pageSize}`,
    );
    if (rows.length === 0) return;
    for (const row of rows) yield recordOf(row);
    after = rows.at(-1)!.id;
  }
}

/** Everyone who appears in the trail, for the actor filter. */
export function listAuditActors(db: ReadableDB): string[] {
  return queryAll<{ actor: string }>(db, sql`SELECT DISTINCT actor FROM audit_log ORDER BY actor`).map((row) => row.actor);
}

/** The newest audit row of an operation on an entity kind, with its after-image: e.g. the last rules update. */
export function latestAudit(db: ReadableDB, operation: string, entity: string): { at: string; after: unknown } | null {
  const row = queryAll<{ at: string; after_json: string | null }>(
    db,
    sql`SELECT at, after_json FROM audit_log WHERE operation = ${operation} AND entity = ${entity} ORDER BY id DESC LIMIT 1`,
  )[0];
  return row ? { at: row.at, after: row.after_json === null ? null : (JSON.parse(row.after_json) as unknown) } : null;
}
