import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { audited } from '../main/core/audit/audited';
import { createCompany } from '../main/core/companies/service';
import { createIncidentIn } from '../main/core/incidents/service';
import { createCore } from '../main/core/index';
import { containsPattern } from '../main/core/store/search';
import { openWorkspace } from '../main/core/store/workspace';
import { companyInput } from '../shared/domain/company';
import { incidentValues, QUERY } from './incident-seed';
import { heapMb, percentile, printTable, time, timeAsync, type Row } from './support';

/**
 * Incidents through the core versus raw better-sqlite3 on the same file:
 *  1. 100k incidents recorded in one transaction through the service's own write path (assessment, planned
 *     notifications, next deadline, one audit row per incident and per notification);
 *  2. a filtered page of 100 — status + company + text + days of knowing, by next deadline — through dispatch
 *     (zod, service, row mapping, deadline status per row) vs the same SQL by hand;
 *  3. the same without the company filter, the harder case for the indexes;
 *  4. the list opening (no filter), and "statutory deadline missed" (the overdue filter) as of 31 December 2026.
 * A benchmark, not a test: it prints and never fails.
 */
const COUNT = Number(process.env.BENCH_INCIDENTS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const COMPANIES = 100;
const STATUSES = ['open', 'contained', 'reported'] as const;
const KNOWN_FROM = '2026-01-01';
const KNOWN_TO = '2026-12-31';
/** The core's clock for the "statutory deadline missed" case, so the count does not drift with the machine's date. */
const NOW = '2026-12-31T01:00:00.000Z';
const TODAY = '2026-12-31';

interface RawFilter {
  /** The WHERE clause exactly as the store builds it (store/incidents-filter.ts), with `?` for each value. */
  where: string;
  params: (companyId: number) => unknown[];
}

const STATUTORY = `i.next_deadline_kind IN ('ppc_preliminary', 'ppc_final')`;
const dayBounds = [`${KNOWN_FROM}T00:00:00+09:00`, `${KNOWN_TO}T23:59:59+09:00`];
const rawFilters = {
  full: {
    where: `WHERE i.status IN (?, ?, ?) AND i.company_id = ? AND i.known_at >= ? AND i.known_at <= ? AND i.search_text LIKE ? ESCAPE '\\'`,
    params: (companyId) => [...STATUSES, companyId, ...dayBounds, containsPattern(QUERY)],
  },
  allCompanies: {
    where: `WHERE i.status IN (?, ?, ?) AND i.known_at >= ? AND i.known_at <= ? AND i.search_text LIKE ? ESCAPE '\\'`,
    params: () => [...STATUSES, ...dayBounds, containsPattern(QUERY)],
  },
  none: { where: '', params: () => [] },
  overdue: {
    where: `WHERE coalesce(i.next_deadline, '9999-12-31') < ? AND ${STATUTORY} AND i.status <> 'closed'`,
    params: () => [TODAY],
  },
} satisfies Record<string, RawFilter>;

const and = (where: string, condition: string) => (where === '' ? `WHERE ${condition}` : `${where} AND ${condition}`);

/**
 * The list query exactly as the store builds it, prepared once on a bare connection: rows and total. By next
 * deadline the statutory deadlines come first: one walk of the deadline index for them, a second for the rest
 * when the page is not full (store/incidents-list.ts).
 */
function rawPage(db: Database.Database, filter: RawFilter) {
  const select = (where: string) =>
    db.prepare(`
      SELECT i.id, i.title, i.company_id, c.legal_name_ja AS company_name, i.status, i.breach_kind, i.certainty,
             i.known_at, i.reportable, i.triggers, i.next_deadline, i.next_deadline_kind, i.updated_at
      FROM incidents i JOIN companies c ON c.id = i.company_id
      ${where} ORDER BY coalesce(i.next_deadline, '9999-12-31'), i.id LIMIT ? OFFSET ?`);
  const statutory = select(and(filter.where, STATUTORY));
  const rest = select(and(filter.where, `(i.next_deadline_kind IS NULL OR NOT ${STATUTORY})`));
  const count = db.prepare(`SELECT count(*) FROM incidents i ${filter.where}`).pluck();
  return (companyId: number) => {
    const params = filter.params(companyId);
    const rows: unknown[] = statutory.all(...params, 100, 0);
    if (rows.length < 100) rows.push(...rest.all(...params, 100 - rows.length, 0));
    return { rows, total: Number(count.get(...params)) };
  };
}

async function measurePage(
  label: string,
  companyIds: readonly number[],
  service: (companyId: number) => Promise<{ ok: boolean; total: number }>,
  raw: (companyId: number) => { total: number },
): Promise<Row> {
  const serviceSamples: number[] = [];
  const rawSamples: number[] = [];
  let totals = '';
  // Warm up both paths (statement caches, JIT) so the samples measure steady state.
  for (let i = 0; i < 20; i++) {
    await service(companyIds[i % companyIds.length]!);
    raw(companyIds[i % companyIds.length]!);
  }
  const heap = heapMb();
  for (let i = 0; i < RUNS; i++) {
    const companyId = companyIds[i % companyIds.length]!;
    const s = await timeAsync(() => service(companyId));
    const r = time(() => raw(companyId));
    serviceSamples.push(s.ms);
    rawSamples.push(r.ms);
    if (i === 0) totals = `${s.value.ok ? s.value.total : 'failed'}/${r.value.total}`;
  }
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const p95 = [percentile(serviceSamples, 95), percentile(rawSamples, 95)] as const;
  return {
    case: `${label} (total ${totals}; p95 ratio ${(p95[0] / p95[1]).toFixed(2)}x)`,
    n: RUNS,
    serviceMs: sum(serviceSamples),
    rawMs: sum(rawSamples),
    p50: `${percentile(serviceSamples, 50).toFixed(2)}/${percentile(rawSamples, 50).toFixed(2)}`,
    p95: `${p95[0].toFixed(2)}/${p95[1].toFixed(2)}`,
    heapMb: heapMb() - heap,
  };
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'appi-bench-incidents-'));
  const rows: Row[] = [];
  try {
    const file = path.join(dir, 'incidents.sqlite');
    const connection = await openWorkspace(file);
    const scope = { db: () => connection.db, actor: () => 'bench', now: () => new Date() };
    const companyIds = Array.from({ length: COMPANIES }, (_, i) =>
      createCompany(scope, companyInput.parse({ legalNameJa: `会社${String(i).padStart(3, '0')}` })).id,
    );

    let heap = heapMb();
    const parsed = time(() => Array.from({ length: COUNT }, (_, i) => incidentValues(i, companyIds)));
    rows.push({ case: 'parse incident inputs (zod)', n: COUNT, serviceMs: parsed.ms, rawMs: null, heapMb: heapMb() - heap });
    heap = heapMb();
    const seeded = time(() => audited(scope, 'incidents.import', (tx) => parsed.value.forEach((values) => createIncidentIn(tx, values))));
    rows.push({ case: 'record all in 1 tx (assess, plan, audit)', n: COUNT, serviceMs: seeded.ms, rawMs: null, heapMb: heapMb() - heap });
    connection.close();

    const core = await createCore({ workspacePath: file, userDataDir: path.join(dir, 'userdata'), osUser: 'bench', now: () => new Date(NOW) });
    const raw = new Database(file, { readonly: true });
    const filters = { status: [...STATUSES], query: QUERY, knownFrom: KNOWN_FROM, knownTo: KNOWN_TO, sort: 'nextDeadline', limit: 100 };
    const list = async (input: object) => {
      const envelope = await core.dispatch('incidents.list', input, core.workspace().id);
      return { ok: envelope.ok, total: envelope.ok ? (envelope.value as { total: number }).total : 0 };
    };
    rows.push(await measurePage('page of 100: status+company+text+dates', companyIds, (companyId) => list({ ...filters, companyId }), rawPage(raw, rawFilters.full)));
    rows.push(await measurePage('page of 100: status+text+dates, all companies', companyIds, () => list(filters), rawPage(raw, rawFilters.allCompanies)));
    rows.push(await measurePage('first page of 100, no filter (the list opening)', companyIds, () => list({ limit: 100 }), rawPage(raw, rawFilters.none)));
    rows.push(await measurePage('first page of 100, statutory deadline missed', companyIds, () => list({ limit: 100, overdue: true }), rawPage(raw, rawFilters.overdue)));

    core.close();
    raw.close();
    console.log(`\nIncidents: ${COUNT} over ${COMPANIES} companies, Node ${process.version}, ${os.cpus().length} CPUs\n`);
    printTable(rows);
    console.log(
      `\nPage query: incidents.list { status: ${STATUSES.join('/')}, query: '${QUERY}', knownFrom: ${KNOWN_FROM}, knownTo: ${KNOWN_TO},` +
        ` sort: nextDeadline, limit: 100 } through dispatch vs the same SQL on a bare connection; p50/p95 per call (service/raw).`,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  // Report and still exit 0: a benchmark is information, not a gate.
  console.error('benchmark failed:', error);
});
