import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../shared/errors';

/**
 * Where the app keeps things by default, computed the way Electron computes app.getPath('userData') for
 * productName "APPI Workbench", so the Electron shell, browser mode and the CLI agree without Electron.
 */
export const PRODUCT_NAME = 'APPI Workbench';
export const WORKSPACE_ENV = 'APPI_WORKBENCH_WORKSPACE';

export interface PlatformInfo {
  platform?: NodeJS.Platform;
  home?: string;
  cwd?: string;
}

function pathFor(platform: NodeJS.Platform) {
  return platform === 'win32' ? path.win32 : path.posix;
}

export function defaultUserDataDir(env: NodeJS.ProcessEnv = process.env, info: PlatformInfo = {}): string {
  const platform = info.platform ?? process.platform;
  const home = info.home ?? os.homedir();
  const p = pathFor(platform);
  switch (platform) {
    case 'win32':
      return p.join(env.APPDATA || p.join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
    case 'darwin':
      return p.join(home, 'Library', 'Application Support', PRODUCT_NAME);
    default:
      return p.join(env.XDG_CONFIG_HOME || p.join(home, '.config'), PRODUCT_NAME);
  }
}

export function defaultWorkspacePath(env: NodeJS.ProcessEnv = process.env, info: PlatformInfo = {}): string {
  return pathFor(info.platform ?? process.platform).join(defaultUserDataDir(env, info), 'workspace.sqlite');
}

function missingValue(): AppError {
  return new AppError(
    'validation',
    {
      ja: '--workspace の後にワークスペースのファイルの場所を指定してください。',
      en: 'Give the workspace file after --workspace, e.g. --workspace ~/clients/acme.sqlite.',
    },
    ['workspace'],
  );
}

/** `--workspace PATH` or `--workspace=PATH`, else $APPI_WORKBENCH_WORKSPACE, else the default; made absolute. */
export function resolveWorkspacePath(
  argv: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
  info: PlatformInfo = {},
): string {
  const p = pathFor(info.platform ?? process.platform);
  const cwd = info.cwd ?? process.cwd();
  let fromArgs: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === '--workspace') {
      const value = argv[i + 1];
      if (value === undefined || value === '' || value.startsWith('--')) throw missingValue();
      fromArgs = value;
      i++;
    } else if (arg.startsWith('--workspace=')) {
      fromArgs = arg.slice('--workspace='.length);
      if (fromArgs === '') throw missingValue();
    }
  }
  const chosen = fromArgs ?? (env[WORKSPACE_ENV] || undefined);
  return chosen === undefined ? defaultWorkspacePath(env, info) : p.resolve(cwd, chosen);
}
