import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createCore } from '../main/core/index';
import { createCompany } from '../main/core/companies/service';
import { asWritable } from '../main/core/store/connection';
import { insertEntry } from '../main/core/store/inventory';
import { containsPattern } from '../main/core/store/search';
import { openWorkspace } from '../main/core/store/workspace';
import { COUNT_CAP } from '../shared/contract/pagination';
import { companyInput } from '../shared/domain/company';
import { inventoryInput, type InventoryValues } from '../shared/domain/inventory';
import { machineLine, printGoals, ratioOf, samplePair, type GoalRow } from './support';

/**
 * Issue 14 item 7 — the personal-data inventory's list at 100k entries: a page of 100 through dispatch (zod, service,
 * row mapping, the page's items, the capped count) against the same query written by hand on a bare connection to the
 * same file (the page by the name index, its items in one statement, the count stopped at COUNT_CAP + 1), unfiltered,
 * by company, by a word and "due for review". Goal, as for the incident list: p95 ≤ 20 ms and within 1.2× of raw.
 * A benchmark, not a test: it prints and never fails.
 */
const ENTRIES = Number(process.env.BENCH_INVENTORY ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 60);
const COMPANIES = 100;
const NOW = '2026-12-29T01:00:00.000Z';
const TODAY = '2026-12-29';
const QUERY = '会員';
const WORDS = ['顧客名簿', '従業員名簿', '応募者情報', '会員情報', '問い合わせ履歴', '株主名簿', '名刺情報', '健康診断結果'];
const ITEMS = [['name', 'email'], ['name', 'address', 'phone'], ['name', 'healthCheck'], ['name', 'creditCard', 'purchaseHistory']] as const;

function entryOf(i: number, companyId: number): InventoryValues {
  return inventoryInput.parse({
    companyId,
    entryName: `${WORDS[i % WORDS.length]}${String(i).padStart(6, '0')}`,
    heldItems: ITEMS[i % ITEMS.length],
    peopleCount: (i * 37) % 50_000,
    purposes: ['商品の発送'],
    acquisition: 'direct_written',
    storageMedium: 'electronic',
    ownerDepartment: `部署${i % 20}`,
    lastReviewedOn: i % 3 === 0 ? null : `202${5 + (i % 2)}-${String((i % 12) + 1).padStart(2, '0')}-15`,
  });
}

/** The raw baseline: the same page (the columns a summary shows), items and capped count in hand-written prepared statements. */
function rawLister(db: Database.Database) {
  const page = (where: string) =>
    db.prepare(`SELECT e.id, e.company_id, c.legal_name_ja AS company_name, e.name, e.people_count, e.owner_department, e.last_reviewed_on,
                       e.next_review_on, e.revision
                FROM inventory_entries e JOIN companies c ON c.id = e.company_id
                ${where} ORDER BY ${where.includes('next_review_on') ? "coalesce(e.next_review_on, '0000-01-01'), e.id" : 'e.name, e.id'} LIMIT 100`);
  const count = (where: string) => db.prepare(`SELECT count(*) FROM (SELECT 1 FROM inventory_entries e ${where} LIMIT ${COUNT_CAP + 1})`).pluck();
  const items = db.prepare('SELECT entry_id, item FROM inventory_items WHERE entry_id IN (SELECT value FROM json_each(?))');
  const others = db.prepare('SELECT entry_id, label, sensitive FROM inventory_other_items WHERE entry_id IN (SELECT value FROM json_each(?))');
  const shapes = {
    all: [page(''), count('')],
    company: [page('WHERE e.company_id = ?'), count('WHERE e.company_id = ?')],
    query: [page("WHERE e.search_text LIKE ? ESCAPE '\\'"), count("WHERE e.search_text LIKE ? ESCAPE '\\'")],
    due: [page("WHERE coalesce(e.next_review_on, '0000-01-01') <= ?"), count("WHERE coalesce(e.next_review_on, '0000-01-01') <= ?")],
  } as const;
  return (shape: keyof typeof shapes, ...params: unknown[]) => {
    const [p, c] = shapes[shape];
    const rows = p.all(...params) as { id: number }[];
    const ids = JSON.stringify(rows.map((row) => row.id));
    items.all(ids);
    others.all(ids);
    return { rows, total: c.get(...params) };
  };
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'appi-bench-inventory-'));
  const file = path.join(dir, 'workspace.sqlite');
  try {
    const connection = await openWorkspace(file);
    const scope = { db: () => connection.db, actor: () => 'bench', now: () => new Date(NOW) };
    const companies = Array.from({ length: COMPANIES }, (_, i) => createCompany(scope, companyInput.parse({ legalNameJa: `会社${String(i).padStart(3, '0')}` })).id);
    const started = Date.now();
    // Seeded through the store's own insert (search text, derived review date, child rows), in one transaction.
    connection.db.transaction(() => {
      for (let i = 0; i < ENTRIES; i++) insertEntry(asWritable(connection.db), entryOf(i, companies[i % COMPANIES]!), NOW);
    })();
    console.log(`seeded ${ENTRIES.toLocaleString('en-US')} inventory entries in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    connection.close();

    const core = await createCore({ workspacePath: file, userDataDir: path.join(dir, 'userdata'), osUser: 'bench', now: () => new Date(NOW) });
    const raw = new Database(file, { readonly: true });
    const rawList = rawLister(raw);
    const id = core.workspace().id;
    const list = (input: Record<string, unknown>) => core.dispatch('inventory.list', { limit: 100, ...input }, id);
    const pattern = containsPattern(QUERY);
    const cases: [string, (i: number) => unknown, (i: number) => unknown][] = [
      ['page 1, no filter', () => list({}), () => rawList('all')],
      ['by company', (i) => list({ companyId: companies[i % COMPANIES] }), (i) => rawList('company', companies[i % COMPANIES])],
      [`by word (${QUERY})`, () => list({ query: QUERY }), () => rawList('query', pattern)],
      ['due for review', () => list({ reviewDue: true }), () => rawList('due', TODAY)],
    ];
    const rows: GoalRow[] = [];
    for (const [name, service, rawCall] of cases) {
      const sample = await samplePair(RUNS, service, rawCall);
      const p95 = [...sample.service].sort((a, b) => a - b)[Math.ceil(0.95 * sample.service.length) - 1]!;
      rows.push({
        case: `inventory.list ${name}, page of 100 of ${ENTRIES.toLocaleString('en-US')}`,
        goal: 'p95 ≤ 20 ms, ≤ 1.2× raw',
        service: sample.service,
        raw: sample.raw,
        met: p95 <= 20 && ratioOf(sample.service, sample.raw!, 95) <= 1.2,
      });
    }
    printGoals('Inventory list (issue 14 item 7)', rows);
    console.log(machineLine());
    raw.close();
    core.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

void main();
