import { queryAll, queryValue, type ReadableDB } from './connection';
import { containsPattern, foldQuery } from './search';
import { sql, sqlJoin, sqlWhere, type SqlFragment } from './sql';

/**
 * Full-text search over every section of every version (policy_sections_fts, FTS5 with the trigram tokenizer).
 * The index holds folded text (NFKC, lower case; see search.ts), so the words are folded the same way. Each word
 * of three or more characters is a quoted phrase for MATCH (a phrase is a substring search under trigram); a
 * shorter word cannot be looked up in a trigram index, so it becomes a LIKE over the same indexed columns — and
 * when every word is short, the whole search is that scan. Best matches (bm25) first, then newest section.
 */
export const TRIGRAM_LENGTH = 3;

export interface SectionSearch {
  query: string;
  limit: number;
  offset: number;
  companyId?: number | undefined;
  policyId?: number | undefined;
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

export function searchSections(db: ReadableDB, search: SectionSearch): { rows: SearchHitRow[]; total: number; mode: 'fts' | 'like' } {
  const terms = searchTerms(search.query);
  const long = terms.filter((term) => [...term].length >= TRIGRAM_LENGTH);
  const short = terms.filter((term) => [...term].length < TRIGRAM_LENGTH);
  const conditions: SqlFragment[] = [];
  if (long.length > 0) conditions.push(sql`policy_sections_fts MATCH ${long.map(quoted).join(' AND ')}`);
  for (const term of short) {
    const pattern = containsPattern(term);
    conditions.push(sql`(f.heading LIKE ${pattern} ESCAPE '\\' OR f.body LIKE ${pattern} ESCAPE '\\')`);
  }
  const scoped: SqlFragment[] = [];
  if (search.companyId !== undefined) scoped.push(sql`p.company_id = ${search.companyId}`);
  if (search.policyId !== undefined) scoped.push(sql`p.id = ${search.policyId}`);
  const where = sqlWhere([...conditions, ...scoped]);
  const order = long.length > 0 ? sql`ORDER BY f.rank, s.id DESC` : sql`ORDER BY s.id DESC`;
  const joins = sql`
    JOIN policy_sections s ON s.id = f.rowid
    JOIN policy_versions v ON v.id = s.version_id
    JOIN policies p ON p.id = v.policy_id`;
  const rows = queryAll<SearchHitRow>(
    db,
    sql`SELECT f.rowid AS ref, s.section_id, s.kind, s.position, s.heading_ja, s.heading_en, s.body_ja, s.body_en,
          v.id AS version_id, v.number AS version_number, v.status AS version_status,
          p.id AS policy_id, p.kind AS policy_kind, p.title_ja, p.title_en, p.company_id, c.legal_name_ja AS company_name
        FROM policy_sections_fts f ${joins}
        JOIN companies c ON c.id = p.company_id
        ${where} ${order} LIMIT ${search.limit} OFFSET ${search.offset}`,
  );
  // Without a scope the count needs no joins: the index alone answers it.
  const countFrom = scoped.length === 0 ? sql`policy_sections_fts f` : sqlJoin([sql`policy_sections_fts f`, joins], sql` `);
  const total = queryValue<number>(db, sql`SELECT count(*) FROM ${countFrom} ${where}`) ?? 0;
  return { rows, total, mode: long.length > 0 ? 'fts' : 'like' };
}
