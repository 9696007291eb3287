import type { Verdict } from '../../../shared/appi/reportability';
import type { NotificationKind } from '../../../shared/domain/incident-notification';
import type { IncidentStatus } from '../../../shared/domain/incident-status';
import type { IncidentSummary } from '../../../shared/domain/incident-views';
import { queryAll, queryTuples, queryValue, type ReadableDB } from './connection';
import { deadlineKey, filterConditions, onlyNarrowing, statutory, type IncidentFilter } from './incidents-filter';
import { countSource, dayRangePlan, daysWithoutCount, textPlan, type TextPlan } from './incidents-list-plan';
import { sql, sqlWhere, type SqlFragment } from './sql';

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

/** The columns of SummaryRow, in its order. */
const selectSummary = sql`
  SELECT i.id, i.title, i.company_id, c.legal_name_ja AS company_name, i.status, i.breach_kind, i.certainty,
         i.known_at, i.reportable, i.triggers, i.next_deadline, i.next_deadline_kind, i.updated_at
  FROM incidents i JOIN companies c ON c.id = i.company_id`;

export function orderOf(sort: IncidentFilter['sort']): SqlFragment {
  return sort === 'knownAt' ? sql`ORDER BY i.known_at DESC, i.id DESC` : sql`ORDER BY ${deadlineKey}, i.id`;
}

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
