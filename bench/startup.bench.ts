import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { chromium, type Browser } from 'playwright-core';
import { seededWorkspace } from './incident-seed';
import { rendererDir, requireBuild, startServer, stopProcess } from './browser-server';
import { machineLine, percentile } from './support';

/**
 * Issue 15, row 4 — start-up of browser mode: from spawning `node dist/main/web.cjs` on a workspace of 100k
 * incidents to the first screen rendered in Chromium (the dashboard's page title painted), against a bare Node
 * static server (http + fs, nothing else) serving the same dist/renderer from its spawn to the same element. The
 * browser is already running and each run gets a fresh context (empty cache), as a user's first open would.
 * Goal: ≤ 1.5×. Also what the first screen fetched: script bytes and files, and whether the policy editor's or a
 * form's chunk was among them (it must not be). A benchmark: it prints, never fails.
 */
const RUNS = Number(process.env.BENCH_STARTUP_RUNS ?? 5);
const SHAPE = { incidents: Number(process.env.BENCH_INCIDENTS ?? 100_000), companies: 100, policies: 1000, versionsPerPolicy: 10 };
const FIRST_SCREEN = 'h1.wb-page-title';
const chromiumPath = process.env.APPI_E2E_CHROMIUM ?? '/usr/bin/chromium';

const staticServer = `
const http = require('node:http'), fs = require('node:fs'), path = require('node:path');
const dir = process.argv[1];
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.woff2': 'font/woff2', '.svg': 'image/svg+xml' };
http.createServer((req, res) => {
  const name = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const file = path.join(dir, name === '/' ? 'index.html' : name);
  fs.readFile(file, (error, body) => {
    if (error) { res.writeHead(404); res.end(); return; }
    res.writeHead(200, { 'content-type': types[path.extname(file)] || 'application/octet-stream' });
    res.end(body);
  });
}).listen(0, '127.0.0.1', function () { console.log('http://127.0.0.1:' + this.address().port + '/'); });`;

async function startStatic(): Promise<{ url: string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, ['-e', staticServer, rendererDir], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve) => createInterface({ input: child.stdout! }).once('line', resolve));
  return { url: `${url}?token=bench`, stop: () => stopProcess(child) };
}

interface Loaded {
  ms: number;
  scripts: string[];
  scriptBytes: number;
}

/** Opens `url` in a fresh context; resolves when the first screen's title is painted. */
async function firstScreen(browser: Browser, url: string, started: bigint): Promise<Loaded> {
  const context = await browser.newContext({ locale: 'ja-JP', viewport: { width: 1280, height: 860 } });
  const page = await context.newPage();
  const scripts: string[] = [];
  let scriptBytes = 0;
  page.on('response', (response) => {
    if (!response.url().endsWith('.js')) return;
    scripts.push(path.basename(new URL(response.url()).pathname));
    void response.body().then((body) => (scriptBytes += body.length), () => undefined);
  });
  await page.goto(url);
  await page.locator(FIRST_SCREEN).first().waitFor({ state: 'visible' });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  await page.waitForLoadState('networkidle');
  await context.close();
  return { ms, scripts, scriptBytes };
}

async function main(): Promise<void> {
  requireBuild();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'appi-bench-startup-'));
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  try {
    const file = await seededWorkspace(SHAPE, dir);
    const backups = path.join(dir, 'workspace.backups');
    fs.mkdirSync(backups);
    // Only its name is read (rolling.ts): the newest backup, an hour before the bench's clock (browser-server.ts).
    fs.writeFileSync(path.join(backups, 'workspace-20261231T000000000Z.sqlite'), '');
    const app: number[] = [];
    const ready: number[] = [];
    const bare: number[] = [];
    let loaded: Loaded | null = null;
    for (let run = 0; run < RUNS + 1; run++) {
      let started = process.hrtime.bigint();
      // One HOME for every run. The day's automatic backup runs a minute after the open or at close, never before
      // the first screen; a copy stamped an hour before the clock makes every run a second opening of the day, so
      // the SIGTERM after each run does not start a 2.6 GB copy (each run restarts the same fixed clock, and a
      // backup stamped later than it counts as "from the future", i.e. due).
      const server = await startServer(file, path.join(dir, 'home-of-every-run'), started);
      const appRun = await firstScreen(browser, server.url, started);
      await server.stop();
      started = process.hrtime.bigint();
      const plain = await startStatic();
      const bareRun = await firstScreen(browser, plain.url, started);
      await plain.stop();
      if (run === 0) continue; // warm-up: the day's automatic backup, the OS file cache, Chromium's first renderer
      app.push(appRun.ms);
      ready.push(server.readyMs);
      bare.push(bareRun.ms);
      loaded = appRun;
    }
    const ratio = percentile(app, 50) / percentile(bare, 50);
    const editor = loaded!.scripts.filter((name) => /PolicyEditor|IncidentForm|PpcForm|Settings/.test(name));
    console.log(`\nIssue 15 row 4 — start-up to the first screen in Chromium, ${SHAPE.incidents} incidents; ${RUNS} runs; ${machineLine()}\n`);
    console.log(`browser mode: server ready (URL printed) p50 ${percentile(ready, 50).toFixed(0)} ms; first screen p50 ${percentile(app, 50).toFixed(0)} ms, p95 ${percentile(app, 95).toFixed(0)} ms`);
    console.log(`bare static server, same bundle: first screen p50 ${percentile(bare, 50).toFixed(0)} ms, p95 ${percentile(bare, 95).toFixed(0)} ms`);
    console.log(`ratio p50 ${ratio.toFixed(2)}x (goal ≤ 1.5x): ${ratio <= 1.5 ? 'met' : 'NOT met'}`);
    console.log(
      `first screen fetched ${loaded!.scripts.length} scripts, ${(loaded!.scriptBytes / 1024).toFixed(0)} KB; ` +
        `policy editor / forms / settings chunks among them: ${editor.length === 0 ? 'none' : editor.join(', ')}`,
    );
  } finally {
    await browser.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error('benchmark failed:', error);
});
