import { z } from 'zod';
import { isoDateField } from './incident-instant';
import { nextDueOn } from './register-dates';
import { idField, isoTimestamp, optionalText, requiredText, revisionField } from '../validation/fields';

/**
 * 委託先: a business that handles the company's personal data on its behalf. APPI Art. 25 makes the entrustor
 * supervise it; the PPC guideline (通則編 3-4-4) reads that as choosing a suitable entrustee, a contract with the
 * needed safety-measure clauses, and checking how it handles the data (periodic supervision, incl. re-entrustees).
 */
export const contractClauses = [
  'safety_measures', // 安全管理措置
  'confidentiality', // 秘密保持
  'purpose_limit', // 目的外利用の禁止
  're_entrustment', // 再委託の条件
  'breach_report', // 漏えい等事案の報告
  'audit_right', // 監査・報告徴収
  'return_deletion', // 契約終了時の返却・削除
  'reporting', // 取扱状況の定期報告
  'liability', // 違反時の措置・責任
] as const;
export type ContractClause = (typeof contractClauses)[number];

export const reEntrustments = ['none', 'prohibited', 'with_consent', 'exists'] as const;
export type ReEntrustment = (typeof reEntrustments)[number];

export const checkKinds = ['selection', 'periodic', 'ad_hoc'] as const;
export type CheckKind = (typeof checkKinds)[number];
export const checkMethods = ['questionnaire', 'on_site', 'document', 'certification', 'other'] as const;
export type CheckMethod = (typeof checkMethods)[number];
export const checkResults = ['suitable', 'needs_improvement', 'unsuitable'] as const;
export type CheckResult = (typeof checkResults)[number];

export const DEFAULT_CHECK_MONTHS = 12;

export const supervisionCheck = z
  .object({
    checkKind: z.enum(checkKinds, { error: 'invalidChoice' }),
    checkedOn: isoDateField,
    checkMethod: z.enum(checkMethods, { error: 'invalidChoice' }),
    checkResult: z.enum(checkResults, { error: 'invalidChoice' }),
    checkedBy: optionalText(200),
    checkNote: optionalText(1000),
    /** The next check this one set (e.g. sooner after "needs improvement"); null: after the entrustee's interval. */
    nextDueOn: isoDateField.nullable().default(null),
  })
  .strict();
export type SupervisionCheck = z.output<typeof supervisionCheck>;

const monthsField = z.number({ error: 'checkMonths' }).int({ error: 'checkMonths' }).min(1, { error: 'checkMonths' }).max(60, { error: 'checkMonths' });

const entrusteeFields = z.object({
  companyId: idField,
  entrusteeName: requiredText(200),
  entrusteeAddress: optionalText(400),
  entrusteeContact: optionalText(400),
  entrustedWork: optionalText(1000),
  contractOn: isoDateField.nullable().default(null),
  contractUntil: isoDateField.nullable().default(null),
  contractRef: optionalText(200),
  clauses: z.array(z.enum(contractClauses, { error: 'invalidChoice' })).max(contractClauses.length, { error: 'tooMany' }).default([]),
  reEntrustment: z.enum(reEntrustments, { error: 'invalidChoice' }).default('none'),
  reEntrustmentNote: optionalText(1000),
  checkMonths: monthsField.default(DEFAULT_CHECK_MONTHS),
  checks: z.array(supervisionCheck).max(200, { error: 'tooMany' }).default([]),
  /** The entrustment ended: no further checks are due. */
  endedOn: isoDateField.nullable().default(null),
  entrusteeNote: optionalText(2000),
});

function checkDates(
  value: { contractOn: string | null; contractUntil: string | null; reEntrustment: ReEntrustment; reEntrustmentNote: string; checks: SupervisionCheck[] },
  ctx: z.RefinementCtx,
) {
  if (value.contractOn !== null && value.contractUntil !== null && value.contractUntil < value.contractOn) {
    ctx.addIssue({ code: 'custom', message: 'dateOrder', path: ['contractUntil'] });
  }
  // A re-entrustee the entrustee uses must be named: its supervision is the entrustor's too (GL 3-4-4).
  if (value.reEntrustment === 'exists' && value.reEntrustmentNote === '') {
    ctx.addIssue({ code: 'custom', message: 'required', path: ['reEntrustmentNote'] });
  }
  value.checks.forEach((check, index) => {
    if (check.nextDueOn !== null && check.nextDueOn < check.checkedOn) {
      ctx.addIssue({ code: 'custom', message: 'dateOrder', path: ['checks', index, 'nextDueOn'] });
    }
  });
}

/** Clauses in the list's order; checks oldest first, so the latest is last and equal entrustees compare equal. */
function canonical<T extends { clauses: ContractClause[]; checks: SupervisionCheck[] }>(value: T): T {
  return {
    ...value,
    clauses: contractClauses.filter((clause) => value.clauses.includes(clause)),
    checks: value.checks
      .map((check, index) => ({ check, index }))
      .sort((a, b) => a.check.checkedOn.localeCompare(b.check.checkedOn) || a.index - b.index)
      .map(({ check }) => check),
  };
}

export const entrusteeInput = entrusteeFields.strict().superRefine(checkDates).transform(canonical);
export type EntrusteeInput = z.input<typeof entrusteeInput>;
export type EntrusteeValues = z.output<typeof entrusteeInput>;

export const entrusteeUpdateInput = entrusteeFields
  .extend({ id: idField, revision: revisionField })
  .strict()
  .superRefine(checkDates)
  .transform(canonical);

export const entrustee = entrusteeFields.extend({
  id: z.number().int(),
  revision: z.number().int(),
  companyName: z.string(),
  /** The inventory entries entrusted to it (set on the inventory entries). */
  entries: z.array(z.object({ id: z.number().int(), entryName: z.string() })),
  /** When the next supervision check is due; null when ended, or never checked (then due at once). */
  nextCheckOn: z.string().nullable(),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
});
export type Entrustee = z.output<typeof entrustee>;

/**
 * The next check: the latest check's own next date if it set one, else the latest check + the interval; none while
 * never checked (the selection check is missing: due at once) or after the entrustment ended.
 */
export function nextCheckOf(values: { checks: readonly SupervisionCheck[]; checkMonths: number; endedOn: string | null }): string | null {
  if (values.endedOn !== null) return null;
  const latest = values.checks.at(-1);
  if (!latest) return null;
  return latest.nextDueOn ?? nextDueOn(latest.checkedOn, values.checkMonths);
}

/** Never checked and not ended: the selection check itself is still owed. */
export function needsFirstCheck(values: { checks: readonly SupervisionCheck[]; endedOn: string | null }): boolean {
  return values.endedOn === null && values.checks.length === 0;
}
