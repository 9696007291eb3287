import { queryOne, queryValue, type ReadableDB } from './connection';
import { incidentsKnownIn } from './incident-known-days';
import { filterConditions, narrowing, phrase, searchWord, TRIGRAM_LENGTH, type IncidentFilter } from './incidents-filter';
import { sql, sqlJoin, sqlWhere, type SqlFragment } from './sql';

/**
 * How the incident list reads a filter at 100k incidents: through the trigram index or with a LIKE (textPlan), and a
 * day range by walking the deadline index or reading the range (dayRangePlan), from what is known without reading
 * the rows — how common the word is, how many incidents a company or a range holds. A plan choice changes the time
 * a page takes, never its rows.
 */

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

/**
 * The day range's plan when it needs no count of the matches: none to choose (no range, or sorted by day of knowing),
 * or a range whose incidents are known (textPlan's candidates) and so few that it is taken without weighing: the
 * walk's estimate alone is at least wanted × incidents / candidates entries, no fewer than the candidates, and the
 * range reads only those (at most √(wanted × incidents), ~3,200 for a page of 100 at 100k) — dayRangePlan's finer
 * costs could at most prefer a walk a few times shorter than so small a range.
 */
export function daysWithoutCount(db: ReadableDB, filter: IncidentFilter, candidates: number | undefined): 'range' | undefined {
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
