import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Envelope } from '../../../shared/errors';

const root = path.resolve(__dirname, '../../..');

export interface ServerProcess {
  child: ChildProcess;
  base: string;
  token: string;
  workspaceId: string;
  api(operation: string, input: unknown): Promise<Envelope<unknown>>;
}

/**
 * Browser mode in its own process, from the sources (node --import tsx main/web/index.ts), on a given workspace,
 * with HOME in a temp folder: a process the test can kill -9 like a power cut or a crash would.
 */
export async function startServer(workspacePath: string, home: string): Promise<ServerProcess> {
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), CI: '1' };
  delete env.APPI_WORKBENCH_WORKSPACE;
  delete env.APPI_WORKBENCH_CLOCK;
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'main/web/index.ts'), '--workspace', workspacePath, '--no-open', '--port', '0'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const url = await new Promise<URL>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`browser mode printed no URL within 30 s\n${stderr}`)), 30_000);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = /^APPI Workbench \(browser mode\): (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)$/.exec(line);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(new URL(match[1]));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`browser mode exited (${code}) before printing its URL\n${stderr}`));
    });
  }).catch((error: unknown) => {
    child.kill('SIGKILL'); // never leave a server behind a failed start
    throw error;
  });
  const base = url.origin;
  const token = url.searchParams.get('token')!;
  const post = async (operation: string, input: unknown, workspaceId: string): Promise<Envelope<unknown>> => {
    const response = await fetch(`${base}/api/${operation}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Workbench-Token': token, 'X-Workbench-Workspace': workspaceId },
      body: JSON.stringify(input),
    });
    return (await response.json()) as Envelope<unknown>;
  };
  const info = await post('workspace.info', {}, '');
  if (!info.ok) throw new Error(`workspace.info failed: ${JSON.stringify(info.error)}`);
  const workspaceId = (info.value as { id: string }).id;
  return { child, base, token, workspaceId, api: (operation, input) => post(operation, input, workspaceId) };
}

/** SIGKILL: no handler runs, the database is not closed, the WAL stays as it was. */
export function killHard(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}
