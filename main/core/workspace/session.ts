import path from 'node:path';
import { AppError } from '../../../shared/errors';
import type { WorkspaceInfo } from '../../../shared/contract/workspace';
import type { HostCapabilities } from '../api';
import { openWorkspace, type WorkspaceConnection } from '../store/workspace';
import { workspaceInfo } from './info';
import { readLabels } from './labels';
import type { RecentWorkspaces } from './recent';

/**
 * The core's current workspace and the switch between workspaces. A switch opens (and migrates) the new
 * file first; only when that succeeded does it become current and the old connection close, so a failed
 * open changes nothing. Switches run one at a time.
 */
export interface WorkspaceSession {
  current(): WorkspaceConnection;
  switchTo(file: string, mode: 'open' | 'create'): Promise<WorkspaceInfo>;
  /**
   * Replaces the open file in place (restore from a backup, main/core/backup/restore.ts): closes the connection, lets
   * `swap` change the file at the same path, and reopens it. If the new file fails to open, `swap`'s undo puts the old
   * one back and it is reopened, and the error is thrown.
   */
  replaceFile(swap: (file: string) => Promise<() => void>): Promise<WorkspaceInfo>;
  /** Records the current workspace in the recent list (at start-up and after each switch). */
  remember(): void;
  close(): void;
}

export interface SessionDeps {
  now: () => Date;
  recent: RecentWorkspaces;
  host: HostCapabilities;
  log: (message: string, error: unknown) => void;
  /** Brings a workspace just opened up to date (before it becomes current). */
  opened?: (connection: WorkspaceConnection) => void;
}

const closedError = () =>
  new AppError('unsupported', {
    ja: 'ワークスペースは閉じられています。アプリを再起動してください。',
    en: 'The workspace is closed. Restart the app.',
  });

export function workspaceSession(initial: WorkspaceConnection, deps: SessionDeps): WorkspaceSession {
  let current: WorkspaceConnection | null = initial;
  let queue: Promise<unknown> = Promise.resolve();

  function remember(): void {
    if (!current) return;
    const labels = readLabels(current.db);
    // The sample workspace is reached from the start page only: the recent list holds the user's own files.
    if (labels.sample) return;
    try {
      deps.recent.add(current.path, deps.now(), { displayName: labels.displayName, clientLabel: labels.clientLabel });
    } catch (error) {
      // The recent list is a convenience: failing to save it must not fail opening the workspace.
      deps.log('could not update the recent-workspaces list', error);
    }
  }

  async function switchNow(file: string, mode: 'open' | 'create'): Promise<WorkspaceInfo> {
    if (!current) throw closedError();
    const absolute = path.resolve(file);
    if (mode === 'open' && absolute === current.path) {
      remember();
      return workspaceInfo(current);
    }
    const next = await openWorkspace(absolute, { mode, now: deps.now });
    deps.opened?.(next);
    if (!current) {
      next.close();
      throw closedError();
    }
    const old = current;
    current = next;
    old.close();
    remember();
    const info = workspaceInfo(next);
    try {
      deps.host.onWorkspaceChanged?.(info);
    } catch (error) {
      deps.log('host.onWorkspaceChanged failed', error);
    }
    return info;
  }

  async function replaceNow(swap: (file: string) => Promise<() => void>): Promise<WorkspaceInfo> {
    if (!current) throw closedError();
    const old = current;
    const file = old.path;
    current = null;
    old.close();
    let undo: (() => void) | undefined;
    try {
      undo = await swap(file);
      const next = await openWorkspace(file, { mode: 'open', now: deps.now });
      deps.opened?.(next);
      current = next;
    } catch (error) {
      try {
        undo?.();
      } catch (undoError) {
        deps.log('could not put the workspace back after a failed replacement', undoError);
      }
      // The old file again; if even that fails, the session stays closed and says so.
      const again = await openWorkspace(file, { mode: 'open', now: deps.now });
      deps.opened?.(again);
      current = again;
      throw error;
    }
    const info = workspaceInfo(current);
    try {
      deps.host.onWorkspaceChanged?.(info);
    } catch (error) {
      deps.log('host.onWorkspaceChanged failed', error);
    }
    return info;
  }

  return {
    current() {
      if (!current) throw closedError();
      return current;
    },
    switchTo(file, mode) {
      const result = queue.then(() => switchNow(file, mode));
      queue = result.catch(() => undefined);
      return result;
    },
    replaceFile(swap) {
      const result = queue.then(() => replaceNow(swap));
      queue = result.catch(() => undefined);
      return result;
    },
    remember,
    close() {
      current?.close();
      current = null;
    },
  };
}
