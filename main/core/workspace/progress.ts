import type { WorkspaceProgress } from '../../../shared/contract/workspace';
import { queryValue, type ReadableDB } from '../store/connection';
import { sql } from '../store/sql';

/**
 * The start page's steps, each done once its first record exists: a company, a desk, a published policy, an
 * incident. Plain counts (one index walk each), cheap enough to ask on every visit.
 */
export function workspaceProgress(db: ReadableDB): WorkspaceProgress {
  const count = (query: ReturnType<typeof sql>) => queryValue<number>(db, query) ?? 0;
  return {
    companies: count(sql`SELECT count(*) FROM companies`),
    desks: count(sql`SELECT count(*) FROM desks`),
    policies: count(sql`SELECT count(*) FROM policies`),
    publishedPolicies: count(sql`SELECT count(DISTINCT policy_id) FROM policy_versions WHERE status = 'published'`),
    incidents: count(sql`SELECT count(*) FROM incidents`),
  };
}
