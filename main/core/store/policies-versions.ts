import type { PolicyVersionSummary, VersionStatus } from '../../../shared/domain/policy-version';
import type { RuleId } from '../../../shared/policy/checker/types';
import { execute, queryAll, queryOne, queryValue, type ReadableDB, type WritableDB } from './connection';
import type { PolicyVersionRow } from './policies-rows';
import { sql } from './sql';

/**
 * The policy versions repository. A draft is written by revision (optimistic concurrency); publishing turns it
 * into an immutable row — after that the schema's triggers refuse every change, so nothing here can alter it.
 */
type VersionListRow = PolicyVersionRow & { section_count: number; acknowledged: string | null };

const selectVersion = sql`
  SELECT v.*,
    (SELECT count(*) FROM policy_sections s WHERE s.version_id = v.id) AS section_count,
    (SELECT json_group_array(rule_id) FROM (
       SELECT rule_id FROM policy_version_acknowledgements a WHERE a.version_id = v.id ORDER BY rule_id)) AS acknowledged
  FROM policy_versions v`;

function summaryOf(row: VersionListRow): PolicyVersionSummary {
  return {
    id: row.id,
    policyId: row.policy_id,
    number: row.number,
    status: row.status as VersionStatus,
    effectiveOn: row.effective_on ?? '',
    changeSummaryJa: row.change_summary_ja,
    changeSummaryEn: row.change_summary_en,
    acknowledgedRuleIds: row.acknowledged === null ? [] : (JSON.parse(row.acknowledged) as RuleId[]),
    basedOnVersionId: row.based_on_version_id,
    sectionCount: row.section_count,
    revision: row.revision,
    publishedAt: row.published_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export interface StoredVersion {
  summary: PolicyVersionSummary;
  /** Over the ordered section hashes: equal hashes, equal content. */
  contentHash: string;
}

export function getVersion(db: ReadableDB, id: number): StoredVersion | undefined {
  const row = queryOne<VersionListRow>(db, sql`${selectVersion} WHERE v.id = ${id}`);
  return row && { summary: summaryOf(row), contentHash: row.content_hash };
}

/** Oldest first. */
export function listVersions(db: ReadableDB, policyId: number): PolicyVersionSummary[] {
  return queryAll<VersionListRow>(db, sql`${selectVersion} WHERE v.policy_id = ${policyId} ORDER BY v.number`).map(summaryOf);
}

export function draftIdOf(db: ReadableDB, policyId: number): number | undefined {
  return queryValue<number>(db, sql`SELECT id FROM policy_versions WHERE policy_id = ${policyId} AND status = 'draft'`);
}

export function latestPublishedIdOf(db: ReadableDB, policyId: number): number | undefined {
  return queryValue<number>(
    db,
    sql`SELECT id FROM policy_versions WHERE policy_id = ${policyId} AND status = 'published' ORDER BY number DESC LIMIT 1`,
  );
}

export interface NewVersion {
  policyId: number;
  basedOnVersionId: number | null;
  contentHash: string;
}

/** A draft numbered after every version the policy has. */
export function insertDraft(db: WritableDB, values: NewVersion, at: string): number {
  const number =
    (queryValue<number>(db, sql`SELECT coalesce(max(number), 0) FROM policy_versions WHERE policy_id = ${values.policyId}`) ?? 0) + 1;
  const result = execute(
    db,
    sql`INSERT INTO policy_versions (policy_id, number, status, based_on_version_id, content_hash, revision, created_at, updated_at)
        VALUES (${values.policyId}, ${number}, 'draft', ${values.basedOnVersionId}, ${values.contentHash}, 1, ${at}, ${at})`,
  );
  return Number(result.lastInsertRowid);
}

/** A new revision of a draft after its sections were written; false if another save came first. */
export function bumpDraft(db: WritableDB, id: number, revision: number, contentHash: string, at: string): boolean {
  const result = execute(
    db,
    sql`UPDATE policy_versions SET content_hash = ${contentHash}, revision = revision + 1, updated_at = ${at}
        WHERE id = ${id} AND revision = ${revision} AND status = 'draft'`,
  );
  return result.changes === 1;
}

export interface Publication {
  effectiveOn: string;
  changeSummaryJa: string;
  changeSummaryEn: string;
  acknowledgedRuleIds: readonly RuleId[];
}

/**
 * Publishes a draft: the acknowledgements first (allowed while it is a draft), then the status. From here on the
 * triggers keep the row, its sections and its acknowledgements as they are. False if the revision moved on.
 */
export function publishDraft(db: WritableDB, id: number, revision: number, values: Publication, at: string): boolean {
  for (const ruleId of values.acknowledgedRuleIds) {
    execute(db, sql`INSERT INTO policy_version_acknowledgements (version_id, rule_id) VALUES (${id}, ${ruleId})`);
  }
  const result = execute(
    db,
    sql`UPDATE policy_versions SET status = 'published', effective_on = ${values.effectiveOn},
          change_summary_ja = ${values.changeSummaryJa}, change_summary_en = ${values.changeSummaryEn},
          published_at = ${at}, revision = revision + 1, updated_at = ${at}
        WHERE id = ${id} AND revision = ${revision} AND status = 'draft'`,
  );
  return result.changes === 1;
}

export function deleteDraft(db: WritableDB, id: number): boolean {
  return execute(db, sql`DELETE FROM policy_versions WHERE id = ${id} AND status = 'draft'`).changes === 1;
}
