import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createCore } from '../main/core/index';
import { searchTerms } from '../main/core/store/policies-search';
import { containsPattern } from '../main/core/store/search';
import { seededWorkspace } from './incident-seed';
import { machineLine, percentile, printGoals, samplePair, type GoalRow } from './support';

/**
 * Issue 11 item 6 — policies.search over 10k policy versions (50,000 sections) through dispatch (zod, plans,
 * joins, snippets, capped count) against the raw query: one statement as the search was written before the
 * short-word index — MATCH for words of three or more characters, LIKE for shorter ones, every hit joined, ranked
 * and counted. Queries: two-character Japanese words alone and beside a long word (the 'Cookie 目的'), a
 * single character, common and rare long words, a word found nowhere. Goal: p95 ≤ 50 ms. A benchmark: it prints,
 * never fails.
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const SHAPE = { incidents: Number(process.env.BENCH_INCIDENTS ?? 100_000), companies: 100, policies: 1000, versionsPerPolicy: 10 };
const QUERIES = ['目的', '個人', '情', 'Cookie 目的', '個人情報 目的', 'cookie', '漏えい', 'cookie 鯨', 'ポリシー1・第3版', 'xyzzy'];

function rawSearch(db: Database.Database) {
  return (query: string) => {
    const terms = searchTerms(query);
    const long = terms.filter((term) => [...term].length >= 3);
    const short = terms.filter((term) => [...term].length < 3);
    const where: string[] = [];
    const params: unknown[] = [];
    if (long.length > 0) {
      where.push('policy_sections_fts MATCH ?');
      params.push(long.map((term) => `"${term.replace(/"/g, '""')}"`).join(' AND '));
    }
    for (const term of short) {
      where.push(`(f.heading LIKE ? ESCAPE '\\' OR f.body LIKE ? ESCAPE '\\')`);
      params.push(containsPattern(term), containsPattern(term));
    }
    const from = `FROM policy_sections_fts f JOIN policy_sections s ON s.id = f.rowid JOIN policy_versions v ON v.id = s.version_id
      JOIN policies p ON p.id = v.policy_id JOIN companies c ON c.id = p.company_id WHERE ${where.join(' AND ')}`;
    const order = long.length > 0 ? 'ORDER BY f.rank, s.id DESC' : 'ORDER BY s.id DESC';
    const rows = db.prepare(`SELECT f.rowid AS ref, s.section_id, s.kind, s.position, s.heading_ja, s.heading_en, s.body_ja, s.body_en,
        v.id AS version_id, v.number AS version_number, v.status AS version_status, p.id AS policy_id, p.kind AS policy_kind,
        p.title_ja, p.title_en, p.company_id, c.legal_name_ja AS company_name ${from} ${order} LIMIT 50`).all(...params);
    const total = Number(db.prepare(`SELECT count(*) FROM policy_sections_fts f WHERE ${where.join(' AND ')}`).pluck().get(...params));
    return { rows, total };
  };
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'appi-bench-search-'));
  try {
    const file = await seededWorkspace(SHAPE, dir);
    const core = await createCore({ workspacePath: file, userDataDir: path.join(dir, 'userdata'), osUser: 'bench' });
    const raw = new Database(file, { readonly: true });
    const search = rawSearch(raw);
    const sections = Number(raw.prepare('SELECT count(*) FROM policy_sections').pluck().get());
    const versions = Number(raw.prepare('SELECT count(*) FROM policy_versions').pluck().get());
    const rows: GoalRow[] = [];
    for (const query of QUERIES) {
      let totals = '';
      const samples = await samplePair(
        RUNS,
        async (i) => {
          const envelope = await core.dispatch('policies.search', { query, limit: 50 }, core.workspace().id);
          if (!envelope.ok) throw new Error(`${query}: ${JSON.stringify(envelope)}`);
          if (i === 0) {
            const value = envelope.value as { total: number; totalCapped: boolean };
            totals = `${value.total}${value.totalCapped ? '+' : ''}`;
          }
        },
        (i) => {
          const result = search(query);
          if (i === 0) totals += `/${result.total}`;
        },
      );
      process.stderr.write(`${query}\n`);
      rows.push({ case: `'${query}'`, goal: 'p95 ≤ 50 ms', service: samples.service, raw: samples.raw, met: percentile(samples.service, 95) <= 50, note: `total ${totals}` });
    }
    core.close();
    raw.close();
    printGoals(`Issue 11 item 6 — policies.search, page of 50 over ${versions} versions (${sections} sections); ${RUNS} runs each; ${machineLine()}`, rows);
    console.log('\nraw = the search as one statement before the short-word index (MATCH / LIKE, every hit joined, ranked and counted). Totals service/raw; "+" = capped at 1,000.');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error('benchmark failed:', error);
});
