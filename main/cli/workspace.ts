import { existsSync } from 'node:fs';
import path from 'node:path';
import { createCore, defaultUserDataDir } from '../core/index';
import { createClient, type Client } from '../../shared/rpc/client';
import { cliClock } from './clock';
import { badOption } from './options';

/**
 * Opens an existing workspace for one command and always closes it. Commands that read a workspace must not
 * create an empty one by mistake, so a missing file is bad input naming `--workspace`.
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
  const now = cliClock();
  const core = await createCore({ workspacePath: resolved, userDataDir: defaultUserDataDir(), rememberWorkspace: false, ...(now ? { now } : {}) });
  try {
    return await work(createClient((operation, input) => core.dispatch(operation, input)));
  } finally {
    core.close();
  }
}
