import type { BackupCounts, BackupPreview } from '../../../shared/contract/backup';
import { operationSummary } from '../audit/service';
import { verifyWorkspace } from '../audit/verify';
import { queryOne, queryValue, type ReadableDB } from '../store/connection';
import { storedWorkspaceId } from '../store/meta';
import { withReadOnlyWorkspace } from '../store/read-only-file';
import { sql } from '../store/sql';
import { checkRestorable } from './restore-file';

/**
 * What a backup (or any workspace file) holds, before anyone restores it: the counts of its records, its last audit
 * entry and when, its schema version, and whether its audit chain verifies (the `verify` check). Read from a copy
 * (withReadOnlyWorkspace): the file is never changed. A file that is not a workspace, or is newer than this app, is
 * refused by the same checks as opening it, naming the reason.
 */
const countedTables: Record<keyof BackupCounts, string> = {
  companies: 'companies',
  desks: 'desks',
  policies: 'policies',
  policyVersions: 'policy_versions',
  incidents: 'incidents',
  notifications: 'incident_notifications',
  timelineEvents: 'incident_events',
  auditRows: 'audit_log',
};

function tableExists(db: ReadableDB, table: string): boolean {
  return queryValue<number>(db, sql`SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ${table}`) === 1;
}

export function countRecords(db: ReadableDB): BackupCounts {
  const counts = {} as BackupCounts;
  for (const [key, table] of Object.entries(countedTables) as [keyof BackupCounts, string][]) {
    // A table name cannot be bound; these are the fixed names above. An older file may lack a later table.
    counts[key] = tableExists(db, table) ? Number(db.prepare(`SELECT count(*) FROM "${table}"`).pluck().get()) : 0;
  }
  return counts;
}

function lastAudit(db: ReadableDB): BackupPreview['lastAudit'] {
  if (!tableExists(db, 'audit_log')) return null;
  const row = queryOne<{ id: number; at: string; actor: string; operation: string }>(
    db,
    sql`SELECT id, at, actor, operation FROM audit_log ORDER BY id DESC LIMIT 1`,
  );
  // The operation in words, as the audit screen shows it (「窓口を追加」), not its id.
  return row ? { ...row, summary: operationSummary(row.operation) } : null;
}

export function previewDatabase(db: ReadableDB, file: string, version: number, currentId: string | null): BackupPreview {
  const workspaceId = storedWorkspaceId(db);
  return {
    path: file,
    schemaVersion: version,
    workspaceId,
    sameWorkspace: workspaceId !== null && workspaceId === currentId,
    counts: countRecords(db),
    lastAudit: lastAudit(db),
    verify: verifyWorkspace(db, version, 20),
  };
}

export function previewBackupFile(file: string, currentId: string | null): Promise<BackupPreview> {
  checkRestorable(file);
  return withReadOnlyWorkspace(file, (db, version) => previewDatabase(db, file, version, currentId));
}
