import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';

/**
 * Browser mode as a user runs it, for the memory and start-up rows: the built bundle (dist/main/web.cjs) in its own
 * process on a given workspace, HOME in a temp folder, and a caller that speaks its API with the token and the
 * workspace header every request needs (main/web/api-route.ts) — as tests/e2e/helpers/browser-mode.ts does.
 */
export const root = path.resolve(import.meta.dirname, '..');
export const webBundle = path.join(root, 'dist/main/web.cjs');
export const rendererDir = path.join(root, 'dist/renderer');

export interface Server {
  child: ChildProcess;
  url: string;
  origin: string;
  token: string;
  /** Milliseconds from spawn to the printed URL. */
  readyMs: number;
  call(operation: string, input: object): Promise<unknown>;
  stop(): Promise<void>;
}

export function requireBuild(): void {
  if (!fs.existsSync(webBundle) || !fs.existsSync(path.join(rendererDir, 'index.html'))) {
    throw new Error('dist/ is missing: run `npm run build` before this bench.');
  }
}

export async function startServer(workspacePath: string, dir: string, started = process.hrtime.bigint()): Promise<Server> {
  const home = path.join(dir, 'home');
  fs.mkdirSync(path.join(home, '.config'), { recursive: true });
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), CI: '1' };
  delete env.APPI_WORKBENCH_WORKSPACE;
  env.APPI_WORKBENCH_CLOCK = '2026-12-31T10:00:00+09:00';
  const child = spawn(process.execPath, [webBundle, '--workspace', workspacePath, '--no-open', '--port', '0'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`browser mode printed no URL within 120 s\n${stderr}`)), 120_000);
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
  const readyMs = Number(process.hrtime.bigint() - started) / 1e6;
  const origin = new URL(url).origin;
  const token = new URL(url).searchParams.get('token')!;
  let workspaceId: string | undefined;
  const post = async (operation: string, input: object) => {
    const headers: Record<string, string> = { 'content-type': 'application/json', 'x-workbench-token': token };
    if (workspaceId) headers['x-workbench-workspace'] = workspaceId;
    const response = await fetch(`${origin}/api/${operation}`, { method: 'POST', headers, body: JSON.stringify(input) });
    const envelope = (await response.json()) as { ok: boolean; value?: unknown; error?: unknown };
    if (!envelope.ok) throw new Error(`${operation}: ${JSON.stringify(envelope.error)}`);
    return envelope.value;
  };
  return {
    child,
    url,
    origin,
    token,
    readyMs,
    async call(operation, input) {
      workspaceId ??= ((await post('workspace.info', {})) as { id: string }).id;
      return post(operation, input);
    },
    stop: () => stopProcess(child),
  };
}

/** Resident set size of a process in MB, from /proc (Linux). */
export function rssMb(pid: number, field: 'VmRSS' | 'VmHWM' = 'VmRSS'): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

export function stopProcess(child: ChildProcess): Promise<void> {
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
