import { readFileSync } from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { Core } from '../../../main/core/api';
import type { PolicyDetail } from '../../../shared/domain/policy';
import { makeSection, type PolicySection } from '../../../shared/policy/model';
import { rawConnection } from '../core/db-helpers';
import { call, makeCore, sampleCompany, sampleDesk, steppingClock } from '../core/helpers';
import { policyFixtureDir, policyFixtureNames } from '../../policy-fixtures';

/**
 * Shared set-up for the policy tests: a core with a company whose record has everything a policy names
 * (Art. 32(1)(i)), its own complaint desk and the desk of its authorized organization. The companies are invented.
 */
export async function policyCore(now = '2026-04-01T00:00:00.000Z') {
  const made = await makeCore({ now: steppingClock(now) });
  const company = await call(
    made.core,
    'companies.create',
    sampleCompany({
      legalNameEn: 'Sample K.K.',
      addressEn: '1-1 Chiyoda, Chiyoda-ku, Tokyo',
      representativeTitleJa: '代表取締役',
      representativeTitleEn: 'President',
      representativeNameJa: '山田 太郎',
      representativeNameEn: 'Taro Yamada',
      protectionManagerTitle: '管理部長',
      protectionManagerName: '佐藤 花子',
    }),
  );
  const desk = await call(made.core, 'desks.create', sampleDesk(company.id));
  const orgDesk = await call(made.core, 'desks.create', {
    companyId: company.id,
    kind: 'authorized_org',
    nameJa: '個人情報保護苦情相談室',
    phones: [{ label: '', number: '03-5860-7565' }],
  });
  const { createdAt: _created, updatedAt: _updated, deskCount: _desks, ...fields } = company;
  const member = await call(made.core, 'companies.update', {
    ...fields,
    authorizedOrgMember: true,
    authorizedOrgNameJa: '一般財団法人日本情報経済社会推進協会',
    authorizedOrgNameEn: 'JIPDEC',
    authorizedOrgDeskId: orgDesk.id,
  });
  return { ...made, company: member, desk, orgDesk };
}

export function raw(file: string): Database.Database {
  return rawConnection(file);
}

export function auditCount(file: string): number {
  return Number(raw(file).prepare('SELECT count(*) FROM audit_log').pluck().get());
}

export function auditRows(file: string, operation?: string): { operation: string; entity: string; entity_id: number; before: unknown; after: unknown }[] {
  const rows = raw(file).prepare('SELECT operation, entity, entity_id, before_json, after_json FROM audit_log ORDER BY id').all() as {
    operation: string;
    entity: string;
    entity_id: number;
    before_json: string | null;
    after_json: string | null;
  }[];
  return rows
    .filter((row) => operation === undefined || row.operation === operation)
    .map(({ before_json, after_json, ...rest }) => ({
      ...rest,
      before: before_json === null ? null : (JSON.parse(before_json) as unknown),
      after: after_json === null ? null : (JSON.parse(after_json) as unknown),
    }));
}

/** A small policy of prose sections with fixed ids, for the version tests. */
export function proseSections(): PolicySection[] {
  return [
    makeSection('basic_policy_statement', 'intro', { headingJa: '基本方針', bodyJa: '当社は個人情報を適切に取り扱います。' }),
    makeSection('purposes_of_use', 'purposes', {
      headingJa: '利用目的',
      bodyJa: '当社は、取得した個人情報を次の目的で利用します。',
      rows: [{ category: 'customers', purposeJa: '商品の発送及びアフターサービスのため', purposeEn: 'To ship products and provide after-sales service' }],
    }),
    makeSection('security_measures', 'security', { headingJa: '安全管理措置', bodyJa: '組織的、人的、物理的及び技術的安全管理措置を講じます。' }),
    makeSection('custom', 'misc', { headingJa: 'その他', bodyJa: '本ポリシーに定めのない事項は法令によります。' }),
  ];
}

export async function createWith(core: Core, companyId: number, sections: PolicySection[]): Promise<PolicyDetail> {
  return call(core, 'policies.create', { companyId, titleJa: 'プライバシーポリシー', sections });
}

/** Publishes the policy's draft (acknowledging whatever the checker finds missing). */
export async function publishDraft(core: Core, policyId: number, effectiveOn: string, summaryJa = '') {
  const detail = await call(core, 'policies.get', { id: policyId });
  const draft = detail.current;
  return call(core, 'policyVersions.publish', {
    versionId: draft.id,
    revision: draft.revision,
    effectiveOn,
    changeSummaryJa: summaryJa,
    acknowledgeWarnings: true,
  });
}

/** A published policy and a new draft of it whose purposes add one (Art. 21(3)), the draft's sections unsaved. */
export async function draftAddingPurpose(core: Core, companyId: number) {
  const created = await createWith(core, companyId, proseSections());
  await publishDraft(core, created.id, '2026-04-01');
  const draft = await call(core, 'policyDrafts.start', { policyId: created.id });
  const changed = draft.sections.map((section) => (section.kind === 'purposes_of_use' ? { ...section, bodyJa: `${section.bodyJa}\n新商品のご案内のため` } : section));
  return { created, draft, changed };
}

/** The five sample policies next to the repository (../shared/fixtures/policies). */
export const repoRoot = path.resolve(__dirname, '../../..');
export const fixtureDir = policyFixtureDir;
export const fixtures = policyFixtureNames()
  .map((name) => ({ name, text: readFileSync(path.join(fixtureDir, name), 'utf8') }));
