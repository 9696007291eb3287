import { audited } from '../main/core/audit/audited';
import type { DataScope } from '../main/core/context';
import { hashed, hashOfList, VERSION_ENTITY } from '../main/core/policies/write-helpers';
import { createPolicyIn } from '../main/core/policies/service';
import { insertSection } from '../main/core/store/policies-sections-write';
import { insertDraft, publishDraft } from '../main/core/store/policies-versions';
import { buildPolicyFromTemplate, makeSection, type PolicySection, type TemplateCompany } from '../shared/policy';

/**
 * Policies for the benchmark, written through the core's own write path (section rows, structured rows, the
 * full-text index, hashes, audit rows) in one transaction: many policies of many published versions each, and one
 * policy of thirty sections. Deterministic; every tenth version adds a confidentiality clause, one version a
 * clause found nowhere else.
 */
export const RARE_CLAUSE = '唯一無二の特別条項';
export const SOME_CLAUSE = '委託先とは秘密保持契約を締結します。';

export const benchCompany: TemplateCompany = {
  legalNameJa: '株式会社ベンチ',
  legalNameEn: 'Bench K.K.',
  postalCode: '100-0001',
  addressJa: '東京都千代田区千代田1-1',
  addressEn: '1-1 Chiyoda, Chiyoda-ku, Tokyo',
  representativeTitleJa: '代表取締役',
  representativeTitleEn: 'President',
  representativeNameJa: '山田 太郎',
  representativeNameEn: 'Taro Yamada',
  protectionManagerTitle: '',
  protectionManagerName: '',
  authorizedOrgMember: false,
  authorizedOrgNameJa: '',
  authorizedOrgNameEn: '',
  authorizedOrgDeskId: null,
};

export function templateSections(deskId: number): PolicySection[] {
  return buildPolicyFromTemplate('saas_app', { company: benchCompany, complaintDeskIds: [deskId], requestFeeYen: 1000, effectiveOn: '2026-04-01' })
    .sections;
}

/** The saas_app template plus prose sections up to `count`. */
export function sectionsOfLength(deskId: number, count: number): PolicySection[] {
  const base = templateSections(deskId);
  const extra = Array.from({ length: Math.max(0, count - base.length) }, (_, i) =>
    makeSection('custom', `extra-${i}`, {
      headingJa: `補足事項${i + 1}`,
      bodyJa: `当社は、本条に定める事項について、法令及び社内規程に従い適切に対応します。（${i + 1}）`.repeat(3),
      bodyEn: `The Company handles the matters of this article in accordance with laws and internal rules. (${i + 1}) `.repeat(3),
    }),
  );
  return [...base, ...extra].slice(0, count);
}

const KEPT_KINDS = new Set(['basic_policy_statement', 'purposes_of_use', 'security_measures', 'cookies', 'external_transmission']);

function versionSections(base: readonly PolicySection[], policy: number, version: number, serial: number): PolicySection[] {
  return base
    .filter((section) => KEPT_KINDS.has(section.kind))
    .map((section) => {
      if (section.kind === 'basic_policy_statement') return { ...section, bodyJa: `${section.bodyJa}（ポリシー${policy}・第${version}版）` };
      if (section.kind !== 'security_measures') return section;
      const extra = (serial % 10 === 0 ? SOME_CLAUSE : '') + (serial === 777 ? RARE_CLAUSE : '');
      return { ...section, bodyJa: section.bodyJa + extra };
    });
}

/** `policies` policies of `versions` versions each (all published but the last, a draft). Returns the version count. */
export function seedVersions(scope: DataScope, companyId: number, deskId: number, policies: number, versions: number): number {
  const base = templateSections(deskId);
  let serial = 0;
  audited(scope, 'bench.seed', (tx) => {
    for (let p = 1; p <= policies; p++) {
      let draftId = 0;
      let policyId = 0;
      for (let n = 1; n <= versions; n++, serial++) {
        const list = hashed(versionSections(base, p, n, serial));
        if (n === 1) {
          ({ policyId, versionId: draftId } = createPolicyIn(tx, { companyId, kind: 'privacy_policy', titleJa: `ポリシー${p}`, titleEn: '', sections: list.map((i) => i.section) }, list));
        } else {
          draftId = insertDraft(tx.db, { policyId, basedOnVersionId: draftId, contentHash: hashOfList(list) }, tx.at);
          list.forEach((item, position) => insertSection(tx.db, draftId, position, item));
          tx.record({ entity: VERSION_ENTITY, entityId: draftId, before: null, after: { id: draftId, policyId, number: n } });
        }
        if (n < versions) publishDraft(tx.db, draftId, 1, { effectiveOn: '2026-04-01', changeSummaryJa: '', changeSummaryEn: '', acknowledgedRuleIds: [] }, tx.at);
      }
    }
  });
  return serial;
}
