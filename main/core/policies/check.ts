import type { PolicyCheckResult, PolicyCheckValues } from '../../../shared/domain/policy-check';
import type { PolicyVersion } from '../../../shared/domain/policy-version';
import { checkerSummary, checkPolicy, checkPolicyWithFacts, type CheckerDesk, type CheckerInput, type PolicySection, type RuleResult } from '../../../shared/policy';
import type { DataScope } from '../context';
import { missingReference } from '../service-errors';
import { getCompany } from '../store/companies';
import type { ReadableDB } from '../store/connection';
import { getDesk } from '../store/desks';
import { inventoryForChecker } from '../store/inventory-policy-facts';
import { readVersionSections } from '../store/policies-sections-read';
import { latestPublishedIdOf, listVersions } from '../store/policies-versions';
import { notFoundOf } from './errors';
import { currentVersionId, mustGetPolicy, versionWithSections } from './read';

/**
 * The checker of shared/policy (appi.md §5) with what it needs from the workspace: the company record (for the
 * business's name, address and representative, Art. 32(1)(i), and its membership of an authorized organization,
 * Cabinet Order Art. 10) and the desk records the sections link (a linked desk is printed with the policy, so
 * what it says counts as said). The same function serves the editor's panel, publishing and the CLI.
 */
export function checkerInput(
  db: ReadableDB,
  companyId: number,
  sections: readonly PolicySection[],
  previousSections?: readonly PolicySection[],
  history?: readonly string[],
): CheckerInput {
  const company = getCompany(db, companyId);
  if (!company) throw missingReference(['companyId'], 'company');
  const ids = [...new Set(sections.flatMap((section) => ('deskIds' in section ? section.deskIds : [])))];
  // A link to a desk that no longer exists is left out; the checker reports it as a desk with no details.
  const desks: CheckerDesk[] = ids.flatMap((id) => getDesk(db, id) ?? []);
  // The company's inventory: purposes, joint use or provision abroad it holds that the policy does not state are warned (issue 14 item 5).
  const inventory = inventoryForChecker(db, companyId);
  return { sections, company, desks, inventory, ...(previousSections ? { previousSections } : {}), ...(history ? { history } : {}) };
}

/** The effective dates of the published versions, oldest first; with `upTo`, those up to that version number. */
export function publishedDates(db: ReadableDB, policyId: number, upTo?: number): string[] {
  return listVersions(db, policyId)
    .filter((version) => version.status === 'published' && (upTo === undefined || version.number <= upTo))
    .sort((a, b) => a.number - b.number)
    .map((version) => version.effectiveOn);
}

/** The sections in force (the latest published version), against which a draft's purposes are compared (Art. 21(3)). */
export function sectionsInForce(db: ReadableDB, policyId: number, exceptVersionId?: number): PolicySection[] | undefined {
  const id = latestPublishedIdOf(db, policyId);
  if (id === undefined || id === exceptVersionId) return undefined;
  return readVersionSections(db, id).map((stored) => stored.section);
}

export function runChecker(
  db: ReadableDB,
  companyId: number,
  sections: readonly PolicySection[],
  previousSections?: readonly PolicySection[],
  history?: readonly string[],
): RuleResult[] {
  return checkPolicy(checkerInput(db, companyId, sections, previousSections, history));
}

export function checkPolicyVersion(scope: DataScope, input: PolicyCheckValues): PolicyCheckResult {
  const db = scope.db();
  const policy = mustGetPolicy(db, input.policyId, ['policyId']);
  if (input.sections !== undefined) return checkedSections(db, policy, null, input.sections, publishedDates(db, policy.id));
  const version = versionWithSections(db, input.versionId ?? currentVersionId(db, policy.id), ['versionId']);
  if (version.policyId !== policy.id) throw notFoundOf('version', version.id, ['versionId']);
  return checkOfVersion(db, policy, version);
}

/** The check of a version already read (the editor's open reads its sections once for the page and the panel). */
export function checkOfVersion(db: ReadableDB, policy: PolicyRef, version: PolicyVersion): PolicyCheckResult {
  // A published version is read with the history as it printed then.
  const history = publishedDates(db, policy.id, version.status === 'published' ? version.number : undefined);
  return checkedSections(db, policy, version.id, version.sections, history);
}

type PolicyRef = { readonly id: number; readonly companyId: number };

function checkedSections(db: ReadableDB, policy: PolicyRef, versionId: number | null, sections: readonly PolicySection[], history: string[]): PolicyCheckResult {
  // A draft (or the editor's text) is compared with the version in force; a published version is not re-judged against itself.
  const context = checkerInput(db, policy.companyId, sections, sectionsInForce(db, policy.id, versionId ?? undefined), history);
  const { rules, facts } = checkPolicyWithFacts(context);
  return { versionId, rules, summary: checkerSummary(rules), facts };
}
