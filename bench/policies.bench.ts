import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createCompany } from '../main/core/companies/service';
import { createDesk } from '../main/core/desks/service';
import { createCore } from '../main/core/index';
import { createPolicy } from '../main/core/policies/service';
import { foldForSearch } from '../main/core/store/search';
import { openWorkspace } from '../main/core/store/workspace';
import { companyInput } from '../shared/domain/company';
import { deskInput } from '../shared/domain/desk';
import { policyCreateInput } from '../shared/domain/policy';
import { checkPolicy } from '../shared/policy';
import { benchCompany, RARE_CLAUSE, sectionsOfLength, seedVersions, SOME_CLAUSE } from './policy-seed';
import { heapMb, percentile, printTable, time, timeAsync, type Row } from './support';

/**
 * Policies through the core versus raw better-sqlite3 on the same file:
 *  1. open a 30-section policy (policies.get: the policy, its versions, the draft's sections from eleven tables)
 *     and run the checker (policies.check, with the company and linked desks) — vs selecting the same rows by
 *     hand plus a bare checkPolicy call on sections already in memory;
 *  2. full-text search over 10k policy versions (policies.search: zod, FTS5 trigram, joins, snippets marked in the
 *     original text) vs the raw FTS query by hand (same MATCH, joins, order, page and count). Goal: within 1.5×.
 * A benchmark, not a test: it prints and never fails.
 */
const POLICIES = Number(process.env.BENCH_POLICIES ?? 1_000);
const VERSIONS = Number(process.env.BENCH_VERSIONS_PER_POLICY ?? 10);
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const SEARCHES = [SOME_CLAUSE.slice(4, 10), 'analytics', RARE_CLAUSE, 'Cookie 目的'];

const childTables = [
  'policy_purposes', 'policy_joint_use', 'policy_cross_border', 'policy_transmissions', 'policy_requests',
  'policy_request_kinds', 'policy_revisions', 'policy_revised_dates', 'policy_section_desks',
];

function rawOpen(db: Database.Database) {
  const sections = db.prepare('SELECT * FROM policy_sections WHERE version_id = ? ORDER BY position');
  const children = childTables.map((table) =>
    db.prepare(`SELECT * FROM ${table} WHERE section_ref IN (SELECT id FROM policy_sections WHERE version_id = ?) ORDER BY section_ref`),
  );
  const company = db.prepare('SELECT * FROM companies WHERE id = ?');
  const desks = db.prepare('SELECT * FROM desks WHERE id IN (SELECT desk_id FROM policy_section_desks d JOIN policy_sections s ON s.id = d.section_ref WHERE s.version_id = ?)');
  return (versionId: number, companyId: number) => [
    sections.all(versionId),
    ...children.map((statement) => statement.all(versionId)),
    company.get(companyId),
    desks.all(versionId),
  ];
}

/** The same query as the store builds it (store/policies-search.ts), prepared by hand: MATCH for words of three or more characters, LIKE for shorter ones. */
function rawSearch(db: Database.Database) {
  const select = `SELECT f.rowid AS ref, s.section_id, s.kind, s.position, s.heading_ja, s.heading_en, s.body_ja, s.body_en,
      v.id AS version_id, v.number AS version_number, v.status AS version_status,
      p.id AS policy_id, p.kind AS policy_kind, p.title_ja, p.title_en, p.company_id, c.legal_name_ja AS company_name
    FROM policy_sections_fts f JOIN policy_sections s ON s.id = f.rowid JOIN policy_versions v ON v.id = s.version_id
    JOIN policies p ON p.id = v.policy_id JOIN companies c ON c.id = p.company_id`;
  const like = ` AND (f.heading LIKE ? ESCAPE '\\' OR f.body LIKE ? ESCAPE '\\')`;
  const page = db.prepare(`${select} WHERE policy_sections_fts MATCH ? ORDER BY f.rank, s.id DESC LIMIT 50 OFFSET 0`);
  const count = db.prepare('SELECT count(*) FROM policy_sections_fts f WHERE policy_sections_fts MATCH ?').pluck();
  const pageLike = db.prepare(`${select} WHERE policy_sections_fts MATCH ?${like} ORDER BY f.rank, s.id DESC LIMIT 50 OFFSET 0`);
  const countLike = db.prepare(`SELECT count(*) FROM policy_sections_fts f WHERE policy_sections_fts MATCH ?${like}`).pluck();
  return (query: string) => {
    const terms = foldForSearch(query).split(/\s+/).filter((t) => t !== '');
    const match = terms.filter((t) => [...t].length >= 3).map((t) => `"${t.replace(/"/g, '""')}"`).join(' AND ');
    const short = terms.find((t) => [...t].length < 3);
    if (short === undefined) return { rows: page.all(match), total: count.get(match) as number };
    const pattern = `%${short}%`;
    return { rows: pageLike.all(match, pattern, pattern), total: countLike.get(match, pattern, pattern) as number };
  };
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const p = (xs: number[], q: number) => percentile(xs, q).toFixed(2);

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'appi-bench-policies-'));
  const rows: Row[] = [];
  try {
    const file = path.join(dir, 'policies.sqlite');
    const connection = await openWorkspace(file);
    const scope = { db: () => connection.db, actor: () => 'bench', now: () => new Date() };
    const company = createCompany(scope, companyInput.parse({ ...benchCompany, authorizedOrgDeskId: null }));
    const desk = createDesk(scope, deskInput.parse({ companyId: company.id, kind: 'own', nameJa: '個人情報相談窓口', email: 'privacy@bench.example.jp' }));
    const thirty = createPolicy(scope, policyCreateInput.parse({ companyId: company.id, sections: sectionsOfLength(desk.id, 30) }));
    let heap = heapMb();
    const seeded = time(() => seedVersions(scope, company.id, desk.id, POLICIES, VERSIONS));
    rows.push({ case: `seed ${POLICIES}×${VERSIONS} versions, 1 tx (service write path)`, n: seeded.value, serviceMs: seeded.ms, rawMs: null, heapMb: heapMb() - heap });
    connection.close();

    const core = await createCore({ workspacePath: file, userDataDir: path.join(dir, 'userdata'), osUser: 'bench' });
    const raw = new Database(file, { readonly: true });
    const open = rawOpen(raw);
    const search = rawSearch(raw);

    // ---- 1. open a 30-section policy and check it --------------------------------------------------------
    const inMemory = thirty.current.sections;
    const companyRecord = company;
    const serviceSamples: number[] = [];
    const rawSamples: number[] = [];
    heap = heapMb();
    for (let i = 0; i < RUNS; i++) {
      const s = await timeAsync(async () => {
        await core.dispatch('policies.get', { id: thirty.id }, core.workspace().id);
        return core.dispatch('policies.check', { policyId: thirty.id }, core.workspace().id);
      });
      serviceSamples.push(s.ms);
      const r = time(() => {
        open(thirty.current.id, company.id);
        return checkPolicy({ sections: inMemory, company: companyRecord, desks: [desk] });
      });
      rawSamples.push(r.ms);
    }
    rows.push({
      case: `open ${inMemory.length}-section policy + checker`,
      n: RUNS,
      serviceMs: sum(serviceSamples),
      rawMs: sum(rawSamples),
      p50: `${p(serviceSamples, 50)}/${p(rawSamples, 50)}`,
      p95: `${p(serviceSamples, 95)}/${p(rawSamples, 95)}`,
      heapMb: heapMb() - heap,
    });

    // ---- autosave of the same 30 sections: unchanged (no write), and one section edited (one audited write) ---
    const versionId = thirty.current.id;
    let revision = thirty.current.revision;
    const autosave = async (sections: typeof inMemory) => {
      const envelope = await core.dispatch('policyDrafts.save', { versionId, revision, sections }, core.workspace().id);
      if (envelope.ok) revision = (envelope.value as { version: { revision: number } }).version.revision;
    };
    for (const [label, edit] of [
      ['autosave unchanged, 30 sections (no write)', (_i: number) => inMemory],
      ['autosave, one section edited (1 tx + audit)', (i: number) => inMemory.map((s, k) => (k === 3 ? { ...s, bodyJa: `${s.bodyJa}${i}` } : s))],
    ] as const) {
      const times: number[] = [];
      heap = heapMb();
      for (let i = 0; i < RUNS; i++) times.push((await timeAsync(() => autosave(edit(i)))).ms);
      rows.push({ case: label, n: RUNS, serviceMs: sum(times), rawMs: null, p50: p(times, 50), p95: p(times, 95), heapMb: heapMb() - heap });
    }

    // ---- 2. search over every version -------------------------------------------------------------------
    for (const query of SEARCHES) {
      const serviceTimes: number[] = [];
      const rawTimes: number[] = [];
      let totals = '';
      heap = heapMb();
      for (let i = 0; i < RUNS; i++) {
        const s = await timeAsync(() => core.dispatch('policies.search', { query, limit: 50 }, core.workspace().id));
        serviceTimes.push(s.ms);
        const r = time(() => search(query));
        rawTimes.push(r.ms);
        if (i === 0 && s.value.ok) totals = `${(s.value.value as { total: number }).total}/${r.value.total}`;
      }
      rows.push({
        case: `search '${query}' (total ${totals})`,
        n: RUNS,
        serviceMs: sum(serviceTimes),
        rawMs: sum(rawTimes),
        p50: `${p(serviceTimes, 50)}/${p(rawTimes, 50)}`,
        p95: `${p(serviceTimes, 95)}/${p(rawTimes, 95)}`,
        heapMb: heapMb() - heap,
      });
    }

    core.close();
    raw.close();
    const size = (fs.statSync(file).size / 1024 / 1024).toFixed(0);
    console.log(`\nPolicies: ${seeded.value} versions (${POLICIES} policies), ${size} MB file, Node ${process.version}, ${os.cpus().length} CPUs\n`);
    printTable(rows);
    console.log(
      `\nratio = service / raw; p50/p95 per call. Open: policies.get + policies.check through dispatch vs the same rows selected by hand` +
        `\nplus checkPolicy on sections already in memory. Autosave: policyDrafts.save through dispatch (sync=FULL). Search: policies.search { query, limit: 50 } vs the raw MATCH query` +
        `\n(same joins, bm25 order, page and count); 'Cookie 目的' pairs a trigram word with a two-character word (LIKE).`,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  // Report and still exit 0: a benchmark is information, not a gate.
  console.error('benchmark failed:', error);
});
