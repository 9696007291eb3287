import type { VerifyProblem, VerifyReport } from '../../../shared/contract/audit';
import { GENESIS_HASH } from '../store/audit-hash';
import { auditCount, eachChainRow, expectedTriggers, hasChainColumns, triggersOf } from '../store/audit-verify';
import type { ReadableDB } from '../store/connection';
import { LATEST_VERSION } from '../store/migrations';
import { problem } from './verify-messages';
import { verifyRecords } from './verify-records';

/**
 * Is the audit trail still evidence? Three checks, all reads:
 * 1. the chain: each row's hash over its stored bytes, its id following the last one, its prev_hash naming it;
 * 2. the records: each equals its newest audit row's "after" (verify-records.ts);
 * 3. the triggers that protect the audit log, sent notifications and published versions: each present, as the
 *    migrations define it, and no other.
 * Rows cut off the end of the chain leave no gap; the report's `head` is what to note elsewhere to catch that later.
 */
export const PROBLEM_LIMIT = 200;

interface Head {
  id: number;
  hash: string;
}

function verifyChain(db: ReadableDB): { problems: VerifyProblem[]; head: Head | null } {
  const problems: VerifyProblem[] = [];
  let previous: Head | null = null;
  for (const row of eachChainRow(db)) {
    const expectedId: number = (previous?.id ?? 0) + 1;
    if (row.id !== expectedId) {
      problems.push(problem('missing_rows', { auditId: row.id, from: expectedId, to: row.id - 1 }));
    } else if (row.prevHash !== (previous?.hash ?? GENESIS_HASH)) {
      problems.push(problem('broken_link', { auditId: row.id }));
    }
    if (row.hash !== row.computed) problems.push(problem('edited_row', { auditId: row.id }));
    previous = { id: row.id, hash: row.hash };
  }
  return { problems, head: previous };
}

const normalized = (text: string) => text.replace(/\s+/g, ' ').trim();

function verifyTriggers(db: ReadableDB): { problems: VerifyProblem[]; checked: number } {
  const expected = expectedTriggers();
  const actual = new Map(triggersOf(db).map((trigger) => [trigger.name, trigger]));
  const problems: VerifyProblem[] = [];
  for (const trigger of expected) {
    const found = actual.get(trigger.name);
    if (!found) problems.push(problem('trigger_missing', { detail: trigger.name, table: trigger.table }));
    else if (normalized(found.sql) !== normalized(trigger.sql)) problems.push(problem('trigger_altered', { detail: trigger.name, table: trigger.table }));
  }
  const known = new Set(expected.map((trigger) => trigger.name));
  for (const trigger of actual.values()) {
    if (!known.has(trigger.name)) problems.push(problem('trigger_unexpected', { detail: trigger.name, table: trigger.table }));
  }
  return { problems, checked: expected.length };
}

/** `version` is the file's schema version; a file not yet chained (older than 0006) cannot be verified. */
export function verifyWorkspace(db: ReadableDB, version: number = LATEST_VERSION, limit = PROBLEM_LIMIT): VerifyReport {
  if (version < LATEST_VERSION || !hasChainColumns(db)) {
    const outdated = problem('schema_outdated', { version, latest: LATEST_VERSION });
    return { ok: false, auditRows: 0, recordsChecked: 0, triggersChecked: 0, head: null, problems: [outdated], problemCount: 1 };
  }
  const chain = verifyChain(db);
  const records = verifyRecords(db);
  const triggers = verifyTriggers(db);
  const problems = [...chain.problems, ...records.problems, ...triggers.problems];
  return {
    ok: problems.length === 0,
    auditRows: auditCount(db),
    recordsChecked: records.checked,
    triggersChecked: triggers.checked,
    head: chain.head,
    problems: problems.slice(0, limit),
    problemCount: problems.length,
  };
}
