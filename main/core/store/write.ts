import { asWritable, queryValue, type ReadableDB, type WritableDB } from './connection';
import { constraintError } from './constraint-errors';
import { insertAuditRow } from './audit';
import { sql } from './sql';

export interface AuditMeta {
  actor: string;
  /** The operation's name, e.g. 'desks.create'. */
  operation: string;
  /** ISO-8601 UTC with milliseconds. */
  at: string;
}

export interface AuditChange {
  entity: string;
  entityId: number | null;
  /** The entity before the change (null when created) and after it (null when deleted). */
  before: unknown;
  after: unknown;
}

/** What a write sees inside its transaction: the writable handle, the write's timestamp, and the audit. */
export interface WriteTx {
  readonly db: WritableDB;
  readonly at: string;
  record(change: AuditChange): void;
}

function changeCount(db: ReadableDB): number {
  return queryValue<number>(db, sql`SELECT total_changes()`) ?? 0;
}

/**
 * The only way to get a WritableDB: one IMMEDIATE transaction holding the writes and their audit rows.
 * Anything thrown rolls both back. Recording one entity twice, or changing rows without recording any,
 * is a bug and fails the whole write, so a service cannot forget its audit row. SQLite constraint
 * failures a user can cause come out as AppErrors naming the field.
 */
export function writeWithAudit<T>(db: ReadableDB, meta: AuditMeta, fn: (tx: WriteTx) => T): T {
  const writable = asWritable(db);
  const transaction = db.transaction(() => {
    const before = changeCount(db);
    const recorded = new Set<string>();
    const tx: WriteTx = {
      db: writable,
      at: meta.at,
      record(change) {
        const key = `${change.entity}:${String(change.entityId)}`;
        if (recorded.has(key)) throw new Error(`${meta.operation} recorded ${key} twice`);
        recorded.add(key);
        insertAuditRow(writable, { ...meta, ...change });
      },
    };
    const result = fn(tx);
    const dataChanges = changeCount(db) - before - recorded.size;
    if (dataChanges > 0 && recorded.size === 0) throw new Error(`${meta.operation} changed rows without an audit row`);
    return result;
  });
  try {
    return transaction.immediate();
  } catch (error) {
    throw constraintError(error) ?? error;
  }
}
