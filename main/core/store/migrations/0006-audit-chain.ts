import { GENESIS_HASH, storedRowHash, type StoredAuditColumns } from '../audit-hash';
import type { Migration } from './migration';

/**
 * The audit trail becomes a hash chain (audit-hash.ts): each row holds `prev_hash`, the hash of the row before it,
 * and `hash`, SHA-256 over its own content and `prev_hash`. An edited, deleted or inserted row then breaks the chain
 * where it happened, which `appi-workbench verify` and Settings › 操作履歴 report.
 *
 * The table is rebuilt (SQLite adds no NOT NULL column without a default) and every existing row is hashed in id
 * order, so the chain covers the workspace's history from its creation. Rows are copied with INSERT … SELECT, byte
 * for byte, and hashed from CAST(… AS BLOB) of the copy, exactly as a verifier reads them later.
 *
 * Besides the append-only triggers of 0001, an INSERT must extend the chain: its id must follow the last row and its
 * prev_hash must be the last row's hash. Anyone can still drop the triggers with a raw SQLite tool; the chain is what
 * makes that visible afterwards.
 */
const HASH = (column: string) => `${column} TEXT NOT NULL CHECK (length(${column}) = 64 AND ${column} NOT GLOB '*[^0-9a-f]*')`;
const BATCH = 1000;

export const auditChain: Migration = {
  version: 6,
  name: 'audit-chain',
  up(db) {
    db.exec(`
      CREATE TABLE audit_log_chained (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL CHECK (at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'),
        actor TEXT NOT NULL CHECK (actor <> ''),
        operation TEXT NOT NULL CHECK (operation <> ''),
        entity TEXT NOT NULL CHECK (entity <> ''),
        entity_id INTEGER,
        before_json TEXT CHECK (before_json IS NULL OR json_valid(before_json)),
        after_json TEXT CHECK (after_json IS NULL OR json_valid(after_json)),
        ${HASH('prev_hash')},
        ${HASH('hash')},
        CHECK (before_json IS NOT NULL OR after_json IS NOT NULL)
      ) STRICT;
    `);
    const read = db.prepare(
      `SELECT id, CAST(at AS BLOB) AS at, CAST(actor AS BLOB) AS actor, CAST(operation AS BLOB) AS operation,
              CAST(entity AS BLOB) AS entity, entity_id, CAST(before_json AS BLOB) AS before_json,
              CAST(after_json AS BLOB) AS after_json
         FROM audit_log WHERE id > ? ORDER BY id LIMIT ${BATCH}`,
    );
    const copy = db.prepare(
      `INSERT INTO audit_log_chained (id, at, actor, operation, entity, entity_id, before_json, after_json, prev_hash, hash)
       SELECT id, at, actor, operation, entity, entity_id, before_json, after_json, ?, ? FROM audit_log WHERE id = ?`,
    );
    let prevHash = GENESIS_HASH;
    let lastId = 0;
    for (;;) {
      const rows = read.all(lastId) as (StoredAuditColumns & { id: number })[];
      if (rows.length === 0) break;
      for (const row of rows) {
        const hash = storedRowHash(row, Buffer.from(prevHash, 'utf8'));
        copy.run(prevHash, hash, row.id);
        prevHash = hash;
        lastId = row.id;
      }
    }
    db.exec(`
      DROP TABLE audit_log;
      ALTER TABLE audit_log_chained RENAME TO audit_log;
      CREATE INDEX audit_log_by_entity ON audit_log (entity, entity_id, id);

      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN
        SELECT RAISE(ABORT, 'audit_log is append-only');
      END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
      BEGIN
        SELECT RAISE(ABORT, 'audit_log is append-only');
      END;
      CREATE TRIGGER audit_log_chain_only BEFORE INSERT ON audit_log
        WHEN NEW.id IS NOT coalesce((SELECT max(id) FROM audit_log), 0) + 1
          OR NEW.prev_hash IS NOT coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '${GENESIS_HASH}')
      BEGIN
        SELECT RAISE(ABORT, 'audit_log is a hash chain: a row must follow the last one and name its hash');
      END;
    `);
  },
};
