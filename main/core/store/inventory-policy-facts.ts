import type { CheckerInventory } from '../../../shared/policy/checker/types';
import { queryAll, type ReadableDB } from './connection';
import { sql } from './sql';

/**
 * What a company's inventory (migration 0010) says that its privacy policy must state: the distinct purposes of use
 * (each with one entry that holds it), and the entries used jointly or provided abroad. Aggregated in SQL so a check
 * stays quick with a large inventory; capped, since a policy warning lists examples, not everything.
 */
const PURPOSE_CAP = 200;
const ENTRY_CAP = 10;

export function inventoryForChecker(db: ReadableDB, companyId: number): CheckerInventory {
  const purposes = queryAll<{ purpose: string; entry_name: string }>(
    db,
    sql`SELECT p.purpose, min(e.name) AS entry_name
        FROM inventory_purposes p JOIN inventory_entries e ON e.id = p.entry_id
        WHERE e.company_id = ${companyId}
        GROUP BY p.purpose ORDER BY min(e.name), p.purpose LIMIT ${PURPOSE_CAP}`,
  );
  const flagged = (flag: 'joint_use' | 'abroad') =>
    queryAll<{ name: string; note: string }>(
      db,
      flag === 'joint_use'
        ? sql`SELECT name, joint_use_note AS note FROM inventory_entries WHERE company_id = ${companyId} AND joint_use = 1 ORDER BY name, id LIMIT ${ENTRY_CAP}`
        : sql`SELECT name, abroad_note AS note FROM inventory_entries WHERE company_id = ${companyId} AND abroad = 1 ORDER BY name, id LIMIT ${ENTRY_CAP}`,
    );
  return {
    purposes: purposes.map((row) => ({ purpose: row.purpose, entryName: row.entry_name })),
    jointUse: flagged('joint_use').map((row) => ({ entryName: row.name, note: row.note })),
    abroad: flagged('abroad').map((row) => ({ entryName: row.name, note: row.note })),
  };
}
