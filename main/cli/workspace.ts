import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createCore } from '../core/index';
import { createClient, type Client } from '../../shared/rpc/client';
import { badOption } from './options';

/**
 * Opens an existing workspace for one command and always closes it. Commands that read a workspace must not
 * create an empty one by mistake, so a missing file is bad input naming `--workspace`.
 *
 * The CLI leaves the user's recent-workspaces list (the desktop app's File › Open Recent) alone: scripts run
 * over many client files. createCore records every workspace it opens in `<userDataDir>`, so the core gets a
 * scratch user-data folder, removed afterwards. No command reads preferences yet; once createCore can open
 * without remembering, pass that instead and the real folder.
 */
export async function withWorkspace<T>(workspacePath: string, work: (client: Client) => Promise<T>): Promise<T> {
  const resolved = path.resolve(workspacePath);
  if (!existsSync(resolved)) {
    throw badOption('--workspace', {
      ja: `ファイルが見つかりません（${resolved}）。`,
      en: `no such file (${resolved}).`,
    });
  }
  const scratchUserData = mkdtempSync(path.join(tmpdir(), 'appi-workbench-cli-'));
  try {
    const core = await createCore({ workspacePath: resolved, userDataDir: scratchUserData });
    try {
      return await work(createClient((operation, input) => core.dispatch(operation, input)));
    } finally {
      core.close();
    }
  } finally {
    rmSync(scratchUserData, { recursive: true, force: true });
  }
}
