import fs from 'node:fs';
import path from 'node:path';
import type { BackupPreview, ImportResult } from '../../../shared/contract/backup';
import { storedWorkspaceId } from '../store/meta';
import { withReadOnlyWorkspace } from '../store/read-only-file';
import { openWorkspace } from '../store/workspace';
import { copyWorkspaceInto } from './copy';
import { exportWorkspaceData } from './data-export';
import type { WorkspaceData } from './data-format';
import { importWorkspaceData, parseWorkspaceData } from './data-import';
import { countRecords, previewBackupFile } from './preview';
import { heldByAnother, stageRestore, swapIn, workspaceInUse } from './restore-file';

/**
 * The backup operations on files, for the CLI (no app, no session): the same copy, restore, export and import as
 * the app's, on a workspace named by path.
 */

/** A consistent copy of `workspace` at `out` (read through any -wal; the workspace itself is not changed). */
export async function backupWorkspaceFile(workspace: string, out: string, at: Date): Promise<BackupPreview> {
  await withReadOnlyWorkspace(workspace, (db) => copyWorkspaceInto(db, out, at));
  return previewBackupFile(out, null);
}

/**
 * Restores `from` over `workspace` when no program has the workspace open (its -wal holds nothing): refused while
 * the app has it open — restore from Settings there. The restored file is opened once (migrated if older); if that
 * fails, the old file is put back.
 */
export async function restoreWorkspaceFile(workspace: string, from: string, at: Date): Promise<{ keptAside: string; preview: BackupPreview }> {
  const target = path.resolve(workspace);
  const preview = await previewBackupFile(path.resolve(from), null);
  if (heldByAnother(target) || fs.existsSync(`${target}-shm`)) throw workspaceInUse(target);
  const staged = await stageRestore(target, from, at);
  try {
    const swapped = swapIn(target, staged, at);
    try {
      const opened = await openWorkspace(target, { mode: 'open', now: () => at });
      opened.close();
    } catch (error) {
      swapped.undo();
      throw error;
    }
    return { keptAside: swapped.keptAside, preview };
  } finally {
    fs.rmSync(staged, { force: true });
  }
}

export function exportWorkspaceFile(workspace: string, at: Date): Promise<WorkspaceData> {
  return withReadOnlyWorkspace(workspace, (db, version) =>
    exportWorkspaceData(db, { id: storedWorkspaceId(db) ?? '', schemaVersion: version, at }),
  );
}

/** Into an existing, empty workspace (create it with `init` first). */
export async function importWorkspaceFile(workspace: string, json: string, at: Date): Promise<ImportResult> {
  const data = parseWorkspaceData(json);
  const connection = await openWorkspace(workspace, { mode: 'open', now: () => at });
  try {
    const result = importWorkspaceData(connection.db, data);
    return { ...result, counts: countRecords(connection.db) };
  } finally {
    connection.close();
  }
}
