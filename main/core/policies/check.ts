import type { PolicyCheckResult, PolicyCheckValues } from '../../../shared/domain/policy-check';
import { checkerFacts, checkerSummary, checkPolicy, type CheckerDesk, type CheckerInput, type PolicySection, type RuleResult } from '../../../shared/policy';
import type { DataScope } from '../context';
import { missingReference } from '../service-errors';
import { getCompany } from '../store/companies';
import type { ReadableDB } from '../store/connection';
import { getDesk } from '../store/desks';
import { notFoundOf } from './errors';
import { currentVersionId, mustGetPolicy, versionWithSections } from './read';

/**
 * The checker of shared/policy (appi.md §5) with what it needs from the workspace: the company record (for the
 * business's name, address and representative, Art. 32(1)(i), and its membership of an authorized organization,
 * Cabinet Order Art. 10) and the desk records the sections link (a linked desk is printed with the policy, so
 * what it says counts as said). The same function serves the editor's panel, publishing and the CLI.
 */
export function checkerInput(db: ReadableDB, companyId: number, sections: readonly PolicySection[]): CheckerInput {
  const company = getCompany(db, companyId);
  if (!company) throw missingReference(['companyId'], 'company');
  const ids = [...new Set(sections.flatMap((section) => ('deskIds' in section ? section.deskIds : [])))];
  // A link to a desk that no longer exists is left out; the checker reports it as a desk with no details.
  const desks: CheckerDesk[] = ids.flatMap((id) => getDesk(db, id) ?? []);
  return { sections, company, desks };
}

export function runChecker(db: ReadableDB, companyId: number, sections: readonly PolicySection[]): RuleResult[] {
  return checkPolicy(checkerInput(db, companyId, sections));
}

export function checkPolicyVersion(scope: DataScope, input: PolicyCheckValues): PolicyCheckResult {
  const db = scope.db();
  const policy = mustGetPolicy(db, input.policyId, ['policyId']);
  let versionId: number | null = null;
  let sections: readonly PolicySection[];
  if (input.sections !== undefined) {
    sections = input.sections;
  } else {
    const version = versionWithSections(db, input.versionId ?? currentVersionId(db, policy.id), ['versionId']);
    if (version.policyId !== policy.id) throw notFoundOf('version', version.id, ['versionId']);
    versionId = version.id;
    sections = version.sections;
  }
  const context = checkerInput(db, policy.companyId, sections);
  const rules = checkPolicy(context);
  return { versionId, rules, summary: checkerSummary(rules), facts: checkerFacts(context) };
}
