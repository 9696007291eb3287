import { existsSync } from 'node:fs';
import path from 'node:path';
import { createCore, defaultUserDataDir, type Core } from '../core/index';
import { contract, type OperationName } from '../../shared/contract';
import { createClient, type Client } from '../../shared/rpc/client';
import { cliClock } from './clock';
import { badOption } from './options';

/**
 * Opens an existing workspace for one command and always closes it. Commands that read a workspace must not
 * create an empty one by mistake, so a missing file is bad input naming `--workspace`.
 *
 * The file is opened as lazily and as lightly as the command allows: read-only (a copy in memory, so `info`,
 * `check-policy` and exports never create, migrate, lock or change it) until the command's first write, which
 * reopens it for writing. Every request names the workspace the CLI opened, as the app's pages do.
 *
 * The CLI leaves the user's recent-workspaces list (the desktop app's File › Open Recent) alone: scripts run
 * over many client files.
 */
export async function withWorkspace<T>(workspacePath: string, work: (client: Client) => Promise<T>): Promise<T> {
  const resolved = path.resolve(workspacePath);
  if (!existsSync(resolved)) {
    throw badOption('--workspace', {
      ja: `ファイルが見つかりません（${resolved}）。`,
      en: `no such file (${resolved}).`,
    });
  }
  let core: Core | null = null;
  let writable = false;
  const open = async (forWriting: boolean): Promise<Core> => {
    if (core && (writable || !forWriting)) return core;
    core?.close();
    core = null;
    // The app's clock (APPI_WORKBENCH_CLOCK moves it): exports are dated and statuses rated by it.
    const now = cliClock();
    core = await createCore({
      workspacePath: resolved,
      userDataDir: defaultUserDataDir(),
      rememberWorkspace: false,
      readOnly: !forWriting,
      ...(now ? { now } : {}),
    });
    writable = forWriting;
    return core;
  };
  try {
    return await work(
      createClient(async (operation: OperationName, input) => {
        const opened = await open(contract[operation].writes);
        return opened.dispatch(operation, input, opened.workspace().id);
      }),
    );
  } finally {
    (core as Core | null)?.close();
  }
}
