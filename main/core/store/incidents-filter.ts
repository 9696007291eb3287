import type { Trigger, Verdict } from '../../../shared/appi/reportability';
import type { IncidentStatus } from '../../../shared/domain/incident-status';
import { isStatutoryKind, triggerBit } from './incidents';
import { containsPattern, foldQuery } from './search';
import { sql, sqlJoin, type SqlFragment } from './sql';

/**
 * What an incident-list filter selects, as SQL conditions on the incidents table (alias i): status, company, trigger,
 * verdict, days of knowing, the search text and "statutory deadline missed". How they are read is the plan's
 * (incidents-list-plan.ts); the rows they select are the same whatever plan reads them.
 */

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

/** A 速報 or 確報: the deadlines the list ranks first and the "statutory deadline missed" filter means. */
export const statutory = isStatutoryKind(sql`i.next_deadline_kind`);

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
export const TRIGRAM_LENGTH = 3;

/** Whether a company and a day range are all the filter asks: then its matches are the range's incidents (a filter missed here costs a plan choice, never a row). */
export function onlyNarrowing(filter: Omit<IncidentFilter, 'limit' | 'offset' | 'sort'>): boolean {
  return filter.query === '' && filter.status.length === 0 && filter.trigger === undefined && filter.reportable === undefined && filter.overdueOn === undefined;
}

/** The company and the day range: what the day-of-knowing indexes can seek to. */
export function narrowing(filter: Pick<IncidentFilter, 'companyId' | 'knownFrom' | 'knownTo'>): SqlFragment[] {
  const conditions: SqlFragment[] = [];
  if (filter.companyId !== undefined) conditions.push(sql`i.company_id = ${filter.companyId}`);
  conditions.push(...dayBounds(filter, sql`i.known_at`));
  return conditions;
}

/** The query as the LIKE pattern reads it (containsPattern): folded, controls as spaces, trimmed. */
export const searchWord = (query: string) => foldQuery(query).trim();

/** A quoted FTS5 phrase: under the trigram tokenizer, a substring search. */
export const phrase = (folded: string) => `"${folded.replace(/"/g, '""')}"`;

/** The LIKE decides in both plans, so the matches are exactly the LIKE's whatever the tokenizer does with a character. */
function textConditions(query: string, plan: 'index' | 'scan'): SqlFragment[] {
  const like = sql`i.search_text LIKE ${containsPattern(query)} ESCAPE '\\'`;
  const word = searchWord(query);
  if (plan === 'scan' || [...word].length < TRIGRAM_LENGTH) return [like];
  return [sql`i.id IN (SELECT rowid FROM incidents_fts WHERE incidents_fts MATCH ${phrase(word)})`, like];
}
