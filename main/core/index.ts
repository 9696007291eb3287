import fs from 'node:fs';
import path from 'node:path';
import { createDispatcher } from '../../shared/rpc/dispatch';
import type { Core, CoreOptions } from './api';
import type { CoreContext } from './context';
import { handlers } from './handlers';
import { rederiveIfRulesChanged } from './incidents/rederive';
import { preferencesStore } from './settings/preferences';
import { openWorkspace, type WorkspaceConnection } from './store/workspace';
import { osUserName } from './userdata/os-user';
import { workspaceInfo } from './workspace/info';
import { recentWorkspaces } from './workspace/recent';
import { workspaceSession } from './workspace/session';

export type { Core, CoreOptions, HostCapabilities } from './api';
export { defaultUserDataDir, defaultWorkspacePath, resolveWorkspacePath } from './paths';

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
  // The default location is the user-data folder, which does not exist on first start.
  fs.mkdirSync(path.dirname(workspacePath), { recursive: true });

  const preferences = preferencesStore(options.userDataDir);
  const recent = recentWorkspaces(options.userDataDir);
  // Stored deadlines follow this version's rules and holiday data; a failure leaves them as they were, logged.
  const opened = (connection: WorkspaceConnection) => {
    try {
      rederiveIfRulesChanged(connection.db, now);
    } catch (error) {
      logError(`could not recompute incidents for the current rules in ${connection.path}`, error);
    }
  };
  const initial = await openWorkspace(workspacePath, { mode: 'openOrCreate', now });
  opened(initial);
  const session = workspaceSession(initial, { now, recent, host, log: logError, opened });
  if (options.rememberWorkspace !== false) session.remember();

  const ctx: CoreContext = {
    session,
    preferences,
    recent,
    host,
    osUser,
    now,
    clockMoved: options.clockMoved ?? options.now !== undefined,
    db: () => session.current().db,
    actor: () => preferences.get().userName || osUser,
  };
  const dispatch = createDispatcher(handlers, {
    onUnexpected: (operation, error) => logError(`unexpected error in ${operation}`, error),
  });

  return {
    dispatch: (operation, input) => dispatch(operation, input, ctx),
    workspace: () => workspaceInfo(session.current()),
    close: () => session.close(),
  };
}
