import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';
import { contract } from '../../shared/contract';
import { createDispatcher, workspaceChanged } from '../../shared/rpc/dispatch';
import type { Core, CoreOptions } from './api';
import { automaticBackups } from './backup/automatic';
import type { CoreContext } from './context';
import { handlers } from './handlers';
import { rederiveIfRulesChanged } from './incidents/rederive';
import { preferencesStore } from './settings/preferences';
import { storageError } from './store/storage-errors';
import { openWorkspace, type WorkspaceConnection } from './store/workspace';
import { osUserName } from './userdata/os-user';
import { workspaceInfo } from './workspace/info';
import { recentWorkspaces } from './workspace/recent';
import { workspaceSession } from './workspace/session';

export type { Core, CoreOptions, HostCapabilities } from './api';
export { defaultUserDataDir, defaultWorkspacePath, resolveWorkspacePath } from './paths';

/** A read-only command's core (info, check-policy, exports) works on a copy in memory and serves no write. */
function readOnlyCommand(operation: string): AppError {
  return new AppError('unsupported', {
    ja: `この操作（${operation}）は、読み取り専用で開いたワークスペースではできません。ファイルは変更していません。`,
    en: `This operation (${operation}) cannot run on a workspace opened read-only. The file was left unchanged.`,
  });
}

function logError(message: string, error: unknown): void {
  console.error(`[appi-workbench core] ${message}:`, error);
}

/**
 * The core every shell holds: opens (creating or migrating, with a backup first) the workspace, and
 * answers operations by name through the one dispatcher.
 */
export async function createCore(options: CoreOptions): Promise<Core> {
  const now = options.now ?? (() => new Date());
  const host = options.host ?? {};
  const osUser = options.osUser ?? osUserName();
  const workspacePath = path.resolve(options.workspacePath);
  // The default location is the user-data folder, which does not exist on first start (a read-only look creates nothing).
  if (!options.readOnly) fs.mkdirSync(path.dirname(workspacePath), { recursive: true });

  const preferences = preferencesStore(options.userDataDir);
  const recent = recentWorkspaces(options.userDataDir);
  const automatic =
    options.automaticBackups && !options.readOnly
      ? automaticBackups({ preferences, now, log: logError, ...(options.automaticBackupDelayMs !== undefined ? { delayMs: options.automaticBackupDelayMs } : {}) })
      : null;
  // Stored deadlines follow this version's rules and holiday data; a failure leaves them as they were, logged.
  const opened = (connection: WorkspaceConnection) => {
    try {
      rederiveIfRulesChanged(connection.db, now);
    } catch (error) {
      logError(`could not recompute incidents for the current rules in ${connection.path}`, error);
    }
    // The day's backup copies the whole file: it waits until the first screen is up (automatic.ts).
    automatic?.afterOpen(() => session.current());
  };
  const initial = await openWorkspace(workspacePath, { mode: options.readOnly ? 'read' : 'openOrCreate', now });
  opened(initial);
  const session = workspaceSession(initial, { now, recent, host, log: logError, opened });
  if (options.rememberWorkspace !== false && !options.readOnly) session.remember();
  automatic?.start(() => session.current());

  const shared = {
    session,
    preferences,
    recent,
    userDataDir: options.userDataDir,
    host,
    osUser,
    now,
    clockMoved: options.clockMoved ?? options.now !== undefined,
    actor: () => preferences.get().userName || osUser,
  };
  /**
   * Each request works on the workspace that was open when it arrived (the one whose id it named): a switch
   * while it awaits makes its next use of the store fail as workspace_changed instead of reaching the new file.
   */
  const requestContext = (): CoreContext & { readonly pinned: WorkspaceConnection } => {
    const pinned = session.current();
    // `shared` spread last: fields added after a spread make V8 grow a copy, old-space garbage on every request.
    return {
      pinned,
      db: () => {
        if (session.current() !== pinned) throw workspaceChanged(pinned.id);
        return pinned.db;
      },
      ...shared,
    };
  };
  const dispatch = createDispatcher<ReturnType<typeof requestContext>>(handlers, {
    currentWorkspaceId: (ctx) => ctx.pinned.id,
    onUnexpected: (operation, error) => logError(`unexpected error in ${operation}`, error),
    translate: (error, ctx) => storageError(error, ctx.pinned.path),
    refuse: (operation, ctx) => (ctx.pinned.readOnly && contract[operation].writes ? readOnlyCommand(operation) : null),
  });

  return {
    dispatch: (operation, input, workspaceId) => dispatch(operation, input, requestContext(), workspaceId),
    workspace: () => workspaceInfo(session.current()),
    close: () => {
      let closing: WorkspaceConnection | undefined;
      try {
        closing = session.current();
      } catch {
        // Already closed: nothing to back up.
      }
      automatic?.stop(closing);
      session.close();
    },
  };
}
