import type { PolicySummary } from '../../../shared/domain/policy';
import type { PolicyKind } from '../../../shared/policy/vocabulary';
import { execute, queryAll, queryOne, queryValue, type ReadableDB, type WritableDB } from './connection';
import type { PolicyRow } from './policies-rows';
import { containsPattern, searchTextOf } from './search';
import { sql, sqlWhere, type SqlFragment } from './sql';

/**
 * The policies repository: the policy row (company, kind, title) and what a list shows of its versions. The
 * versions themselves are in policies-versions.ts, their sections in policies-sections-*.ts.
 */
type PolicyListRow = PolicyRow & {
  company_name: string;
  draft_version_id: number | null;
  published_id: number | null;
  published_number: number | null;
  published_effective_on: string | null;
  published_at: string | null;
  version_count: number;
  last_updated: string;
};

const selectPolicy = sql`
  SELECT p.*, c.legal_name_ja AS company_name,
    (SELECT v.id FROM policy_versions v WHERE v.policy_id = p.id AND v.status = 'draft') AS draft_version_id,
    lp.id AS published_id, lp.number AS published_number, lp.effective_on AS published_effective_on,
    lp.published_at AS published_at,
    (SELECT count(*) FROM policy_versions v WHERE v.policy_id = p.id) AS version_count,
    max(p.updated_at, coalesce((SELECT max(v.updated_at) FROM policy_versions v WHERE v.policy_id = p.id), '')) AS last_updated
  FROM policies p
  JOIN companies c ON c.id = p.company_id
  LEFT JOIN policy_versions lp ON lp.id = (
    SELECT v.id FROM policy_versions v WHERE v.policy_id = p.id AND v.status = 'published' ORDER BY v.number DESC LIMIT 1)`;

function summaryOf(row: PolicyListRow): PolicySummary {
  return {
    id: row.id,
    companyId: row.company_id,
    companyName: row.company_name,
    kind: row.kind as PolicyKind,
    titleJa: row.title_ja,
    titleEn: row.title_en,
    revision: row.revision,
    draftVersionId: row.draft_version_id,
    latestPublished:
      row.published_id === null
        ? null
        : {
            versionId: row.published_id,
            number: row.published_number ?? 0,
            effectiveOn: row.published_effective_on ?? '',
            publishedAt: row.published_at ?? '',
          },
    versionCount: row.version_count,
    createdAt: row.created_at,
    updatedAt: row.last_updated,
  };
}

export interface PolicyValues {
  companyId: number;
  kind: PolicyKind;
  titleJa: string;
  titleEn: string;
}

export function getPolicy(db: ReadableDB, id: number): PolicySummary | undefined {
  const row = queryOne<PolicyListRow>(db, sql`${selectPolicy} WHERE p.id = ${id}`);
  return row && summaryOf(row);
}

export interface PolicyFilter {
  query: string;
  limit: number;
  offset: number;
  companyId?: number | undefined;
}

/** Ordered by company (Japanese name), then title, then id so that pages are stable. The query matches titles. */
export function listPolicies(db: ReadableDB, filter: PolicyFilter): { items: PolicySummary[]; total: number } {
  const conditions: SqlFragment[] = [];
  if (filter.companyId !== undefined) conditions.push(sql`p.company_id = ${filter.companyId}`);
  if (filter.query !== '') conditions.push(sql`p.search_text LIKE ${containsPattern(filter.query)} ESCAPE '\\'`);
  const where = sqlWhere(conditions);
  const rows = queryAll<PolicyListRow>(
    db,
    sql`${selectPolicy} ${where} ORDER BY c.legal_name_ja, c.id, p.title_ja, p.id LIMIT ${filter.limit} OFFSET ${filter.offset}`,
  );
  const total = queryValue<number>(db, sql`SELECT count(*) FROM policies p ${where}`) ?? 0;
  return { items: rows.map(summaryOf), total };
}

const searchText = (values: PolicyValues) => searchTextOf([values.titleJa, values.titleEn]);

export function insertPolicy(db: WritableDB, values: PolicyValues, at: string): number {
  const result = execute(
    db,
    sql`INSERT INTO policies (company_id, kind, title_ja, title_en, search_text, revision, created_at, updated_at)
        VALUES (${values.companyId}, ${values.kind}, ${values.titleJa}, ${values.titleEn}, ${searchText(values)}, 1, ${at}, ${at})`,
  );
  return Number(result.lastInsertRowid);
}

/** Writes the values only if the stored revision is still `revision`; returns whether it did. */
export function updatePolicy(db: WritableDB, id: number, revision: number, values: PolicyValues, at: string): boolean {
  const result = execute(
    db,
    sql`UPDATE policies SET kind = ${values.kind}, title_ja = ${values.titleJa}, title_en = ${values.titleEn},
          search_text = ${searchText(values)}, revision = revision + 1, updated_at = ${at}
        WHERE id = ${id} AND revision = ${revision}`,
  );
  return result.changes === 1;
}

/** Its versions and sections go with it (cascade); the schema refuses it while a version is published. */
export function deletePolicy(db: WritableDB, id: number): boolean {
  return execute(db, sql`DELETE FROM policies WHERE id = ${id}`).changes === 1;
}
