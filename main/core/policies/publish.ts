import type { PolicyVersionSummary, PublishInput } from '../../../shared/domain/policy-version';
import { audited } from '../audit/audited';
import type { DataScope } from '../context';
import { revisionConflict } from '../service-errors';
import { readVersionSections } from '../store/policies-sections-read';
import { latestPublishedIdOf, publishDraft } from '../store/policies-versions';
import { blockingRules } from '../../../shared/policy/checker';
import { unsetValues } from '../../../shared/policy/unset-values';
import { publishedDates, runChecker, sectionsInForce } from './check';
import { alreadyPublished, effectiveBeforePrevious, emptyDraft, missingRules, unsetValuesLeft } from './errors';
import { mustGetPolicy, mustGetVersion } from './read';
import { VERSION_ENTITY } from './write-helpers';

/**
 * Publishes a draft with its effective date and change summary. From then on the version is evidence: the
 * schema's triggers refuse any change to it or its sections (architecture rule 6). The checker runs first; if a
 * required matter of appi.md §5 is missing, publishing needs the user's confirmation (`acknowledgeWarnings`),
 * and the rules confirmed are recorded with the version — who published what, knowing which gaps.
 */
export function publishVersion(scope: DataScope, input: PublishInput): PolicyVersionSummary {
  return audited(scope, 'policyVersions.publish', (tx) => {
    const current = mustGetVersion(tx.db, input.versionId, ['versionId']);
    if (current.summary.status !== 'draft') throw alreadyPublished();
    if (current.summary.revision !== input.revision) throw revisionConflict();
    const policy = mustGetPolicy(tx.db, current.summary.policyId, ['versionId']);
    const sections = readVersionSections(tx.db, current.summary.id).map((stored) => stored.section);
    if (sections.length === 0) throw emptyDraft();
    // Never acknowledgeable: a gap marker is the tool's note to the author, not text a company publishes.
    const unset = unsetValues(sections);
    if (unset.length > 0) throw unsetValuesLeft(unset);

    // A revision (改定) takes effect no earlier than the version it replaces.
    const previousId = latestPublishedIdOf(tx.db, policy.id);
    const previous = previousId === undefined ? undefined : mustGetVersion(tx.db, previousId).summary;
    if (previous && input.effectiveOn < previous.effectiveOn) throw effectiveBeforePrevious(previous.effectiveOn);

    // Only required matters block (appi.md §5); recommended ones (revisions, third-party, sensitive-consent) never do.
    const history = [...publishedDates(tx.db, policy.id), input.effectiveOn];
    const missing = blockingRules(runChecker(tx.db, policy.companyId, sections, sectionsInForce(tx.db, policy.id), history));
    if (missing.length > 0 && !input.acknowledgeWarnings) throw missingRules(missing);

    const publication = {
      effectiveOn: input.effectiveOn,
      changeSummaryJa: input.changeSummaryJa,
      changeSummaryEn: input.changeSummaryEn,
      acknowledgedRuleIds: missing.map((rule) => rule.id),
    };
    if (!publishDraft(tx.db, current.summary.id, input.revision, publication, tx.at)) throw revisionConflict();
    const published = mustGetVersion(tx.db, current.summary.id).summary;
    tx.record({ entity: VERSION_ENTITY, entityId: published.id, before: current.summary, after: published });
    return published;
  });
}
