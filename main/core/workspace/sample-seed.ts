import { contract } from '../../../shared/contract';
import { japanDateOf } from '../../../shared/appi/japan-time';
import { createCompany } from '../companies/service';
import type { DataScope } from '../context';
import { createDesk } from '../desks/service';
import { createIncident } from '../incidents/service';
import { createPolicy } from '../policies/service';
import { publishVersion } from '../policies/publish';

/**
 * The sample workspace's records: one fictitious company with its desk, a published privacy policy and one
 * reportable incident found yesterday, so every screen has something real to show. Each goes through the contract's
 * own input schema and the same service as the app's forms — validated and in the audit trail, so the sample
 * verifies like any workspace. Names say 「サンプル」 so an exported page cannot pass for a real company's.
 */
export function seedSample(scope: DataScope): void {
  const parse = <K extends keyof typeof contract>(operation: K, input: unknown) => contract[operation].input.parse(input);
  const company = createCompany(
    scope,
    parse('companies.create', {
      legalNameJa: '株式会社サンプル商事（サンプル）',
      legalNameEn: 'Sample Trading K.K. (sample)',
      postalCode: '100-0001',
      addressJa: '東京都千代田区千代田1-1',
      addressEn: '1-1 Chiyoda, Chiyoda-ku, Tokyo',
      representativeTitleJa: '代表取締役',
      representativeTitleEn: 'Representative Director',
      representativeNameJa: '見本 太郎',
      representativeNameEn: 'Taro Mihon',
      protectionManagerTitle: '個人情報保護管理者',
      protectionManagerName: '見本 花子',
      phone: '03-1234-5678',
      email: 'privacy@sample.example',
      industry: '小売業',
    }) as Parameters<typeof createCompany>[1],
  );
  createDesk(
    scope,
    parse('desks.create', {
      companyId: company.id,
      kind: 'own',
      nameJa: '個人情報お問い合わせ窓口',
      nameEn: 'Privacy Inquiry Desk',
      phones: [{ label: '', number: '0120-000-000' }],
      email: 'privacy@sample.example',
      receptionDays: ['mon', 'tue', 'wed', 'thu', 'fri'],
      hoursFrom: '09:00',
      hoursTo: '17:30',
    }) as Parameters<typeof createDesk>[1],
  );
  const policy = createPolicy(
    scope,
    parse('policies.create', {
      companyId: company.id,
      templateId: 'saas_app',
      serviceNameJa: 'サンプルショップ',
      serviceNameEn: 'Sample Shop',
    }) as Parameters<typeof createPolicy>[1],
  );
  const now = scope.now();
  publishVersion(
    scope,
    parse('policyVersions.publish', {
      versionId: policy.current.id,
      revision: policy.current.revision,
      effectiveOn: japanDateOf(now),
      changeSummaryJa: '制定（サンプル）',
      changeSummaryEn: 'Established (sample)',
      // The template leaves blanks a real company fills in; the sample is published as it stands.
      acknowledgeWarnings: true,
    }) as Parameters<typeof publishVersion>[1],
  );
  const yesterday = new Date(now.getTime() - 26 * 60 * 60 * 1000);
  createIncident(
    scope,
    parse('incidents.create', {
      companyId: company.id,
      title: 'ECサイトへの不正アクセスによるカード情報の漏えいのおそれ（サンプル）',
      breachKind: 'leak',
      certainty: 'suspected',
      knownAt: yesterday.toISOString(),
      dataItems: ['name', 'email', 'creditCard'],
      individualsKind: 'estimate',
      individuals: 1200,
      highLevelEncryption: false,
    }) as Parameters<typeof createIncident>[1],
  );
}
