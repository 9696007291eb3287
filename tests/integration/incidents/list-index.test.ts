import { describe, expect, it } from 'vitest';
import { asReadable, queryAll } from '../../../main/core/store/connection';
import { statutoryKinds } from '../../../shared/domain/incident-deadline-rank';
import { filterConditions } from '../../../main/core/store/incidents-filter';
import { listIncidents } from '../../../main/core/store/incidents-list';
import { countSource, dayRangePlan, textPlan, wordFrequency } from '../../../main/core/store/incidents-list-plan';
import { sql, sqlWhere } from '../../../main/core/store/sql';
import { containsPattern } from '../../../main/core/store/search';
import type { Core } from '../../../main/core/api';
import { call, sampleCompany } from '../core/helpers';
import { cardLeak, incidentCore, minorLoss, raw } from './helpers';

/**
 * The list through the trigram index (migration 0007) and with a capped count: every filter combination the UI
 * offers returns exactly the incidents the plain LIKE scan returned before, in every kind of word (three or more
 * characters, shorter, folded widths, LIKE and FTS5 syntax characters), and the index follows edits and deletes.
 */
const TODAY = '2026-12-29';
const titleWords = ['カード番号の漏えい', 'ＶＰＮ機器の侵害', '書類の紛失', '達成率100%の報告書', 'a_b系統の誤送信', '「"引用"」を含む件名', 'ｶｰﾄﾞ明細の誤送付'];
const queries = ['カード番号', 'vpn', '紛失', 'ｶｰﾄﾞ', '100%', 'a_b', '"引用"', 'の', '存在しない言葉', 'カード'];

async function seed(core: Core, companyId: number) {
  const beta = await call(core, 'companies.create', sampleCompany({ legalNameJa: 'ベータ株式会社' }));
  for (let i = 0; i < 42; i++) {
    const title = `${titleWords[i % titleWords.length]} ${i}`;
    const company = i % 3 === 0 ? beta.id : companyId;
    const day = String(1 + (i % 27)).padStart(2, '0');
    const knownAt = `2026-${i % 2 === 0 ? '11' : '12'}-${day}T10:00+09:00`;
    await call(
      core,
      'incidents.create',
      i % 4 === 3
        ? minorLoss(company, { title, knownAt, status: i % 8 === 7 ? 'closed' : 'open' })
        : cardLeak(company, { title, knownAt, occurredAt: null, discoveredAt: null, wrongfulPurpose: i % 5 === 0, status: i % 2 ? 'open' : 'contained' }),
    );
  }
  return beta.id;
}

interface Combo {
  query?: string;
  status?: ('open' | 'contained' | 'closed')[];
  companyId?: number;
  trigger?: 'wrongfulPurpose';
  knownFrom?: string;
  knownTo?: string;
  overdue?: boolean;
}

/** The list as the store answered it before the index: plain SQL, LIKE over every row, an exact count. */
function oracle(db: ReturnType<typeof raw>, f: Combo): number[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (f.status) {
    where.push(`status IN (${f.status.map(() => '?').join(', ')})`);
    params.push(...f.status);
  }
  if (f.companyId !== undefined) {
    where.push('company_id = ?');
    params.push(f.companyId);
  }
  if (f.trigger) where.push('(triggers & 4) <> 0');
  if (f.knownFrom) {
    where.push('known_at >= ?');
    params.push(`${f.knownFrom}T00:00:00+09:00`);
  }
  if (f.knownTo) {
    where.push('known_at <= ?');
    params.push(`${f.knownTo}T23:59:59+09:00`);
  }
  if (f.query) {
    where.push(`search_text LIKE ? ESCAPE '\\'`);
    params.push(containsPattern(f.query));
  }
  if (f.overdue) {
    where.push(`coalesce(next_deadline, '9999-12-31') < ? AND next_deadline_kind IN ('ppc_preliminary', 'ppc_final') AND status <> 'closed'`);
    params.push(TODAY);
  }
  const sql = `SELECT id FROM incidents ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id`;
  return db.prepare(sql).pluck().all(...params) as number[];
}

describe('the incident list through the trigram index', () => {
  it('returns exactly the LIKE scan’s incidents for every filter combination and kind of word', async () => {
    const { core, company, workspacePath } = await incidentCore();
    const beta = await seed(core, company.id);
    const db = raw(workspacePath);
    const dimensions: ((q: string) => Combo)[] = [
      (q) => ({ query: q }),
      () => ({ status: ['open', 'closed'] }),
      () => ({ companyId: beta }),
      () => ({ trigger: 'wrongfulPurpose' }),
      () => ({ knownFrom: '2026-11-05', knownTo: '2026-12-20' }),
      () => ({ overdue: true }),
    ];
    let compared = 0;
    let nonEmpty = 0;
    let countedWithCandidates = 0;
    for (let mask = 0; mask < 1 << dimensions.length; mask++) {
      for (const q of mask & 1 ? queries : ['']) {
        const combo = Object.assign({}, ...dimensions.filter((_, bit) => mask & (1 << bit)).map((make) => make(q))) as Combo;
        const page = await call(core, 'incidents.list', { ...combo, limit: 500 });
        const expected = oracle(db, combo);
        expect(page.items.map((item) => item.id).sort((a, b) => a - b), JSON.stringify(combo)).toEqual(expected);
        expect(page).toMatchObject({ total: expected.length, totalCapped: false });
        // Both plans of the text filter (the index for a rare word, the scan for a common one), both of the day range,
        // read as the count reads them (countSource), select the same rows.
        for (const plan of ['index', 'scan'] as const) {
          for (const days of ['range', 'walk'] as const) {
            const filter = { ...combo, query: combo.query ?? '', status: combo.status ?? [], overdueOn: combo.overdue ? TODAY : undefined };
            const conditions = filterConditions(filter, plan, days);
            const ids = queryAll<{ id: number }>(asReadable(db), sql`SELECT i.id FROM ${countSource(filter, plan)} ${sqlWhere(conditions)} ORDER BY i.id`).map((row) => row.id);
            expect(ids, `${plan} ${days} ${JSON.stringify(combo)}`).toEqual(expected);
          }
        }
        // A company's search counts its matches in the read that counts its incidents: that number is the list's count.
        if (combo.companyId !== undefined && [...(combo.query ?? '')].length >= 3) {
          const filter = { ...combo, query: combo.query ?? '', status: combo.status ?? [], overdueOn: combo.overdue ? TODAY : undefined };
          expect(textPlan(asReadable(db), filter).matches, JSON.stringify(combo)).toBe(expected.length);
          countedWithCandidates++;
        }
        compared++;
        if (expected.length > 0) nonEmpty++;
      }
    }
    expect(compared).toBe(32 + 32 * queries.length);
    expect(countedWithCandidates).toBeGreaterThan(100);
    // A company's few incidents are read by the LIKE without asking the trigram index, and their number is kept.
    expect(textPlan(asReadable(db), { query: 'カード番号', status: [], companyId: beta })).toEqual({
      page: 'scan',
      count: 'scan',
      candidates: oracle(db, { companyId: beta }).length,
      matches: oracle(db, { companyId: beta, query: 'カード番号' }).length,
    });
    // A day range alone is counted bare: its matches are left to the list's count.
    expect(textPlan(asReadable(db), { query: 'カード番号', status: [], knownFrom: '2026-11-05', knownTo: '2026-12-20' })).toEqual({
      page: 'scan',
      count: 'scan',
      candidates: oracle(db, { knownFrom: '2026-11-05', knownTo: '2026-12-20' }).length,
    });
    expect(textPlan(asReadable(db), { query: 'カード番号', status: [] })).toEqual({ page: 'index', count: 'index' });
    // The comparison means something only if most combinations find incidents.
    expect(nonEmpty).toBeGreaterThan(compared / 2);
    db.close();
  });

  it('follows an edited title and a deleted incident', async () => {
    const { core, company } = await incidentCore();
    const incident = await call(core, 'incidents.create', cardLeak(company.id, { title: '旧い件名の漏えい' }));
    const found = async (query: string) => (await call(core, 'incidents.list', { query })).items.map((item) => item.id);
    expect(await found('旧い件名')).toEqual([incident.id]);
    await call(core, 'incidents.update', { ...cardLeak(company.id, { title: '新しい件名の漏えい' }), id: incident.id, revision: incident.revision });
    expect(await found('旧い件名')).toEqual([]);
    expect(await found('新しい件名')).toEqual([incident.id]);
    const current = await call(core, 'incidents.get', { id: incident.id });
    await call(core, 'incidents.delete', { id: incident.id, revision: current.revision });
    expect(await found('新しい件名')).toEqual([]);
  });
});

describe('how common a typed word is', () => {
  /**
   * 30,000 incidents copied from one by SQL (the triggers keep the trigram index), each search text naming the words
   * it holds: one in every second incident, one in the first 3,000 only (a word dense at one end), one in every tenth
   * and one in 500. The decision reads at most a few index entries, yet a word dense at one end only is counted.
   */
  async function wordsWorkspace() {
    const { core, company, workspacePath } = await incidentCore();
    await call(core, 'incidents.create', cardLeak(company.id, { title: '型' }));
    const db = raw(workspacePath);
    const columns = (db.prepare("SELECT name FROM pragma_table_info('incidents') WHERE name NOT IN ('id', 'search_text')").pluck().all() as string[]).join(', ');
    db.exec(`
      WITH RECURSIVE n(k) AS (SELECT 2 UNION ALL SELECT k + 1 FROM n WHERE k < 30001)
      INSERT INTO incidents (id, search_text, ${columns})
      SELECT k, '件' || k || (CASE WHEN k % 2 = 0 THEN ' ありふれた語' ELSE '' END) || (CASE WHEN k <= 3000 THEN ' 初期だけの語' ELSE '' END)
                || (CASE WHEN k % 10 = 0 THEN ' 十件に一つの語' ELSE '' END) || (CASE WHEN k % 60 = 0 THEN ' まれな語' ELSE '' END), ${columns}
      FROM n, (SELECT ${columns} FROM incidents WHERE id = 1)`);
    return { db, readable: asReadable(db) };
  }
  const hits = (db: ReturnType<typeof raw>, word: string) => Number(db.prepare('SELECT count(*) FROM incidents_fts WHERE incidents_fts MATCH ?').pluck().get(`"${word}"`));

  it('tells a rare word, a counted one and a common one apart, a word dense at one end counted', async () => {
    const { db, readable } = await wordsWorkspace();
    expect([hits(db, 'ありふれた語'), hits(db, '初期だけの語'), hits(db, '十件に一つの語'), hits(db, 'まれな語')]).toEqual([15_000, 2_999, 3_000, 500]);
    expect(wordFrequency(readable, '"ありふれた語"')).toBe('common');
    expect(wordFrequency(readable, '"初期だけの語"')).toBe('counted');
    expect(wordFrequency(readable, '"十件に一つの語"')).toBe('counted');
    expect(wordFrequency(readable, '"まれな語"')).toBe('rare');
    expect(wordFrequency(readable, '"どこにもない語"')).toBe('rare');
    const plan = (query: string) => textPlan(readable, { query, status: [] });
    expect(plan('ありふれた語')).toEqual({ page: 'scan', count: 'scan' });
    expect(plan('初期だけの語')).toEqual({ page: 'scan', count: 'index' });
    expect(plan('まれな語')).toEqual({ page: 'index', count: 'index' });
    db.close();
  });
});

describe('the capped count', () => {
  it('is exact up to the cap, then the cap with totalCapped; without a cap (reports) it is exact', async () => {
    const { core, company, workspacePath } = await incidentCore();
    await seed(core, company.id);
    const rawDb = raw(workspacePath);
    const db = asReadable(rawDb);
    const filter = { query: '', status: [], sort: 'nextDeadline' as const, limit: 5, offset: 0 };
    expect(listIncidents(db, { ...filter, countCap: 42 })).toMatchObject({ total: 42, totalCapped: false });
    expect(listIncidents(db, { ...filter, countCap: 41 })).toMatchObject({ total: 41, totalCapped: true });
    expect(listIncidents(db, { ...filter, countCap: 10 })).toMatchObject({ total: 10, totalCapped: true });
    expect(listIncidents(db, { ...filter, query: 'カード番号', countCap: 10 })).toMatchObject({ total: 6, totalCapped: false });
    expect(listIncidents(db, filter)).toMatchObject({ total: 42, totalCapped: false });
    // The page itself is never cut by the cap.
    expect(listIncidents(db, { ...filter, countCap: 3, limit: 20 }).items).toHaveLength(20);
    db.close();
  });

  it('is read off a page short of its limit at any offset, and counted for an empty page past the end', async () => {
    const { core, company, workspacePath } = await incidentCore();
    await seed(core, company.id);
    const db = asReadable(raw(workspacePath));
    const filter = { query: '', status: [], sort: 'nextDeadline' as const, countCap: 10_000 };
    const shown = (limit: number, offset: number, more: object = {}) => {
      const page = listIncidents(db, { ...filter, limit, offset, ...more });
      return { items: page.items.length, total: page.total, totalCapped: page.totalCapped };
    };
    expect(shown(50, 0)).toEqual({ items: 42, total: 42, totalCapped: false });
    expect(shown(10, 40)).toEqual({ items: 2, total: 42, totalCapped: false });
    expect(shown(10, 50)).toEqual({ items: 0, total: 42, totalCapped: false });
    expect(shown(50, 0, { countCap: 30 })).toEqual({ items: 42, total: 30, totalCapped: true });
    expect(shown(10, 0, { query: '存在しない言葉' })).toEqual({ items: 0, total: 0, totalCapped: false });
    expect(shown(10, 0, { sort: 'knownAt', knownFrom: '2026-11-01', knownTo: '2026-11-30' })).toEqual({ items: 10, total: 21, totalCapped: false });
    db.close();
  });
});

describe('a day range sorted by next deadline', () => {
  /** The order the list promises: statutory deadlines first, then by deadline (none last), then by id. */
  function ordered(db: ReturnType<typeof raw>, f: Combo, limit: number, offset: number): number[] {
    const ids = oracle(db, f);
    const rows = db
      .prepare(
        `SELECT id FROM incidents WHERE id IN (${ids.join(', ') || 'NULL'})
         ORDER BY next_deadline_kind IN ('ppc_preliminary', 'ppc_final') DESC, coalesce(next_deadline, '9999-12-31'), id LIMIT ? OFFSET ?`,
      )
      .pluck()
      .all(limit, offset) as number[];
    return rows;
  }

  it('sorts many matches as ids inside the day-of-knowing index, in the promised order', async () => {
    // 30,000 incidents copied by SQL from one: ~50 known a day from 1 January 2025, deadlines 0–44 days after, a third
    // each 速報, a notice and nothing due; the word in two of three. Two months hold ~2,950 incidents, ~1,970 matching.
    const { core, company, workspacePath } = await incidentCore();
    await call(core, 'incidents.create', cardLeak(company.id, { title: '型' }));
    const db = raw(workspacePath);
    const columns = (
      db.prepare("SELECT name FROM pragma_table_info('incidents') WHERE name NOT IN ('id', 'search_text', 'known_at', 'next_deadline', 'next_deadline_kind')").pluck().all() as string[]
    ).join(', ');
    db.exec(`
      WITH RECURSIVE n(k) AS (SELECT 2 UNION ALL SELECT k + 1 FROM n WHERE k < 30001),
      d(k, day) AS (SELECT k, date('2025-01-01', '+' || (k % 600) || ' days') FROM n)
      INSERT INTO incidents (id, search_text, known_at, next_deadline, next_deadline_kind, ${columns})
      SELECT d.k, '件' || d.k || (CASE WHEN d.k % 3 <> 0 THEN ' ありふれた語' ELSE '' END), d.day || 'T10:00:00+09:00',
             CASE WHEN d.k % 3 = 2 THEN NULL ELSE date(d.day, '+' || (d.k % 45) || ' days') END,
             CASE d.k % 3 WHEN 0 THEN 'ppc_preliminary' WHEN 1 THEN 'individuals_notice' ELSE NULL END, ${columns}
      FROM d, (SELECT ${columns} FROM incidents WHERE id = 1)`);
    const readable = asReadable(db);
    const range = { knownFrom: '2026-01-01', knownTo: '2026-02-28' };
    const combos: Combo[] = [{ ...range, query: 'ありふれた語' }, { ...range, query: 'ありふれた語', companyId: company.id }, range, { ...range, companyId: company.id }];
    for (const combo of combos) {
      const total = oracle(db, combo).length;
      expect(total).toBeGreaterThan(1000);
      const filter = { ...combo, query: combo.query ?? '', status: [] };
      // The range is the plan (the walk would first pass the ~18,000 incidents known before it, and read a table row
      // for the word at each entry), with more than 1,000 to sort.
      const inRange = combo.query ? textPlan(readable, filter).candidates : total;
      expect(dayRangePlan(readable, filter, total, 100, inRange, combo.query !== undefined)).toBe('range');
      for (const offset of [0, 100, 1000, total - 50]) {
        const page = await call(core, 'incidents.list', { ...combo, sort: 'nextDeadline', limit: 100, offset });
        expect(page.total).toBe(total);
        expect(page.items.map((item) => item.id), `${JSON.stringify(combo)} at ${offset}`).toEqual(ordered(db, combo, 100, offset));
      }
    }
    db.close();
  });

  it('pages in the promised order whether it walks the deadline index or sorts the range', async () => {
    const { core, company, workspacePath } = await incidentCore();
    await seed(core, company.id);
    const db = raw(workspacePath);
    const readable = asReadable(db);
    const ranges = [
      { knownFrom: '2026-11-01', knownTo: '2026-12-31' },
      { knownFrom: '2026-11-05', knownTo: '2026-12-20' },
      { knownFrom: '2026-11-10', knownTo: '2026-11-10' },
      { knownFrom: '2026-12-15' },
      { knownTo: '2026-11-03' },
    ];
    const extras: Combo[] = [{}, { status: ['open'] }, { trigger: 'wrongfulPurpose' }, { query: 'カード' }, { companyId: company.id }];
    const plans = new Set<string>();
    for (const range of ranges) {
      for (const extra of extras) {
        const combo: Combo = { ...range, ...extra };
        for (const [limit, offset] of [[5, 0], [5, 5], [50, 0]] as const) {
          const page = await call(core, 'incidents.list', { ...combo, sort: 'nextDeadline', limit, offset });
          expect(page.items.map((item) => item.id), `${JSON.stringify(combo)} ${limit}/${offset}`).toEqual(ordered(db, combo, limit, offset));
          const filter = { ...combo, query: combo.query ?? '', status: combo.status ?? [] };
          plans.add(dayRangePlan(readable, filter, page.total, offset + limit));
        }
      }
    }
    // Both plans were taken, so both were compared with the oracle.
    expect([...plans].sort()).toEqual(['range', 'walk']);
    db.close();
  });

  it('walks a wide range of common matches and sorts a narrow one', async () => {
    const { core, company, workspacePath } = await incidentCore();
    await seed(core, company.id);
    const db = raw(workspacePath);
    const readable = asReadable(db);
    const wide = { knownFrom: '2026-11-01', knownTo: '2026-12-31' };
    const narrow = { knownFrom: '2026-11-10', knownTo: '2026-11-10' };
    expect(oracle(db, wide)).toHaveLength(42);
    expect(oracle(db, narrow).length).toBeLessThan(5);
    expect(dayRangePlan(readable, { ...wide, query: '', status: [] }, 42, 5)).toBe('walk');
    expect(dayRangePlan(readable, { ...narrow, query: '', status: [] }, oracle(db, narrow).length, 5)).toBe('range');
    // Without a day range there is nothing to choose.
    expect(dayRangePlan(readable, { query: '', status: [] }, 42, 5)).toBe('range');
    // A page wanting all the matches or more never fills on the walk: the range, whatever its size.
    expect(dayRangePlan(readable, { ...wide, query: '', status: [] }, 42, 42)).toBe('range');
    // More matches than the walk's length (5 × 42 / 42): the range, holding them all, is longer.
    expect(dayRangePlan(readable, { ...wide, query: '', status: [] }, 42, 5, 0)).toBe('walk');
    // Else the plans' costs decide, in entries of the deadline index: 10 matches and a page of 9 want a walk of about 38
    // entries; the range reads its incidents and sorts the 10 (1.4 an id): 42 + 14 against it, or, told it holds 15, 29.
    expect(dayRangePlan(readable, { ...wide, query: '', status: [] }, 10, 9)).toBe('walk');
    expect(dayRangePlan(readable, { ...wide, query: '', status: [] }, 10, 9, 42)).toBe('walk');
    expect(dayRangePlan(readable, { ...wide, query: '', status: [] }, 10, 9, 15)).toBe('range');
    // A word's LIKE, which the deadline index cannot decide, reads a table row at each entry walked (10 an entry): a
    // walk of about 9 entries costs 90, against a range of 20 entries with the LIKE decided in them (2.5 each) + 14.
    expect(dayRangePlan(readable, { ...wide, query: 'カード', status: [] }, 10, 2, 20)).toBe('walk');
    expect(dayRangePlan(readable, { ...wide, query: 'カード', status: [] }, 10, 2, 20, true)).toBe('range');
    // The walk passes first every incident whose statutory deadline comes before the range: at most those known
    // before it, 21 here for December (from the per-day counts). The same walk of 21 entries then costs 42, not 21,
    // against a range of 15 (+14): the range.
    const december = { knownFrom: '2026-12-01', knownTo: '2026-12-31', query: '', status: [] };
    expect(dayRangePlan(readable, { ...wide, query: '', status: [] }, 10, 5, 15)).toBe('walk');
    expect(dayRangePlan(readable, december, 10, 5, 15)).toBe('range');
    // A count stopped at its cap leaves the matches to sort unknown: the range's whole size is counted as sorted
    // (20 + 28 against 38, where 10 counted matches would cost 20 + 14).
    expect(dayRangePlan(readable, { ...wide, query: '', status: [] }, 10, 9, 20)).toBe('range');
    expect(dayRangePlan(readable, { ...wide, query: '', status: [] }, 10, 9, 20, false, true)).toBe('walk');
    db.close();
  });
});

describe('the dashboard’s reported incidents', () => {
  it('start from the partial index of sent statutory reports, whose kinds are the statutory ones', async () => {
    const { workspacePath } = await incidentCore();
    const db = raw(workspacePath);
    expect([...statutoryKinds].sort()).toEqual(['ppc_final', 'ppc_preliminary']);
    const plan = db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT i.id FROM incidents i
         WHERE i.id IN (SELECT n.incident_id FROM incident_notifications n
                        WHERE n.sent_at IS NOT NULL AND n.notification_kind IN ('ppc_preliminary', 'ppc_final'))
         ORDER BY i.known_at DESC, i.id DESC LIMIT 20`,
      )
      .all()
      .map((row) => (row as { detail: string }).detail)
      .join('; ');
    expect(plan).toContain('incident_notifications_sent_reports');
    db.close();
  });
});
