import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defaultUserDataDir } from '../../../main/core/paths';

/** The executable as shipped (package.json "bin"): the esbuild bundle, not the TypeScript sources. */
export const cliPath = path.resolve(__dirname, '../../../dist/main/cli.cjs');

export function requireBuiltCli(): void {
  if (!existsSync(cliPath)) {
    throw new Error(`${cliPath} is missing: run \`npm run build:main\` first (\`npm test\` builds before it runs the tests).`);
  }
}

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface CliSandbox {
  dir: string;
  /** Where the CLI would keep the user's preferences and recent-workspaces list under this sandbox's HOME. */
  userDataDir: string;
  run(...args: string[]): CliResult;
  remove(): void;
}

/**
 * A temp folder that is the CLI's HOME and XDG_CONFIG_HOME (and APPDATA), so nothing the CLI does reaches the
 * real user's folders; commands run with the same Node as the tests.
 */
export interface CliSandboxOptions {
  /** APPI_WORKBENCH_CLOCK for every command of the sandbox: the CLI then counts from that instant. */
  clock?: string;
}

export function cliSandbox(options: CliSandboxOptions = {}): CliSandbox {
  const dir = mkdtempSync(path.join(tmpdir(), 'appi-cli-'));
  const home = path.join(dir, 'home');
  mkdirSync(home);
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: home,
    USERPROFILE: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    APPDATA: path.join(home, 'AppData', 'Roaming'),
    TMPDIR: process.env.TMPDIR,
    ...(options.clock ? { APPI_WORKBENCH_CLOCK: options.clock } : {}),
  };
  return {
    dir,
    userDataDir: defaultUserDataDir(env, { home }),
    run(...args) {
      const result = spawnSync(process.execPath, [cliPath, ...args], { cwd: dir, env, encoding: 'utf8', timeout: 20_000 });
      if (result.error) throw result.error;
      return { status: result.status, stdout: result.stdout, stderr: result.stderr };
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** Every error the CLI prints is one Japanese line and one English line (see main/cli/report.ts). */
export function expectBilingual(stderr: string): { ja: string; en: string } {
  const ja = stderr.split('\n').find((line) => line.startsWith('エラー：'));
  const en = stderr.split('\n').find((line) => line.startsWith('Error: '));
  if (!ja || !en) throw new Error(`expected an エラー： line and an Error: line on stderr, got:\n${stderr}`);
  return { ja, en };
}
