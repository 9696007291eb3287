import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { seededWorkspace } from './incident-seed';
import { root } from './browser-server';
import { machineLine, percentile } from './support';

/**
 * Issue 15, row 5 — a consultant's batch: `export --all` of one company's 100 incidents (each one's summary, and
 * its PPC report when reportable) in one CLI process, against one CLI process per document (`export incident
 * --id N --document summary`), both the built dist/main/cli.cjs on the same workspace copy. One process reads
 * the fonts and loads the code once; per document it only renders. The progress lines ("n/N name" on a
 * non-terminal stderr) are counted to show the bar ran. Goal: ≥ 10× faster per document. BENCH_BATCH_SINGLES runs
 * of the single-document command are timed (default 100, the case); the per-document figure is their
 * median. A benchmark: it prints, never fails.
 */
const SHAPE = { incidents: 100, companies: 1, policies: 0, versionsPerPolicy: 0 };
const SINGLES = Number(process.env.BENCH_BATCH_SINGLES ?? 100);
const cli = path.join(root, 'dist/main/cli.cjs');

function run(args: string[]): Promise<{ ms: number; stdout: string; stderr: string; code: number | null }> {
  const started = process.hrtime.bigint();
  const env = { ...process.env, APPI_WORKBENCH_CLOCK: '2026-12-31T10:00:00+09:00' };
  const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  return new Promise((resolve) =>
    child.once('exit', (code) => resolve({ ms: Number(process.hrtime.bigint() - started) / 1e6, stdout, stderr, code })),
  );
}

async function main(): Promise<void> {
  if (!fs.existsSync(cli)) throw new Error('dist/main/cli.cjs is missing: run `npm run build` before this bench.');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'appi-bench-batch-'));
  try {
    const file = await seededWorkspace(SHAPE, dir);
    const allDir = path.join(dir, 'all');
    const oneDir = path.join(dir, 'one');
    fs.mkdirSync(oneDir);
    await run(['export', 'incident', '--workspace', file, '--id', '1', '--document', 'summary', '--out', `${oneDir}/`]); // warm the file cache
    const batch = await run(['export', '--all', '--workspace', file, '--company', '会社000', '--out', allDir]);
    if (batch.code !== 0) throw new Error(`export --all failed (${batch.code}): ${batch.stderr}`);
    const documents = fs.readdirSync(allDir).length;
    const progressLines = batch.stderr.split('\n').filter((line) => /^\d+\/\d+ /.test(line)).length;
    const singles: number[] = [];
    for (let i = 0; i < SINGLES; i++) {
      const one = await run(['export', 'incident', '--workspace', file, '--id', String(1 + (i % SHAPE.incidents)), '--document', 'summary', '--out', `${oneDir}/`]);
      if (one.code !== 0) throw new Error(`export incident failed (${one.code}): ${one.stderr}`);
      singles.push(one.ms);
    }
    const perDocBatch = batch.ms / documents;
    const perDocSingle = percentile(singles, 50);
    const speedup = perDocSingle / perDocBatch;
    console.log(`\nIssue 15 row 5 — batch export, ${SHAPE.incidents} incidents of one company, PDF (ja); ${machineLine()}\n`);
    console.log(`export --all: ${documents} documents in one process, ${(batch.ms / 1000).toFixed(1)} s, ${perDocBatch.toFixed(0)} ms per document; progress lines on stderr: ${progressLines}`);
    console.log(
      `single-document CLI runs: ${SINGLES} runs, p50 ${perDocSingle.toFixed(0)} ms, p95 ${percentile(singles, 95).toFixed(0)} ms per document` +
        ` (${SINGLES} runs in ${(singles.reduce((a, b) => a + b, 0) / 1000).toFixed(1)} s)`,
    );
    console.log(`speed-up per document ${speedup.toFixed(1)}x (goal ≥ 10x): ${speedup >= 10 ? 'met' : 'NOT met'}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error('benchmark failed:', error);
});
