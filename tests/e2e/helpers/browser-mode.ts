import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
// APPI_E2E_DIST runs a copy of dist/ (with node_modules beside it), so a build started meanwhile by someone else
// in the same checkout cannot swap the chunks under a running test.
const webBundle = path.join(process.env.APPI_E2E_DIST ?? path.join(root, 'dist'), 'main/web.cjs');

export interface BrowserMode {
  /** The printed URL, token included. */
  url: string;
  origin: string;
  workspacePath: string;
  dir: string;
  /** Everything the process wrote to stderr so far (for failure messages). */
  stderr(): string;
  stop(): Promise<void>;
}

/**
 * Browser mode exactly as a user runs it: the built bundle in its own process, on a fresh workspace, with HOME
 * and XDG_CONFIG_HOME pointing into a temp folder so no real preferences or recent list leak in or out.
 */
export interface BrowserModeOptions {
  /** The app's clock starts here (APPI_WORKBENCH_CLOCK), for deadline scenarios on a fixed date. */
  clock?: string;
  /** Writes the workspace file before the app opens it (a workspace an older version left, say). */
  prepare?: (workspacePath: string) => Promise<void>;
}

export async function startBrowserMode(options: BrowserModeOptions = {}): Promise<BrowserMode> {
  if (!existsSync(webBundle)) throw new Error(`${webBundle} is missing: the e2e project needs \`npm run build\` first.`);
  const dir = mkdtempSync(path.join(tmpdir(), 'appi-e2e-'));
  const home = path.join(dir, 'home');
  mkdirSync(path.join(home, '.config'), { recursive: true });
  const workspacePath = path.join(dir, 'workspace.sqlite');
  await options.prepare?.(workspacePath);
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), CI: '1' };
  delete env.APPI_WORKBENCH_WORKSPACE;
  if (options.clock) env.APPI_WORKBENCH_CLOCK = options.clock;
  else delete env.APPI_WORKBENCH_CLOCK;
  const child = spawn(process.execPath, [webBundle, '--workspace', workspacePath, '--no-open', '--port', '0'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`browser mode printed no URL within 30 s\n${stderr}`)), 30_000);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = /^APPI Workbench \(browser mode\): (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)$/.exec(line);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`browser mode exited (${code}) before printing its URL\n${stderr}`));
    });
  });

  return {
    url,
    origin: new URL(url).origin,
    workspacePath,
    dir,
    stderr: () => stderr,
    async stop() {
      await stopProcess(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** SIGTERM (the server closes the database cleanly), then SIGKILL if it hangs. */
function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
