import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createCore } from '../../../main/core/index';
import type { Core } from '../../../main/core/api';
import { startWebServer, type WebServer } from '../../../main/web/server';
import type { Envelope } from '../../../shared/errors';

/** A renderer build small enough to reason about: the page with its nonce placeholder and one script. */
export const fixtureIndexHtml =
  '<!doctype html><html><head><meta name="csp-nonce" content="__CSP_NONCE__">' +
  '<script type="module" src="/assets/app.js"></script></head><body></body></html>';

export interface Harness {
  server: WebServer;
  core: Core;
  base: string;
  dir: string;
  rendererDir: string;
  /**
   * POST /api/<operation> as the real page does: right Host, right token, and the id of the workspace open now in
   * X-Workbench-Workspace, unless overridden (a header given as '' is left out).
   */
  api(operation: string, body: unknown, headers?: Record<string, string>): Promise<{ status: number; body: Envelope<unknown> }>;
  close(): Promise<void>;
}

/** The real core on a fresh workspace file, served in-process on a random port. */
export async function startHarness(): Promise<Harness> {
  const dir = mkdtempSync(path.join(tmpdir(), 'appi-web-'));
  const rendererDir = path.join(dir, 'renderer');
  mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(path.join(rendererDir, 'index.html'), fixtureIndexHtml);
  writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'export {};\n');
  // Beside the build, never inside it: what a traversal would try to read.
  writeFileSync(path.join(dir, 'secret.txt'), 'SECRET-OUTSIDE-THE-BUILD');

  const core = await createCore({
    workspacePath: path.join(dir, 'workspace.sqlite'),
    userDataDir: path.join(dir, 'user-data'),
    osUser: 'tester',
  });
  const server = await startWebServer({ core, rendererDir });
  const base = `http://127.0.0.1:${server.port}`;
  return {
    server,
    core,
    base,
    dir,
    rendererDir,
    async api(operation, body, headers = {}) {
      const all: Record<string, string> = {
        'Content-Type': 'application/json',
        'X-Workbench-Token': server.token,
        'X-Workbench-Workspace': core.workspace().id,
        ...headers,
      };
      for (const [name, value] of Object.entries(all)) if (value === '') delete all[name];
      const response = await fetch(`${base}/api/${operation}`, {
        method: 'POST',
        headers: all,
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json()) as Envelope<unknown> };
    },
    async close() {
      await server.close();
      core.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/**
 * node:http rather than fetch: fetch forbids setting Host and normalises paths such as `/../x`,
 * which are exactly what these tests need to send.
 */
export function rawRequest(options: {
  port: number;
  path: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  host?: string;
}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: options.host ?? '127.0.0.1',
        port: options.port,
        path: options.path,
        method: options.method ?? 'GET',
        headers: options.headers,
        setHost: options.headers?.Host === undefined,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** How many companies and audit entries the workspace holds, read through the same API. */
export async function counts(harness: Harness): Promise<{ companies: number; audit: number }> {
  const companies = await harness.api('companies.list', {});
  const audit = await harness.api('audit.list', {});
  if (!companies.body.ok || !audit.body.ok) throw new Error('could not count: ' + JSON.stringify([companies.body, audit.body]));
  return {
    companies: (companies.body.value as { total: number }).total,
    audit: (audit.body.value as { total: number }).total,
  };
}
