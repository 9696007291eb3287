import type { RuleId, RuleLevel } from './types';

/**
 * Each rule's level as appi.md §5's table gives it. Required: the law says the matter must be made known (Art.
 * 32(1), 27(2)–(6), 28, 21(3), 41, 43, 44; Telecommunications Business Act Art. 27-12) — "required when used"
 * rules answer "not applicable" when the practice is not stated. Recommended: conduct rules the policy need not
 * state (Art. 27(1) consent, Art. 20(2) sensitive information) and good practice (revisions): never a blocker.
 */
export const ruleLevelMap = {
  'business-identity': 'required',
  purposes: 'required',
  'requests-procedure': 'required',
  'request-fee': 'required',
  'security-measures': 'required',
  'complaint-desk': 'required',
  'authorized-organization': 'required',
  'third-party': 'recommended',
  'joint-use': 'required',
  'cross-border': 'required',
  'sensitive-consent': 'recommended',
  'external-transmission': 'required',
  revisions: 'recommended',
  'opt-out': 'required',
  'changed-purposes': 'required',
  'pseudonymised-anonymised': 'required',
} as const satisfies Record<RuleId, RuleLevel>;

export function ruleLevelOf(id: RuleId): RuleLevel {
  return ruleLevelMap[id];
}

/** The rules that stop publishing without an acknowledgement: required and missing. */
export function blockingRules<R extends { readonly level: RuleLevel; readonly status: string }>(results: readonly R[]): R[] {
  return results.filter((result) => result.level === 'required' && result.status === 'missing');
}
