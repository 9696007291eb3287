import type { ParsedInput } from '../../../shared/contract';
import type { PolicyCreateValues, PolicyDetail, PolicyUpdateValues } from '../../../shared/domain/policy';
import type { ImportSaveValues } from '../../../shared/domain/policy-import';
import { policyKindLabels, type PolicyKind, type PolicySection } from '../../../shared/policy';
import { audited } from '../audit/audited';
import type { DataScope } from '../context';
import { missingReference, revisionConflict } from '../service-errors';
import { getCompany } from '../store/companies';
import * as policies from '../store/policies';
import { insertSection, type SectionToWrite } from '../store/policies-sections-write';
import { readVersionSections } from '../store/policies-sections-read';
import { draftIdOf, insertDraft, listVersions } from '../store/policies-versions';
import type { WriteTx } from '../store/write';
import { hasPublished } from './errors';
import { mustGetPolicy, policyDetail } from './read';
import { documentFromTemplate } from './templates';
import { checkLinkedDesks, hashed, hashOfList, POLICY_ENTITY, policySnapshot } from './write-helpers';

/**
 * Policies: list, open, create (from a template filled from the company and its desks, from given sections, or
 * empty), change title and kind, and delete while nothing was published. Each new policy opens with a draft.
 */
export function listPolicies(scope: DataScope, input: ParsedInput<'policies.list'>) {
  return policies.listPolicies(scope.db(), input);
}

export function getPolicy(scope: DataScope, id: number): PolicyDetail {
  return policyDetail(scope.db(), id);
}

export interface NewPolicy {
  companyId: number;
  kind: PolicyKind;
  titleJa: string;
  titleEn: string;
  sections: readonly PolicySection[];
}

/** Records a policy and its first draft inside a write: create, import and the benchmark's seeding share it. */
export function createPolicyIn(tx: WriteTx, values: NewPolicy, list: readonly SectionToWrite[] = hashed(values.sections)) {
  const policyId = policies.insertPolicy(tx.db, values, tx.at);
  const versionId = insertDraft(tx.db, { policyId, basedOnVersionId: null, contentHash: hashOfList(list) }, tx.at);
  list.forEach((item, position) => insertSection(tx.db, versionId, position, item));
  const created = mustGetPolicy(tx.db, policyId);
  // One audit row holds the policy and the draft it opened with.
  const after = { ...policySnapshot(created), draft: { versionId, number: 1, sections: values.sections } };
  tx.record({ entity: POLICY_ENTITY, entityId: policyId, before: null, after });
  return { policyId, versionId };
}

export function createPolicy(scope: DataScope, values: PolicyCreateValues, operation = 'policies.create'): PolicyDetail {
  return audited(scope, operation, (tx) => {
    const company = getCompany(tx.db, values.companyId);
    if (!company) throw missingReference(['companyId'], 'company');
    const fromTemplate = values.templateId === null ? null : documentFromTemplate(tx.db, company, values.templateId, values);
    const kind = values.policyKind ?? fromTemplate?.kind ?? 'privacy_policy';
    const sections = fromTemplate?.sections ?? values.sections;
    checkLinkedDesks(tx.db, sections);
    const { policyId } = createPolicyIn(tx, {
      companyId: company.id,
      kind,
      titleJa: values.titleJa ?? fromTemplate?.titleJa ?? policyKindLabels[kind].ja,
      titleEn: values.titleEn ?? fromTemplate?.titleEn ?? policyKindLabels[kind].en,
      sections,
    });
    return policyDetail(tx.db, policyId);
  });
}

/** The sections the user checked after an import preview, as a new policy with a draft. */
export function saveImport(scope: DataScope, values: ImportSaveValues): PolicyDetail {
  return createPolicy(
    scope,
    {
      companyId: values.companyId,
      templateId: null,
      policyKind: values.policyKind,
      titleJa: values.titleJa,
      titleEn: values.titleEn,
      sections: values.sections,
      serviceNameJa: '',
      serviceNameEn: '',
      requestFeeYen: null,
      establishedOn: '',
      effectiveOn: '',
    },
    'policies.importSave',
  );
}

export function updatePolicy(scope: DataScope, input: PolicyUpdateValues): PolicyDetail {
  const { id, revision, policyKind, titleJa, titleEn } = input;
  return audited(scope, 'policies.update', (tx) => {
    const current = mustGetPolicy(tx.db, id);
    if (current.revision !== revision) throw revisionConflict();
    if (current.kind === policyKind && current.titleJa === titleJa && current.titleEn === titleEn) return policyDetail(tx.db, id);
    if (!policies.updatePolicy(tx.db, id, revision, { companyId: current.companyId, kind: policyKind, titleJa, titleEn }, tx.at)) {
      throw revisionConflict();
    }
    const updated = mustGetPolicy(tx.db, id);
    tx.record({ entity: POLICY_ENTITY, entityId: id, before: policySnapshot(current), after: policySnapshot(updated) });
    return policyDetail(tx.db, id);
  });
}

/**
 * Deletes a policy created by mistake, with its draft. Refused once a version was published (the schema refuses
 * it too). The audit row keeps the draft's sections, since they go with it.
 */
export function deletePolicy(scope: DataScope, id: number, revision: number): { id: number } {
  return audited(scope, 'policies.delete', (tx) => {
    const current = mustGetPolicy(tx.db, id);
    if (current.revision !== revision) throw revisionConflict();
    const published = listVersions(tx.db, id).filter((version) => version.status === 'published').length;
    if (published > 0) throw hasPublished(published);
    const draftId = draftIdOf(tx.db, id);
    const sections = draftId === undefined ? [] : readVersionSections(tx.db, draftId).map((stored) => stored.section);
    policies.deletePolicy(tx.db, id);
    tx.record({ entity: POLICY_ENTITY, entityId: id, before: { ...policySnapshot(current), draft: { versionId: draftId, sections } }, after: null });
    return { id };
  });
}
