import { withMatchCache } from '../text';
import { checkedDocument } from './document';
import { resolveFacts } from './facts';
import { withInventoryWarnings } from './inventory';
import { checkChangedPurposes } from './rules/changed-purposes';
import { checkBusinessIdentity } from './rules/identity';
import { checkOptOut } from './rules/opt-out';
import { checkProcessedInformation } from './rules/processed-information';
import { checkCrossBorder } from './rules/cross-border';
import { checkAuthorizedOrganization, checkComplaintDesk } from './rules/desks';
import { checkExternalTransmission } from './rules/external-transmission';
import { checkJointUse } from './rules/joint-use';
import { checkPurposes } from './rules/purposes';
import { checkRequestFee, checkRequestsProcedure } from './rules/requests';
import { checkRevisions } from './rules/revisions';
import { checkSecurityMeasures } from './rules/security';
import { checkSensitiveConsent } from './rules/sensitive';
import { checkThirdParty } from './rules/third-party';
import type { CheckerInput, ResolvedFacts, RuleResult, RuleStatus } from './types';

export * from './types';
export { ruleCitations } from './citations';
export { blockingRules, ruleLevelMap, ruleLevelOf } from './levels';

/** Every rule of appi.md §5, in the order of the table. Pure: same input, same results. */
export function checkPolicy(input: CheckerInput): RuleResult[] {
  return checkPolicyWithFacts(input).rules;
}

/** The rules and the facts they used, from one reading of the text (reading it is most of a check's time). */
export function checkPolicyWithFacts(input: CheckerInput): { rules: RuleResult[]; facts: ResolvedFacts } {
  return withMatchCache(() => {
    const doc = checkedDocument(input);
    const facts = resolveFacts(doc, input.facts, input.previousSections);
    return { rules: withInventoryWarnings(checkRules(input, doc, facts), doc, facts, input.inventory), facts };
  });
}

function checkRules(input: CheckerInput, doc: ReturnType<typeof checkedDocument>, facts: ResolvedFacts): RuleResult[] {
  return [
    checkBusinessIdentity(doc, input.company),
    checkPurposes(doc, facts),
    checkRequestsProcedure(doc),
    checkRequestFee(doc),
    checkSecurityMeasures(doc, facts),
    checkComplaintDesk(doc),
    checkAuthorizedOrganization(doc, input.company),
    checkThirdParty(doc),
    checkJointUse(doc, facts),
    checkCrossBorder(doc, facts),
    checkSensitiveConsent(doc, facts),
    checkExternalTransmission(doc, facts),
    checkRevisions(doc, input.history),
    checkOptOut(doc, facts),
    checkChangedPurposes(doc, facts),
    checkProcessedInformation(doc, facts),
  ];
}

/** The facts the rules used (given or inferred), for the UI to show "we read joint use from section 7". */
export function checkerFacts(input: CheckerInput): ResolvedFacts {
  return withMatchCache(() => resolveFacts(checkedDocument(input), input.facts, input.previousSections));
}

export interface CheckerSummary {
  readonly total: number;
  readonly met: number;
  readonly missing: number;
  readonly na: number;
  readonly warnings: number;
  /** Required rules that are missing: what stops publishing without an acknowledgement. */
  readonly blocking: number;
}

export function checkerSummary(results: readonly RuleResult[]): CheckerSummary {
  const count = (status: RuleStatus) => results.filter((result) => result.status === status).length;
  return {
    total: results.length,
    met: count('met'),
    missing: count('missing'),
    na: count('na'),
    warnings: results.reduce((sum, result) => sum + result.warnings.length, 0),
    blocking: results.filter((result) => result.level === 'required' && result.status === 'missing').length,
  };
}
