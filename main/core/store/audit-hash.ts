import { createHash } from 'node:crypto';

/**
 * The audit trail's hash chain (migration 0006). Every audit row stores `prev_hash`, the `hash` of the row before it
 * (GENESIS_HASH for the first row of a workspace), and `hash`, SHA-256 over this canonical serialisation of the row:
 *
 *   "appi-workbench audit v1\n", then for each field in this order —
 *     id, at, actor, operation, entity, entity_id, before_json, after_json, prev_hash —
 *   one of:  "N\n"                          a NULL
 *            "I" decimal "\n"               an integer
 *            "T" byteLength ":" bytes "\n"  a text, as the UTF-8 bytes SQLite stores (CAST(col AS BLOB))
 *
 * The hash is hex, lower case. Length-prefixed bytes make the serialisation unambiguous whatever a text holds (a
 * newline, a NUL, bytes that are not valid UTF-8), and hashing the stored bytes rather than a decoded string means
 * the writer and a later verifier hash the very same input. This is version 1 and is frozen: migration 0006 chained
 * the existing history with it, and any later format needs a new prefix, never a change here.
 */
export const GENESIS_HASH = '0'.repeat(64);
const PREFIX = 'appi-workbench audit v1\n';

/** One field as stored: NULL, an integer, or a text's bytes. */
export type StoredField = null | number | bigint | Uint8Array;

export interface StoredAuditRow {
  id: number | bigint;
  at: Uint8Array;
  actor: Uint8Array;
  operation: Uint8Array;
  entity: Uint8Array;
  entityId: number | bigint | null;
  beforeJson: Uint8Array | null;
  afterJson: Uint8Array | null;
  prevHash: Uint8Array;
}

function field(hash: ReturnType<typeof createHash>, value: StoredField): void {
  if (value === null) hash.update('N\n');
  else if (typeof value === 'number' || typeof value === 'bigint') hash.update(`I${BigInt(value).toString()}\n`);
  else {
    hash.update(`T${value.byteLength}:`);
    hash.update(value);
    hash.update('\n');
  }
}

export function auditRowHash(row: StoredAuditRow): string {
  const hash = createHash('sha256');
  hash.update(PREFIX);
  for (const value of [row.id, row.at, row.actor, row.operation, row.entity, row.entityId, row.beforeJson, row.afterJson, row.prevHash]) {
    field(hash, value);
  }
  return hash.digest('hex');
}

/** An audit row's columns as read with `CAST(col AS BLOB)` for its texts: what the writer, the migration and `verify` hash. */
export interface StoredAuditColumns {
  id: number | bigint;
  at: Uint8Array;
  actor: Uint8Array;
  operation: Uint8Array;
  entity: Uint8Array;
  entity_id: number | bigint | null;
  before_json: Uint8Array | null;
  after_json: Uint8Array | null;
}

/** The hash of a row read as stored, chained on `prevHash` (the previous row's hash, as its stored bytes). */
export function storedRowHash(row: StoredAuditColumns, prevHash: Uint8Array): string {
  return auditRowHash({
    id: row.id,
    at: row.at,
    actor: row.actor,
    operation: row.operation,
    entity: row.entity,
    entityId: row.entity_id,
    beforeJson: row.before_json,
    afterJson: row.after_json,
    prevHash,
  });
}
