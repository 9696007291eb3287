import { z } from 'zod';
import { isoDateField } from '../domain/incident-instant';
import { read } from './define';
import { exportResult } from './exports';
import { pageInput, pageOf } from './pagination';

export const auditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  operation: z.string(),
  summary: z.object({ ja: z.string(), en: z.string() }),
  entity: z.string(),
  entityId: z.number().int().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  /** The row's link in the hash chain (migration 0006). */
  hash: z.string(),
});
export type AuditEntry = z.infer<typeof auditEntry>;

/**
 * Which rows: an entity kind, one record, who, and a range of days in Japan time (both days included). The same
 * filters serve the list and the CSV export, so the file holds what the screen shows.
 */
const auditFilter = {
  entity: z.string().max(50).optional(),
  entityId: z.number().int().optional(),
  actor: z.string().max(200).optional(),
  from: isoDateField.optional(),
  to: isoDateField.optional(),
};
const refineRange = (value: { from?: string | undefined; to?: string | undefined }, ctx: z.RefinementCtx) => {
  if (value.from !== undefined && value.to !== undefined && value.to < value.from) {
    ctx.addIssue({ code: 'custom', message: 'dateOrder', path: ['to'] });
  }
};

/** The kinds of break `verify` reports; `message` says which, in words, with the row or record. */
export const verifyProblemKinds = [
  // The chain
  'edited_row',
  'missing_rows',
  'broken_link',
  'unchained_row',
  // Records against their last audit row
  'record_changed',
  'record_unaudited',
  'record_deleted',
  // The schema's protective triggers
  'trigger_missing',
  'trigger_altered',
  'trigger_unexpected',
  // A file this check cannot read as a current workspace
  'schema_outdated',
] as const;
export type VerifyProblemKind = (typeof verifyProblemKinds)[number];

export const verifyProblem = z.object({
  kind: z.enum(verifyProblemKinds),
  /** The audit row where the chain breaks, when the problem is in the chain. */
  auditId: z.number().int().nullable(),
  entity: z.string().nullable(),
  entityId: z.number().int().nullable(),
  /** e.g. the fields that differ, or the trigger's name. */
  detail: z.string(),
  message: z.object({ ja: z.string(), en: z.string() }),
});
export type VerifyProblem = z.infer<typeof verifyProblem>;

export const verifyReport = z.object({
  ok: z.boolean(),
  auditRows: z.number().int(),
  recordsChecked: z.number().int(),
  triggersChecked: z.number().int(),
  /** The last row of the chain: writing its hash down elsewhere lets a later check notice rows cut off the end. */
  head: z.object({ id: z.number().int(), hash: z.string() }).nullable(),
  /** In the order found: the chain first (by row), then records, then triggers; at most `limit`, with the total. */
  problems: z.array(verifyProblem),
  problemCount: z.number().int(),
});
export type VerifyReport = z.infer<typeof verifyReport>;

export const auditContract = {
  'audit.list': read(z.object({ ...pageInput, ...auditFilter }).strict().superRefine(refineRange), pageOf(auditEntry), {
    ja: '操作履歴の一覧',
    en: 'List the audit trail',
  }),
  'audit.actors': read(z.object({}).strict(), z.object({ items: z.array(z.string()) }), {
    ja: '操作履歴の操作者一覧',
    en: 'List who appears in the audit trail',
  }),
  'audit.exportCsv': read(
    z.object({ query: pageInput.query, ...auditFilter, lang: z.enum(['ja', 'en'], { error: 'invalidChoice' }).default('ja') }).strict().superRefine(refineRange),
    exportResult,
    { ja: '操作履歴をCSVで書き出す', en: 'Export the audit trail as CSV' },
  ),
  'audit.verify': read(z.object({}).strict(), verifyReport, { ja: '操作履歴の改ざん検査', en: 'Verify the audit trail' }),
};
