import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore } from '../main/core/index';
import { createCompany } from '../main/core/companies/service';
import { createDesksInBulk } from '../main/core/desks/service';
import { openWorkspace } from '../main/core/store/workspace';
import { companyInput } from '../shared/domain/company';
import { openRaw } from './raw';
import { deskInputs, heapMb, parseDesks, percentile, printTable, time, timeAsync, type Row } from './support';

/**
 * Desks through the core versus raw better-sqlite3 on the same schema:
 *  1. 100k desks in one transaction: the bulk service (one audit row per desk) vs raw prepared statements;
 *  2. desks.create through dispatch, one transaction each with synchronous=FULL, vs raw single-row transactions;
 *  3. a filtered page of 100 (text + company) through dispatch vs the raw query.
 * A benchmark, not a test: it prints and never fails.
 */
const BULK = Number(process.env.BENCH_BULK ?? 100_000);
const SINGLE = Number(process.env.BENCH_SINGLE ?? 2_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const COMPANIES = 100;

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'appi-bench-'));
  const rows: Row[] = [];
  try {
    // ---- 1. bulk insert -------------------------------------------------------------------------------
    const servicePath = path.join(dir, 'service.sqlite');
    const connection = await openWorkspace(servicePath);
    const scope = { db: () => connection.db, actor: () => 'bench', now: () => new Date() };
    const companyIds = Array.from({ length: COMPANIES }, (_, i) =>
      createCompany(scope, companyInput.parse({ legalNameJa: `会社${String(i).padStart(3, '0')}` })).id,
    );
    const raw = openRaw(path.join(dir, 'raw.sqlite'));
    const rawCompanies = raw.addCompanies(COMPANIES);

    const inputs = deskInputs(BULK, companyIds);
    let heap = heapMb();
    const parsed = time(() => parseDesks(inputs));
    rows.push({ case: 'parse desk inputs (zod, both paths need it)', n: BULK, serviceMs: parsed.ms, rawMs: null, heapMb: heapMb() - heap });

    const rawValues = parsed.value.map((v, i) => ({ ...v, companyId: rawCompanies[i % COMPANIES]! }));
    heap = heapMb();
    const bulkService = time(() => createDesksInBulk(scope, parsed.value));
    const bulkHeap = heapMb() - heap;
    const bulkRaw = time(() => raw.insertMany(rawValues));
    rows.push({ case: 'bulk insert, 1 tx (service + audit vs raw)', n: BULK, serviceMs: bulkService.ms, rawMs: bulkRaw.ms, heapMb: bulkHeap });
    connection.close();

    // ---- 2. per-call creates --------------------------------------------------------------------------
    const core = await createCore({ workspacePath: servicePath, userDataDir: path.join(dir, 'userdata'), osUser: 'bench' });
    const singles = deskInputs(SINGLE, companyIds);
    const rawSingles = parseDesks(deskInputs(SINGLE, rawCompanies));
    heap = heapMb();
    let failures = 0;
    const perCall = await timeAsync(async () => {
      for (const input of singles) if (!(await core.dispatch('desks.create', input, core.workspace().id)).ok) failures++;
    });
    const perCallHeap = heapMb() - heap;
    const perCallRaw = time(() => rawSingles.forEach((v) => raw.insertOne(v)));
    rows.push({
      case: `dispatch desks.create, 1 tx each, sync=FULL${failures ? ` (${failures} failed!)` : ''}`,
      n: SINGLE,
      serviceMs: perCall.ms,
      rawMs: perCallRaw.ms,
      heapMb: perCallHeap,
    });

    // ---- 3. filtered page -----------------------------------------------------------------------------
    const query = '相談';
    const serviceSamples: number[] = [];
    const rawSamples: number[] = [];
    let serviceTotal = 0;
    let rawTotal = 0;
    heap = heapMb();
    for (let i = 0; i < RUNS; i++) {
      const companyId = companyIds[i % COMPANIES]!;
      const s = await timeAsync(() => core.dispatch('desks.list', { query, companyId, limit: 100 }, core.workspace().id));
      serviceSamples.push(s.ms);
      if (s.value.ok) serviceTotal = (s.value.value as { total: number }).total;
      const r = time(() => raw.page(rawCompanies[i % COMPANIES]!, query, 100));
      rawSamples.push(r.ms);
      rawTotal = Number(r.value.total);
    }
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    rows.push({
      case: `page of 100: text + companyId (total ${serviceTotal}/${rawTotal})`,
      n: RUNS,
      serviceMs: sum(serviceSamples),
      rawMs: sum(rawSamples),
      p50: `${percentile(serviceSamples, 50).toFixed(2)}/${percentile(rawSamples, 50).toFixed(2)}`,
      p95: `${percentile(serviceSamples, 95).toFixed(2)}/${percentile(rawSamples, 95).toFixed(2)}`,
      heapMb: heapMb() - heap,
    });

    core.close();
    raw.db.close();
    console.log(`\nDesks: ${BULK} bulk + ${SINGLE} single inserts, ${COMPANIES} companies, Node ${process.version}, ${os.cpus().length} CPUs\n`);
    printTable(rows);
    console.log(
      `\nratio = service / raw. Service writes one audit row (JSON before/after) per desk; raw writes none.` +
        `\nPage query: desks.list { query: '${query}', companyId, limit: 100 } through dispatch vs the same SQL by hand; p50/p95 per call.`,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  // Report and still exit 0: a benchmark is information, not a gate.
  console.error('benchmark failed:', error);
});
