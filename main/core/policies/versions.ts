import type { RevisionEntry } from '../../../shared/domain/policy';
import { countDiff, diffSections, type PolicyDiff } from '../../../shared/domain/policy-diff';
import { revisionHistory } from '../../../shared/domain/policy-history';
import { priorHistoryOf } from '../../../shared/policy/history-dates';
import type { PolicyVersion } from '../../../shared/domain/policy-version';
import type { DataScope } from '../context';
import { fieldError } from '../service-errors';
import { listVersions } from '../store/policies-versions';
import { currentVersionId, mustGetPolicy, versionWithSections } from './read';

/** Reading versions: one with its sections, the diff of any two of one policy, and the revision history. */
export function getVersion(scope: DataScope, id: number): PolicyVersion {
  return versionWithSections(scope.db(), id);
}

export function diffVersions(scope: DataScope, fromVersionId: number, toVersionId: number): PolicyDiff {
  const db = scope.db();
  const from = versionWithSections(db, fromVersionId, ['fromVersionId']);
  const to = versionWithSections(db, toVersionId, ['toVersionId']);
  if (from.policyId !== to.policyId) {
    throw fieldError(['toVersionId'], { ja: '同じポリシーの版どうしを比較してください。', en: 'Compare two versions of the same policy.' });
  }
  const { sections: fromSections, ...fromSummary } = from;
  const { sections: toSections, ...toSummary } = to;
  const sections = diffSections(fromSections, toSections);
  return { from: fromSummary, to: toSummary, sections, counts: countDiff(sections) };
}

export function policyRevisionHistory(scope: DataScope, policyId: number): { entries: RevisionEntry[] } {
  const db = scope.db();
  mustGetPolicy(db, policyId, ['policyId']);
  // The dates stated for the time before are read from the version the editor opens (a draft may add them).
  const prior = priorHistoryOf(versionWithSections(db, currentVersionId(db, policyId)).sections);
  return { entries: revisionHistory(listVersions(db, policyId), prior) };
}
