import type { AuditEntry } from '../../../shared/contract/audit';
import { execute, queryAll, queryValue, type ReadableDB, type WritableDB } from './connection';
import type { AuditRow } from './rows';
import { containsPattern } from './search';
import { sql, sqlWhere, type SqlFragment } from './sql';

/** The audit trail's repository. Rows are only inserted; triggers in the schema refuse UPDATE and DELETE. */
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

export function insertAuditRow(db: WritableDB, row: NewAuditRow): number {
  const result = execute(
    db,
    sql`INSERT INTO audit_log (at, actor, operation, entity, entity_id, before_json, after_json)
        VALUES (${row.at}, ${row.actor}, ${row.operation}, ${row.entity}, ${row.entityId}, ${toJson(row.before)}, ${toJson(row.after)})`,
  );
  return Number(result.lastInsertRowid);
}

export type AuditRecord = Omit<AuditEntry, 'summary'>;

function recordOf(row: AuditRow): AuditRecord {
  return {
    id: row.id,
    at: row.at,
    actor: row.actor,
    operation: row.operation,
    entity: row.entity,
    entityId: row.entity_id,
    before: row.before_json === null ? null : (JSON.parse(row.before_json) as unknown),
    after: row.after_json === null ? null : (JSON.parse(row.after_json) as unknown),
  };
}

export interface AuditFilter {
  query: string;
  limit: number;
  offset: number;
  entity?: string | undefined;
  entityId?: number | undefined;
}

/** Newest first. The query matches the actor, the operation or any recorded value. */
export function listAudit(db: ReadableDB, filter: AuditFilter): { items: AuditRecord[]; total: number } {
  const conditions: SqlFragment[] = [];
  if (filter.entity !== undefined) conditions.push(sql`entity = ${filter.entity}`);
  if (filter.entityId !== undefined) conditions.push(sql`entity_id = ${filter.entityId}`);
  if (filter.query !== '') {
    const pattern = containsPattern(filter.query);
    conditions.push(
      sql`(actor LIKE ${pattern} ESCAPE '\\' OR operation LIKE ${pattern} ESCAPE '\\'
          OR before_json LIKE ${pattern} ESCAPE '\\' OR after_json LIKE ${pattern} ESCAPE '\\')`,
    );
  }
  const where = sqlWhere(conditions);
  const rows = queryAll<AuditRow>(
    db,
    sql`SELECT * FROM audit_log ${where} ORDER BY id DESC LIMIT ${filter.limit} OFFSET ${filter.offset}`,
  );
  const total = queryValue<number>(db, sql`SELECT count(*) FROM audit_log ${where}`) ?? 0;
  return { items: rows.map(recordOf), total };
}

/** The newest audit row of an operation on an entity kind, with its after-image: e.g. the last rules update. */
export function latestAudit(db: ReadableDB, operation: string, entity: string): { at: string; after: unknown } | null {
  const row = queryAll<{ at: string; after_json: string | null }>(
    db,
    sql`SELECT at, after_json FROM audit_log WHERE operation = ${operation} AND entity = ${entity} ORDER BY id DESC LIMIT 1`,
  )[0];
  return row ? { at: row.at, after: row.after_json === null ? null : (JSON.parse(row.after_json) as unknown) } : null;
}
