import type { Trigger, Verdict } from '../../../shared/appi/reportability';
import type { NotificationKind } from '../../../shared/domain/incident-notification';
import type { IncidentStatus } from '../../../shared/domain/incident-status';
import type { IncidentSummary } from '../../../shared/domain/incident-views';
import { queryAll, queryOne, queryTuples, queryValue, type ReadableDB } from './connection';
import { incidentsKnownIn } from './incident-known-days';
import { isStatutoryKind, triggerBit } from './incidents';
import { containsPattern, foldQuery } from './search';
import { sql, sqlJoin, sqlWhere, type SqlFragment } from './sql';

/**
 * The incident list and search: filters on indexed columns (status, company, day of knowing) and the stored next
 * deadline, so a page out of 100k incidents costs a short index walk. Rows carry no children and no assessment.
 */

/**
 * A summary row as its columns, in selectSummary's order: read as an array, not an object of named columns, since
 * building that object was a third of a page's time (100 rows at 100k: 0.31 → 0.21 ms); the view names them once.
 */
export type SummaryRow = readonly [
  id: number,
  title: string,
  companyId: number,
  companyName: string,
  status: IncidentStatus,
  breachKind: IncidentSummary['breachKind'],
  certainty: IncidentSummary['certainty'],
  knownAt: string,
  reportable: Verdict,
  triggerMask: number,
  nextDeadline: string | null,
  nextDeadlineKind: NotificationKind | null,
  updatedAt: string,
];

export interface IncidentFilter {
  query: string;
  limit: number;
  offset: number;
  status: readonly IncidentStatus[];
  companyId?: number | undefined;
  trigger?: Trigger | undefined;
  reportable?: Verdict | undefined;
  /** Japan-time days of knowing, inclusive. */
  knownFrom?: string | undefined;
  knownTo?: string | undefined;
  /** Only incidents whose statutory deadline (速報 limit, 確報 due date) passed before this Japan-time day. */
  overdueOn?: string | undefined;
  sort: 'nextDeadline' | 'knownAt';
  /**
   * Count at most this many and say so (the list's footer reads "10,000+"): counting every match of a broad
   * filter is a scan per keystroke. Left out, the count is exact (reports page through every incident).
   */
  countCap?: number | undefined;
}

/** None last: the same expression as the indexes in migration 0002, so SQLite walks them in order. */
export const deadlineKey = sql`coalesce(i.next_deadline, '9999-12-31')`;

/** The columns of SummaryRow, in its order. */
const selectSummary = sql`
  SELECT i.id, i.title, i.company_id, c.legal_name_ja AS company_name, i.status, i.breach_kind, i.certainty,
         i.known_at, i.reportable, i.triggers, i.next_deadline, i.next_deadline_kind, i.updated_at
  FROM incidents i JOIN companies c ON c.id = i.company_id`;

/**
 * `days: 'walk'` keeps the day range out of the day-of-knowing indexes (a unary + is a no-op on the value but not an
 * indexed column), so the deadline index is walked in order and the range checked inside it: see dayRangePlan.
 */
export function filterConditions(
  filter: Omit<IncidentFilter, 'limit' | 'offset' | 'sort'>,
  text: 'index' | 'scan' = 'scan',
  days: 'range' | 'walk' = 'range',
): SqlFragment[] {
  const conditions: SqlFragment[] = [];
  if (filter.status.length > 0) conditions.push(sql`i.status IN (${sqlJoin(filter.status.map((s) => sql`${s}`))})`);
  if (filter.companyId !== undefined) conditions.push(sql`i.company_id = ${filter.companyId}`);
  if (filter.trigger !== undefined) conditions.push(sql`(i.triggers & ${triggerBit(filter.trigger)}) <> 0`);
  if (filter.reportable !== undefined) conditions.push(sql`i.reportable = ${filter.reportable}`);
  conditions.push(...dayBounds(filter, days === 'range' ? sql`i.known_at` : sql`+i.known_at`));
  if (filter.query !== '') conditions.push(...textConditions(filter.query, text));
  // The stored next deadline is the earliest open statutory one when there is any (incidents.ts), so a missed
  // statutory deadline shows there; the key's range keeps the deadline index usable.
  if (filter.overdueOn !== undefined) {
    conditions.push(sql`${deadlineKey} < ${filter.overdueOn}`, statutory, sql`i.status <> 'closed'`);
  }
  return conditions;
}

/** Stored instants are all +09:00, so the Japan-time day bounds compare as text. */
function dayBounds(filter: Pick<IncidentFilter, 'knownFrom' | 'knownTo'>, knownAt: SqlFragment): SqlFragment[] {
  const bounds: SqlFragment[] = [];
  if (filter.knownFrom !== undefined) bounds.push(sql`${knownAt} >= ${`${filter.knownFrom}T00:00:00+09:00`}`);
  if (filter.knownTo !== undefined) bounds.push(sql`${knownAt} <= ${`${filter.knownTo}T23:59:59+09:00`}`);
  return bounds;
}

/** Trigrams need three characters: a shorter word can only be a LIKE over the rows the other filters leave. */
const TRIGRAM_LENGTH = 3;
/** A word found in at most this many incidents is looked up in the trigram index for the page; a commoner one is scanned for. */
const RARE_WORD = 1000;
/** Up to this many hits, the word's incidents are counted through the index too (a LIKE count would read every row). */
const COUNTED_WORD = 10_000;

export interface TextPlan {
  page: 'index' | 'scan';
  count: 'index' | 'scan';
  /** The incidents a company and a day range leave, when candidateCount knows their number (dayRangePlan reuses it). */
  candidates?: number;
  /** The matches among those candidates, when a company narrows: counted in the same read, so the list counts no more. */
  matches?: number;
}

/**
 * How the text filter runs. A rare word: through the trigram index (migration 0007), which hands over its few
 * incidents at once — a LIKE would scan all 100k to find them. A common word: a LIKE during the walk of the
 * deadline index, which meets a match every few rows and stops at the page's end — enumerating tens of thousands
 * of index hits and sorting them costs more. Between the two (up to COUNTED_WORD hits) the page is walked but the
 * count goes through the index, since a LIKE count would read every incident to find a few thousand. The word's
 * frequency in the index decides (wordFrequency) — unless a company or a day range leaves few incidents
 * (candidateCount): the LIKE over those costs less than asking the index.
 */
export function textPlan(db: ReadableDB, filter: Omit<IncidentFilter, 'limit' | 'offset' | 'sort'>): TextPlan {
  const folded = searchWord(filter.query);
  if ([...folded].length < TRIGRAM_LENGTH) return { page: 'scan', count: 'scan' };
  const { candidates, matches } = candidateCount(db, filter) ?? {};
  if (candidates !== undefined && candidates <= FEW_CANDIDATES) {
    return matches === undefined ? { page: 'scan', count: 'scan', candidates } : { page: 'scan', count: 'scan', candidates, matches };
  }
  const frequency = wordFrequency(db, phrase(folded));
  const plan: TextPlan = { page: frequency === 'rare' ? 'index' : 'scan', count: frequency === 'common' ? 'scan' : 'index' };
  return candidates === undefined ? plan : { ...plan, candidates };
}

/**
 * A word's hits in the trigram index: 'rare' up to RARE_WORD, 'counted' up to COUNTED_WORD, else 'common'. The index
 * hands hits over in rowid order, so the RARE_WORD + 1st hit from each end says how dense the word is there (at 100k,
 * ~0.1 ms each); when both ends are dense past COUNTED_WORD over the whole table, the word is common without counting
 * its hits (up to 10,001 streamed, ~0.6–1.6 ms). A word dense at one end only — one that came into use lately, say —
 * is counted, so a clustered word is not taken for a common one and its count read row by row.
 */
export function wordFrequency(db: ReadableDB, match: string): 'rare' | 'counted' | 'common' {
  const fromStart = queryValue<number>(db, sql`SELECT rowid FROM incidents_fts WHERE incidents_fts MATCH ${match} LIMIT 1 OFFSET ${RARE_WORD}`);
  if (fromStart === undefined) return 'rare';
  const lastId = queryValue<number>(db, sql`SELECT max(id) FROM incidents`) ?? 0;
  const denseOver = (span: number) => ((RARE_WORD + 1) * lastId) / Math.max(span, 1) > COUNTED_WORD;
  if (denseOver(fromStart)) {
    const fromEnd = queryValue<number>(db, sql`SELECT rowid FROM incidents_fts WHERE incidents_fts MATCH ${match} ORDER BY rowid DESC LIMIT 1 OFFSET ${RARE_WORD}`);
    if (fromEnd !== undefined && denseOver(lastId - fromEnd + 1)) return 'common';
  }
  const hits = queryValue<number>(db, sql`SELECT count(*) FROM (SELECT 1 FROM incidents_fts WHERE incidents_fts MATCH ${match} LIMIT ${COUNTED_WORD + 1})`) ?? 0;
  return hits <= COUNTED_WORD ? 'counted' : 'common';
}

/**
 * Up to this many incidents left by a company or a day range, the LIKE reads them all for less than the index
 * probe costs for a common word (~1.6 ms for 10,001 hits at 100k): a company's 1,000 incidents, 0.7 ms in all.
 */
const FEW_CANDIDATES = 3000;

/**
 * The incidents a company and a day range leave; none chosen: undefined. A day range alone is summed from the per-day
 * counts (incidentsKnownIn), exactly and without reading it. A company's are counted on its day-of-knowing index up
 * to FEW_CANDIDATES + 1, and the same read counts the matches among them: that index carries every filtered column
 * and the search text (migration 0012), so every other filter is decided there and a company's search needs no count
 * of its own (at 100k, 1,000 incidents: 0.11 ms for both, where the two reads took 0.21). Past FEW_CANDIDATES the
 * number is not exact and is left out.
 */
function candidateCount(db: ReadableDB, filter: Omit<IncidentFilter, 'limit' | 'offset' | 'sort'>): { candidates?: number; matches?: number } | undefined {
  if (filter.companyId === undefined && filter.knownFrom === undefined && filter.knownTo === undefined) return undefined;
  if (filter.companyId === undefined) return { candidates: incidentsKnownIn(db, filter) };
  const others = filterConditions({ ...filter, companyId: undefined, knownFrom: undefined, knownTo: undefined });
  const matching = others.length === 0 ? sql`1` : sqlJoin(others, sql` AND `);
  const counted = queryOne<{ candidates: number; matches: number }>(
    db,
    sql`SELECT count(*) AS candidates, count(m) AS matches
        FROM (SELECT CASE WHEN ${matching} THEN 1 END AS m FROM incidents i ${sqlWhere(narrowing(filter))} LIMIT ${FEW_CANDIDATES + 1})`,
  ) ?? { candidates: 0, matches: 0 };
  return counted.candidates <= FEW_CANDIDATES ? counted : {};
}

/** Whether a company and a day range are all the filter asks: then its matches are the range's incidents (a filter missed here costs a plan choice, never a row). */
function onlyNarrowing(filter: Omit<IncidentFilter, 'limit' | 'offset' | 'sort'>): boolean {
  return filter.query === '' && filter.status.length === 0 && filter.trigger === undefined && filter.reportable === undefined && filter.overdueOn === undefined;
}

/** The company and the day range: what the day-of-knowing indexes can seek to. */
function narrowing(filter: Pick<IncidentFilter, 'companyId' | 'knownFrom' | 'knownTo'>): SqlFragment[] {
  const conditions: SqlFragment[] = [];
  if (filter.companyId !== undefined) conditions.push(sql`i.company_id = ${filter.companyId}`);
  conditions.push(...dayBounds(filter, sql`i.known_at`));
  return conditions;
}

/** The query as the LIKE pattern reads it (containsPattern): folded, controls as spaces, trimmed. */
const searchWord = (query: string) => foldQuery(query).trim();

/** A quoted FTS5 phrase: under the trigram tokenizer, a substring search. */
const phrase = (folded: string) => `"${folded.replace(/"/g, '""')}"`;

/** The LIKE decides in both plans, so the matches are exactly the LIKE's whatever the tokenizer does with a character. */
function textConditions(query: string, plan: 'index' | 'scan'): SqlFragment[] {
  const like = sql`i.search_text LIKE ${containsPattern(query)} ESCAPE '\\'`;
  const word = searchWord(query);
  if (plan === 'scan' || [...word].length < TRIGRAM_LENGTH) return [like];
  return [sql`i.id IN (SELECT rowid FROM incidents_fts WHERE incidents_fts MATCH ${phrase(word)})`, like];
}

export function orderOf(sort: IncidentFilter['sort']): SqlFragment {
  return sort === 'knownAt' ? sql`ORDER BY i.known_at DESC, i.id DESC` : sql`ORDER BY ${deadlineKey}, i.id`;
}

const statutory = isStatutoryKind(sql`i.next_deadline_kind`);
const notStatutory = sql`(i.next_deadline_kind IS NULL OR NOT ${statutory})`;

/** The same order as byDeadline's two parts, in one sort. */
const statutoryFirst = sql`ORDER BY CASE WHEN ${statutory} THEN 0 ELSE 1 END, ${deadlineKey}, i.id`;

function page(db: ReadableDB, conditions: readonly SqlFragment[], order: SqlFragment, limit: number, offset: number): SummaryRow[] {
  if (limit <= 0) return [];
  return queryTuples<SummaryRow>(db, sql`${selectSummary} ${sqlWhere(conditions)} ${order} LIMIT ${limit} OFFSET ${offset}`);
}

/**
 * By next deadline, statutory deadlines rank above anything else: first the incidents whose stored deadline is a
 * 速報's or 確報's (overdue first), then those whose next is a notice's "promptly" yardstick or a planned date, then
 * those with nothing due. Two walks of the deadline index, one per part, each stopping at the page's end — where
 * one ORDER BY on the kind would sort every matching incident. Counting the first part is needed only for a page
 * that starts past it.
 */
function byDeadline(db: ReadableDB, conditions: readonly SqlFragment[], limit: number, offset: number): SummaryRow[] {
  const first = page(db, [...conditions, statutory], orderOf('nextDeadline'), limit, offset);
  if (first.length === limit) return first;
  const statutoryCount =
    first.length > 0 || offset === 0
      ? offset + first.length
      : (queryValue<number>(db, sql`SELECT count(*) FROM incidents i ${sqlWhere([...conditions, statutory])}`) ?? 0);
  return [...first, ...page(db, [...conditions, notStatutory], orderOf('nextDeadline'), limit - first.length, Math.max(0, offset - statutoryCount))];
}

type ListPage = { items: SummaryRow[]; total: number; totalCapped: boolean };

/**
 * The page, and the count the list shows. When the page's plan does not depend on how many incidents match (no day
 * range to weigh, or one known to be short), the page is read first: a page that is not full is its own count, so
 * a narrow search costs one statement. Otherwise the count comes first, since it says whether there is a page at
 * all and how far a walk in deadline order would go.
 */
export function listIncidents(db: ReadableDB, filter: IncidentFilter): ListPage {
  const plan: TextPlan = filter.query === '' ? { page: 'scan', count: 'scan' } : textPlan(db, filter);
  const counted = () =>
    plan.matches === undefined ? countOf(db, filterConditions(filter, plan.count), filter.countCap, countSource(filter, plan.count)) : capped(plan.matches, filter.countCap);
  if (filter.limit <= 0 || plan.matches === 0) return { items: [], ...counted() };
  const planned = daysWithoutCount(db, filter, plan.candidates);
  if (planned !== undefined) {
    const rows = pageRows(db, filter, plan.page, planned);
    return { items: rows, ...(countOfPage(filter, rows.length) ?? counted()) };
  }
  const count = counted();
  if (count.total === 0 && !count.totalCapped) return { items: [], ...count };
  const inRange = plan.candidates ?? (onlyNarrowing(filter) && !count.totalCapped ? count.total : undefined);
  const days = dayRangePlan(db, filter, count.total, filter.offset + filter.limit, inRange, filter.query !== '' && plan.page === 'scan', count.totalCapped);
  return { items: pageRows(db, filter, plan.page, days, count.total), ...count };
}

/**
 * A day range read from the day-of-knowing index is sorted whatever the order asked: one statement sorts both parts
 * of the deadline order, where byDeadline's two would read the range twice (a company's half year at 100k, 34
 * matches: 0.13 → 0.11 ms). Walked in deadline order, the two parts keep the walk from sorting. Many matches are
 * sorted as ids inside the index (sortedRange). `matches`: their number, when the count came first.
 */
function pageRows(db: ReadableDB, filter: IncidentFilter, text: TextPlan['page'], days: 'range' | 'walk', matches?: number): SummaryRow[] {
  const conditions = filterConditions(filter, text, days);
  if (filter.sort === 'knownAt') return page(db, conditions, orderOf('knownAt'), filter.limit, filter.offset);
  if (days === 'walk' || (filter.knownFrom === undefined && filter.knownTo === undefined)) return byDeadline(db, conditions, filter.limit, filter.offset);
  return matches !== undefined && matches > SORTED_IN_INDEX && text === 'scan'
    ? sortedRange(db, filter, conditions)
    : page(db, conditions, statutoryFirst, filter.limit, filter.offset);
}

/** Past this many matches, a day range's page sorts their ids inside the index before it reads any row. */
const SORTED_IN_INDEX = 1000;

/**
 * The page of a day range with many matches: the day-of-knowing indexes carry every filtered column and the search
 * text (migration 0012), so the matches are found and sorted as ids inside one, and only the page's rows are read
 * from the table — not every match's row, to be sorted with all its columns (a common word, status, a trigger and
 * half a year at 100k, 3,313 matches: 3.36 → 2.78 ms). With few matches the second step costs more than it saves
 * (247: 0.240 → 0.254 ms). A rare word's plan (the trigram index hands over its incidents) does not come here.
 */
function sortedRange(db: ReadableDB, filter: IncidentFilter, conditions: readonly SqlFragment[]): SummaryRow[] {
  const index = filter.companyId === undefined ? sql`incidents_by_known` : sql`incidents_by_company_known`;
  return queryTuples<SummaryRow>(
    db,
    sql`${selectSummary}
        WHERE i.id IN (SELECT i.id FROM incidents i INDEXED BY ${index} ${sqlWhere(conditions)} ${statutoryFirst} LIMIT ${filter.limit} OFFSET ${filter.offset})
        ${statutoryFirst}`,
  );
}

/** A page short of its limit ends the matches: offset + its rows, unless it is empty past the start (how many then?). */
function countOfPage(filter: IncidentFilter, rows: number): { total: number; totalCapped: boolean } | undefined {
  if (rows >= filter.limit || (rows === 0 && filter.offset > 0)) return undefined;
  return capped(filter.offset + rows, filter.countCap);
}

/**
 * The day range's plan when it needs no count of the matches: none to choose (no range, or sorted by day of knowing),
 * or a range whose incidents are known (textPlan's candidates) and too few for any walk to be shorter — the walk
 * reads at least wanted × incidents / candidates entries, and the range reads the candidates.
 */
function daysWithoutCount(db: ReadableDB, filter: IncidentFilter, candidates: number | undefined): 'range' | undefined {
  if (filter.sort !== 'nextDeadline' || (filter.knownFrom === undefined && filter.knownTo === undefined)) return 'range';
  if (candidates === undefined) return undefined;
  const incidents = queryValue<number>(db, sql`SELECT max(id) FROM incidents`) ?? 0;
  return candidates * candidates <= (filter.offset + filter.limit) * incidents ? 'range' : undefined;
}

/**
 * The cost of each step of the two plans, in entries of the deadline index decided in the index (0.046 µs each at
 * 100k, walking half the index): an entry walked whose word's LIKE needs the table row, since that index does not
 * carry the text (0.455 µs); an entry of the day-of-knowing index with the LIKE decided in it (0.112 µs); an id sorted
 * (0.065 µs: 25,000 ids sorted in 1.6 ms).
 */
const WALKED_ROW_READ = 10;
const RANGE_ENTRY_WITH_LIKE = 2.5;
const SORTED_ID = 1.4;

/**
 * A day range sorted by next deadline has two plans. Walking the deadline index in order, checking the range in the
 * index, reads about wanted × incidents / matches entries of the range's window before the page is full — after every
 * incident whose statutory deadline comes before the range, at most those known before it (a deadline follows the day
 * of knowing), whose number the per-day counts bound without reading them. Taking the range from the day-of-knowing
 * index reads every incident in it and sorts the matches (all of them, as far as anyone knows, when the count stopped
 * at its cap). The plan that costs less by the measures above is taken: half a year of two years' incidents at 100k,
 * every earlier one with its 速報 pending — the range for a common word, a trigger and 3,313 matches (the walk 7.0 ms,
 * the range 5.4 in the lists bench), the walk for 10,000 matches of no word. Ids bound the number of incidents from
 * above, so an uncertain case takes the range, whose cost is bounded by the range itself. With `likeReadsRows`, a
 * walked entry reads its table row for the word. The range's size is not counted again when known: textPlan's
 * candidates, the matches themselves when the company and the days are the only filters, or, without a company, the
 * per-day counts.
 */
export function dayRangePlan(
  db: ReadableDB,
  filter: Omit<IncidentFilter, 'limit' | 'offset' | 'sort'>,
  matches: number,
  wanted: number,
  inRangeCounted?: number,
  likeReadsRows = false,
  matchesCapped = false,
): 'range' | 'walk' {
  if (filter.knownFrom === undefined && filter.knownTo === undefined) return 'range';
  // No more matches than the page wants: the walk would read the whole index without filling it, the range a part of it.
  if (matches <= wanted) return 'range';
  const incidents = queryValue<number>(db, sql`SELECT max(id) FROM incidents`) ?? 0;
  const before = filter.knownFrom === undefined ? 0 : Math.max(0, incidents - incidentsKnownIn(db, { knownFrom: filter.knownFrom }));
  const walk = before + Math.ceil((wanted * incidents) / matches) * (likeReadsRows ? WALKED_ROW_READ : 1);
  const entry = likeReadsRows ? RANGE_ENTRY_WITH_LIKE : 1;
  const rangeCost = (inRange: number) => inRange * entry + (matchesCapped ? inRange : matches) * SORTED_ID;
  // The range holds every match and more.
  if (rangeCost(matches) > walk) return 'walk';
  const inRange =
    inRangeCounted ??
    (filter.companyId === undefined
      ? incidentsKnownIn(db, filter)
      : (queryValue<number>(db, sql`SELECT count(*) FROM (SELECT 1 FROM incidents i ${sqlWhere(narrowing(filter))} LIMIT ${Math.ceil(walk / entry) + 1})`) ?? 0));
  return rangeCost(inRange) > walk ? 'walk' : 'range';
}

/**
 * What a count reads. A text filter's LIKE count (a common or a short word) reads the day-of-knowing index, which
 * carries the search text and every filtered column (migration 0012): a company's own index when one is chosen,
 * else the whole one, named because the planner would walk the deadline index for a missed-deadline filter and read
 * a table row per incident at random (at 100k, a common word with that filter and the trigger: 41.6 → 9.7 ms).
 */
export function countSource(filter: Pick<IncidentFilter, 'query' | 'companyId'>, text: 'index' | 'scan'): SqlFragment {
  return filter.query !== '' && text === 'scan' && filter.companyId === undefined ? sql`incidents i INDEXED BY incidents_by_known` : sql`incidents i`;
}

/** Exact, or exact up to `cap` and then `cap` with totalCapped: the scan stops at the cap's next row. */
function countOf(db: ReadableDB, conditions: readonly SqlFragment[], cap: number | undefined, from: SqlFragment): { total: number; totalCapped: boolean } {
  if (cap === undefined) return { total: queryValue<number>(db, sql`SELECT count(*) FROM ${from} ${sqlWhere(conditions)}`) ?? 0, totalCapped: false };
  return capped(queryValue<number>(db, sql`SELECT count(*) FROM (SELECT 1 FROM ${from} ${sqlWhere(conditions)} LIMIT ${cap + 1})`) ?? 0, cap);
}

function capped(counted: number, cap: number | undefined): { total: number; totalCapped: boolean } {
  return cap !== undefined && counted > cap ? { total: cap, totalCapped: true } : { total: counted, totalCapped: false };
}

/** Incidents not closed whose statutory deadline passed before `today` (a Japan-time date). */
export function countOverdue(db: ReadableDB, today: string): number {
  return queryValue<number>(db, sql`SELECT count(*) FROM incidents i ${sqlWhere(filterConditions({ query: '', status: [], overdueOn: today }))}`) ?? 0;
}

/** Incidents per month of knowing (Japan time), from the first day of `fromMonth` ('YYYY-MM') on. */
export function countByMonth(db: ReadableDB, fromMonth: string): Map<string, number> {
  const rows = queryAll<{ month: string; count: number }>(
    db,
    sql`SELECT substr(i.known_at, 1, 7) AS month, count(*) AS count FROM incidents i
        WHERE i.known_at >= ${`${fromMonth}-01T00:00:00+09:00`} GROUP BY month`,
  );
  return new Map(rows.map((row) => [row.month, row.count]));
}

export interface ReportedRow {
  id: number;
  title: string;
  known_at: string;
  reportable: string;
  triggers: number;
}

/**
 * Incidents with a 速報 or 確報 sent, whatever their status (marking a report sent does not change it), most
 * recently known first: from the partial index of sent reports (migration 0013), so a workspace with few reported
 * incidents reads only those, then sorted — the sort costs as many incidents as were ever reported.
 */
export function reportedIncidents(db: ReadableDB, limit: number): ReportedRow[] {
  return queryAll<ReportedRow>(
    db,
    sql`SELECT i.id, i.title, i.known_at, i.reportable, i.triggers FROM incidents i
        WHERE i.id IN (SELECT n.incident_id FROM incident_notifications n
                       WHERE n.sent_at IS NOT NULL AND n.notification_kind IN ('ppc_preliminary', 'ppc_final'))
        ORDER BY i.known_at DESC, i.id DESC LIMIT ${limit}`,
  );
}
