import { queryAll, queryValue, type ReadableDB } from './connection';
import { shortWordQuery } from './policies-short-words';
import { containsPattern, foldQuery } from './search';
import { sql, sqlWhere, type SqlFragment } from './sql';

/**
 * Full-text search over every section of every version. The index holds folded text (NFKC, lower case; see
 * search.ts), so the words are folded the same way. Each word of three or more characters is a quoted phrase for
 * policy_sections_fts (FTS5 trigram: a phrase is a substring search); each shorter word is looked up in the
 * short-word index (policies-short-words.ts, migration 0011), and a LIKE over the same folded columns decides, so
 * the matches are exactly the LIKE's. Best matches (bm25 over the long words) first, then newest section; with
 * short words only, newest section first.
 *
 * The page is chosen from the indexes' rowids before any join (short words: the index streams rowids newest first
 * and stops at the page's end; long words: only the hits that pass every condition are ranked, and only the page
 * is kept in the sort), and the count stops at SEARCH_COUNT_CAP + 1: a common word (「目的」 in 20,000 sections)
 * used to be joined, sorted and counted in full, ~240 ms at 10k versions.
 */
export const TRIGRAM_LENGTH = 3;

/** Hits counted at most; past it the result says `totalCapped` and the UI shows "1,000+". */
export const SEARCH_COUNT_CAP = 1000;

export interface SectionSearch {
  query: string;
  limit: number;
  offset: number;
  companyId?: number | undefined;
  policyId?: number | undefined;
  /** Tests set the plan's thresholds low to reach every plan with a few sections. */
  tuning?: { countCap?: number; narrowScope?: number; fewHits?: number };
}

export interface SearchHitRow {
  ref: number;
  section_id: string;
  kind: string;
  position: number;
  heading_ja: string;
  heading_en: string;
  body_ja: string;
  body_en: string;
  version_id: number;
  version_number: number;
  version_status: string;
  policy_id: number;
  policy_kind: string;
  title_ja: string;
  title_en: string;
  company_id: number;
  company_name: string;
}

/** The words of a query, folded; each at most once. */
export function searchTerms(query: string): string[] {
  return [...new Set(foldQuery(query).split(/\s+/).filter((term) => term !== ''))];
}

/**
 * An FTS5 string: in double quotes, a double quote doubled. Inside one, FTS5 reads nothing as syntax (AND, OR,
 * NEAR(, *, ^, column:), and foldQuery has removed the NUL that could end it early.
 */
const quoted = (term: string) => `"${term.replace(/"/g, '""')}"`;

export interface SearchPage {
  rows: SearchHitRow[];
  total: number;
  totalCapped: boolean;
  mode: 'fts' | 'like';
}

/** A scope of at most this many sections is searched from its sections (a LIKE over each is cheap); a wider one from the indexes. */
const NARROW_SCOPE = 2000;

/** Long words found in at most this many sections: a short word beside them is a LIKE on each, not an index list. */
const FEW_HITS = 500;

interface Hit {
  ref: number;
  rank: number;
}

/**
 * Whether the short-word index alone decides a word: every character caseless (kanji, kana, digits, punctuation) or
 * a-z, so the tokenizer's own case folding cannot make it find more than the LIKE would. Otherwise the LIKE runs too.
 */
const decidedByIndex = (word: string) => [...word].every((ch) => /[a-z]/.test(ch) || (ch.toLowerCase() === ch && ch.toUpperCase() === ch));

function likeOf(term: string): SqlFragment {
  const pattern = containsPattern(term);
  return sql`(f.heading LIKE ${pattern} ESCAPE '\\' OR f.body LIKE ${pattern} ESCAPE '\\')`;
}

function scopeOwner(search: SectionSearch): SqlFragment[] {
  const owner: SqlFragment[] = [];
  if (search.companyId !== undefined) owner.push(sql`p.company_id = ${search.companyId}`);
  if (search.policyId !== undefined) owner.push(sql`p.id = ${search.policyId}`);
  return owner;
}

const sectionsOfPolicies = sql`policy_sections s JOIN policy_versions v ON v.id = s.version_id JOIN policies p ON p.id = v.policy_id`;

/**
 * The page's hits in order: by bm25 over the long words, ties newest first — `ORDER BY rank, rowid DESC` with the
 * LIMIT in the same statement. Not FTS5's own `ORDER BY rank`: that ranks every hit of the long words before any
 * other condition is applied and sorts them all, and the ties of the page's last rank (thousands in a corpus of
 * similar policies) had to be read out and sorted again. Here SQLite keeps only the page in its sorter and asks
 * for the rank of a row only once the row has passed every condition (the short words, the scope).
 */
function rankedPage(db: ReadableDB, from: SqlFragment, limit: number, offset: number): Hit[] {
  return queryAll<Hit>(db, sql`SELECT f.rowid AS ref, f.rank AS rank ${from} ORDER BY f.rank, f.rowid DESC LIMIT ${limit} OFFSET ${offset}`);
}

/**
 * Whether some short word is in no section at all: the short-word index finds every section the LIKE would (its
 * folding only adds matches), so a word it lacks means no hits — one lookup instead of ranking the long words' hits.
 */
const someWordAbsent = (db: ReadableDB, short: readonly string[]) =>
  short.some((term) => queryValue<number>(db, sql`SELECT 1 FROM policy_sections_short WHERE policy_sections_short MATCH ${shortWordQuery(term)} LIMIT 1`) === undefined);

export function searchSections(db: ReadableDB, search: SectionSearch): SearchPage {
  const terms = searchTerms(search.query);
  const long = terms.filter((term) => [...term].length >= TRIGRAM_LENGTH);
  const short = terms.filter((term) => [...term].length < TRIGRAM_LENGTH);
  const owner = scopeOwner(search);
  const { countCap = SEARCH_COUNT_CAP, narrowScope = NARROW_SCOPE, fewHits = FEW_HITS } = search.tuning ?? {};
  // A narrow scope (one policy's versions) is searched section by section, but only for short words: a long word's
  // bm25 rank needs the index's MATCH, which costs the same for one section as for all of them.
  const narrow =
    owner.length > 0 &&
    long.length === 0 &&
    (queryValue<number>(db, sql`SELECT count(*) FROM (SELECT 1 FROM ${sectionsOfPolicies} ${sqlWhere(owner)} LIMIT ${narrowScope + 1})`) ?? 0) <= narrowScope;
  if (!narrow && someWordAbsent(db, short)) return { rows: [], total: 0, totalCapped: false, mode: long.length > 0 ? 'fts' : 'like' };
  let from: SqlFragment;
  if (narrow || terms.length === 0) {
    // (No words: a query of characters that cannot be in text, read as spaces — every section, newest first.)
    const inScope = owner.length > 0 ? [sql`f.rowid IN (SELECT s.id FROM ${sectionsOfPolicies} ${sqlWhere(owner)})`] : [];
    from = sql`FROM policy_sections_fts f ${sqlWhere([...inScope, ...short.map(likeOf)])}`;
  } else {
    const shortMatch = short.length > 0 ? short.map(shortWordQuery).join(' AND ') : null;
    const likes = short.filter((term) => !decidedByIndex(term)).map(likeOf);
    if (long.length > 0) {
      const longMatch = sql`policy_sections_fts MATCH ${long.map(quoted).join(' AND ')}`;
      // The short words' sections as a rowid list (unary +: a filter on the ranked hits, never a lookup per hit) —
      // unless the long words have few hits, which a LIKE each decides sooner than listing a common short word.
      const rareLong = shortMatch !== null && (queryValue<number>(db, sql`SELECT count(*) FROM (SELECT 1 FROM policy_sections_fts WHERE ${longMatch} LIMIT ${fewHits + 1})`) ?? 0) <= fewHits;
      const shortFilter = shortMatch === null ? [] : rareLong ? short.map(likeOf) : [sql`+f.rowid IN (SELECT rowid FROM policy_sections_short WHERE policy_sections_short MATCH ${shortMatch})`, ...likes];
      const scope = owner.length > 0 ? [sql`EXISTS (SELECT 1 FROM ${sectionsOfPolicies} ${sqlWhere([sql`s.id = f.rowid`, ...owner])})`] : [];
      from = sql`FROM policy_sections_fts f ${sqlWhere([longMatch, ...shortFilter, ...scope])}`;
    } else {
      // Short words only: the short-word index hands its hits newest first, each read only when a LIKE is needed.
      const inScope = owner.length > 0 ? [sql`EXISTS (SELECT 1 FROM ${sectionsOfPolicies} ${sqlWhere([sql`s.id = sw.rowid`, ...owner])})`] : [];
      const read = likes.length > 0 ? sql`JOIN policy_sections_fts f ON f.rowid = sw.rowid` : sql``;
      from = sql`FROM policy_sections_short sw ${read} ${sqlWhere([sql`policy_sections_short MATCH ${shortMatch!}`, ...likes, ...inScope])}`;
    }
  }
  const key = !narrow && terms.length > 0 && long.length === 0 ? sql`sw.rowid` : sql`f.rowid`;
  const page: Hit[] =
    long.length > 0
      ? rankedPage(db, from, search.limit, search.offset)
      : queryAll<Hit>(db, sql`SELECT ${key} AS ref, 0 AS rank ${from} ORDER BY ${key} DESC LIMIT ${search.limit} OFFSET ${search.offset}`);
  const rows = rowsOf(db, page);
  const counted = queryValue<number>(db, sql`SELECT count(*) FROM (SELECT 1 ${from} LIMIT ${countCap + 1})`) ?? 0;
  return {
    rows,
    total: Math.min(counted, countCap),
    totalCapped: counted > countCap,
    mode: long.length > 0 ? 'fts' : 'like',
  };
}

/** The page's sections with their version, policy and company, in the page's order. */
function rowsOf(db: ReadableDB, page: readonly Hit[]): SearchHitRow[] {
  if (page.length === 0) return [];
  const found = queryAll<SearchHitRow>(
    db,
    sql`SELECT s.id AS ref, s.section_id, s.kind, s.position, s.heading_ja, s.heading_en, s.body_ja, s.body_en,
          v.id AS version_id, v.number AS version_number, v.status AS version_status,
          p.id AS policy_id, p.kind AS policy_kind, p.title_ja, p.title_en, p.company_id, c.legal_name_ja AS company_name
        FROM ${sectionsOfPolicies} JOIN companies c ON c.id = p.company_id
        WHERE s.id IN (SELECT value FROM json_each(${JSON.stringify(page.map((hit) => hit.ref))}))`,
  );
  const byRef = new Map(found.map((row) => [row.ref, row]));
  return page.map((hit) => byRef.get(hit.ref)).filter((row): row is SearchHitRow => row !== undefined);
}
