import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { seededWorkspace } from './incident-seed';
import { requireBuild, root, rssMb, startServer, stopProcess, type Server } from './browser-server';
import { machineLine } from './support';

/**
 * Issue 15, row 3 — memory of the browser-mode server (the built dist/main/web.cjs in its own process) holding a
 * workspace of 100k incidents and 10k policy versions: RSS from /proc/<pid>/status after paging through the lists
 * and opening 100 records (goal < 200 MB), then over 1,000 further requests of the same mix (goal: no growth; read
 * as ≤ 5 MB, the allocator's own noise). The baseline: a bare Node process with better-sqlite3 holding the same
 * file open after one query — the floor any server on this file starts from. A benchmark: it prints, never fails.
 */
const SHAPE = { incidents: Number(process.env.BENCH_INCIDENTS ?? 100_000), companies: 100, policies: 1000, versionsPerPolicy: 10 };
const FURTHER = Number(process.env.BENCH_MEMORY_REQUESTS ?? 1000);
const GROWTH_MB = 5;

const listInputs = [
  { sort: 'nextDeadline' },
  { sort: 'nextDeadline', query: '不正アクセス' },
  { sort: 'nextDeadline', status: ['open'], overdue: true },
  { sort: 'nextDeadline', companyId: 7, trigger: 'wrongfulPurpose' },
  { sort: 'knownAt', knownFrom: '2026-01-01', knownTo: '2026-03-31' },
];

/** One request of the mix, numbered: list pages (deep ones too), opened incidents, policies opened as the editor opens them (with their check), the dashboard. */
async function request(server: Server, n: number, policyIds: readonly number[]): Promise<void> {
  const id = 1 + ((n * 7919) % SHAPE.incidents);
  switch (n % 8) {
    case 0:
    case 1:
      await server.call('incidents.list', { ...listInputs[n % listInputs.length], limit: 100, offset: ((n * 13) % 50) * 100 });
      return;
    case 2:
      await server.call('incidents.get', { id });
      return;
    case 3:
      await server.call('timeline.list', { incidentId: id });
      return;
    case 4:
      await server.call('notifications.list', { incidentId: id });
      return;
    case 5:
      await server.call('policies.open', { id: policyIds[n % policyIds.length]! });
      return;
    case 6:
      await server.call('policies.list', { limit: 100, offset: ((n * 3) % 10) * 100 });
      return;
    default:
      await server.call('incidents.dashboard', {});
  }
}

/** The floor: Node + better-sqlite3 with the same file open after one query over it. */
async function baselineRss(file: string): Promise<number> {
  const script = `const db = require('better-sqlite3')(${JSON.stringify(file)}, { readonly: true });
    db.prepare('SELECT count(*) FROM incidents').get(); process.stdout.write('ready\\n'); setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['-e', script], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
  await sleep(200);
  const rss = rssMb(child.pid!);
  await stopProcess(child);
  return rss;
}

async function main(): Promise<void> {
  requireBuild();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'appi-bench-memory-'));
  try {
    const file = await seededWorkspace(SHAPE, dir);
    const floor = await baselineRss(file);
    // The first opening of the day copies the workspace to its automatic backup (main/core/backup): let a first
    // server do that and stop, so the measured one holds the workspace as every later opening does.
    const first = await startServer(file, dir);
    const backups = `${file.replace(/\.sqlite$/, '')}.backups`;
    const done = () => fs.existsSync(backups) && fs.readdirSync(backups).some((name) => name.endsWith('.sqlite') && !name.startsWith('.'));
    for (let waited = 0; !done() && waited < 180_000; waited += 500) await sleep(500);
    const backupNote = done() ? 'the day\'s backup taken by a first server, then stopped' : 'no automatic backup seen within 180 s';
    await first.stop();
    const server = await startServer(file, dir);
    try {
      const pid = server.child.pid!;
      const atStart = rssMb(pid);
      const policyIds = ((await server.call('policies.list', { limit: 500 })) as { items: { id: number }[] }).items.map((p) => p.id);
      // Paging through the lists: 50 pages of each list input, then 100 records opened with their children.
      for (const input of listInputs) for (let page = 0; page < 50; page++) await server.call('incidents.list', { ...input, limit: 100, offset: page * 100 });
      for (let page = 0; page < 10; page++) await server.call('policies.list', { limit: 100, offset: page * 100 });
      for (let i = 0; i < 100; i++) {
        const id = 1 + ((i * 997) % SHAPE.incidents);
        await server.call('incidents.get', { id });
        await server.call('timeline.list', { incidentId: id });
        await server.call('notifications.list', { incidentId: id });
        if (i % 10 === 0) await server.call('policies.open', { id: policyIds[i % policyIds.length]! });
      }
      await sleep(500);
      const afterWarm = rssMb(pid);
      const samples: number[] = [];
      for (let n = 0; n < FURTHER; n++) {
        await request(server, n, policyIds);
        if ((n + 1) % 250 === 0) samples.push(rssMb(pid));
      }
      await sleep(500);
      const after = rssMb(pid);
      const peak = rssMb(pid, 'VmHWM');
      const growth = after - afterWarm;
      console.log(`\nIssue 15 row 3 — browser-mode server memory, ${SHAPE.incidents} incidents and ${SHAPE.policies * SHAPE.versionsPerPolicy} policy versions; ${machineLine()}\n`);
      const rows = [
        ['baseline: node + better-sqlite3, same file open', '-', floor.toFixed(1), '-'],
        [`server started (workspace open; ${backupNote})`, '-', atStart.toFixed(1), '-'],
        ['after paging lists + opening 100 records', 'RSS < 200 MB', afterWarm.toFixed(1), afterWarm < 200 ? 'yes' : 'NO'],
        [`after ${FURTHER} further requests (every 250: ${samples.map((s) => s.toFixed(1)).join(', ')})`, `growth ≤ ${GROWTH_MB} MB`, `${after.toFixed(1)} (${growth >= 0 ? '+' : ''}${growth.toFixed(1)})`, growth <= GROWTH_MB ? 'yes' : 'NO'],
        ['peak (VmHWM)', '-', peak.toFixed(1), '-'],
      ];
      const widths = [0, 1, 2, 3].map((i) => Math.max(...[['case', 'goal', 'RSS MB', 'met'], ...rows].map((r) => r[i]!.length)));
      for (const [i, r] of [['case', 'goal', 'RSS MB', 'met'], widths.map((w) => '-'.repeat(w)), ...rows].entries()) {
        console.log(r.map((cell, c) => (c === 2 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join(i === 1 ? '-|-' : ' | '));
      }
    } finally {
      await server.stop();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error('benchmark failed:', error);
});
