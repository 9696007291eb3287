import type { WorkspaceInfo } from '../../../shared/contract/workspace';
import { audited } from '../audit/audited';
import type { DataScope } from '../context';
import type { ReadableDB } from '../store/connection';
import { getMeta, stampMeta } from '../store/meta';

export interface WorkspaceLabels {
  displayName: string;
  clientLabel: string;
}

/** The entity name of a workspace's own labels in the audit trail. */
export const WORKSPACE_ENTITY = 'workspace';

/** A file without the meta table (only old schemas in tests) has no labels. */
export function readLabels(db: ReadableDB): WorkspaceLabels & { sample: boolean } {
  try {
    return {
      displayName: getMeta(db, 'display_name') ?? '',
      clientLabel: getMeta(db, 'client_label') ?? '',
      sample: getMeta(db, 'sample') === '1',
    };
  } catch {
    return { displayName: '', clientLabel: '', sample: false };
  }
}

/**
 * The user names the workspace: written in one transaction with its audit row (before and after), since unlike the
 * file's other facts (its id, its rules fingerprint) these are the user's words.
 */
export function writeLabels(scope: DataScope, labels: WorkspaceLabels, operation = 'workspace.rename'): void {
  audited(scope, operation, (tx) => {
    const before = readLabels(tx.db);
    stampMeta(tx.db, 'display_name', labels.displayName);
    stampMeta(tx.db, 'client_label', labels.clientLabel);
    tx.record({
      entity: WORKSPACE_ENTITY,
      entityId: null,
      before: { displayName: before.displayName, clientLabel: before.clientLabel },
      after: { displayName: labels.displayName, clientLabel: labels.clientLabel },
    });
  });
}

/** What the header and the window title call the workspace: its display name, else its file name. */
export function shownName(info: Pick<WorkspaceInfo, 'displayName' | 'name'>): string {
  return info.displayName || info.name;
}
