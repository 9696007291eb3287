import fs from 'node:fs';
import type { WorkspaceInfo } from '../../../shared/contract/workspace';
import { listBackups } from '../store/backup';
import type { WorkspaceConnection } from '../store/workspace';
import { readLabels } from './labels';
import { workspaceName } from './recent';

function sizeOf(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}

export function workspaceInfo(connection: WorkspaceConnection): WorkspaceInfo {
  return {
    id: connection.id,
    path: connection.path,
    name: workspaceName(connection.path),
    schemaVersion: connection.schemaVersion(),
    // Recent writes sit in the WAL until a checkpoint; both files are the workspace on disk.
    sizeBytes: sizeOf(connection.path) + sizeOf(`${connection.path}-wal`),
    backups: listBackups(connection.path),
    ...readLabels(connection.db),
  };
}
