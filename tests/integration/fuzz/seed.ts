import type { Core } from '../../../main/core/api';
import type { Input, OperationName, Output } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { makeSection } from '../../../shared/policy/model';
import { sampleCompany, sampleDesk } from '../core/helpers';
import { cardLeak } from '../incidents/helpers';

async function call<N extends OperationName>(core: Core, operation: N, input: Input<N>): Promise<Output<N>> {
  const envelope = await core.dispatch(operation, input, core.workspace().id);
  if (!envelope.ok) throw AppError.fromData(envelope.error);
  return envelope.value as Output<N>;
}

/**
 * A workspace with one of each record (company, desk, incident with a planned notification and a timeline event,
 * a policy with a published version and a draft), and a valid input for most operations against them: the fuzzer
 * mutates these, so a mutation reaches the checks behind validation (ids that exist, revisions, the rules).
 */
export async function seedWorkspace(core: Core): Promise<Partial<Record<OperationName, unknown>>> {
  const company = await call(core, 'companies.create', sampleCompany({ legalNameEn: 'Sample K.K.' }));
  const desk = await call(core, 'desks.create', sampleDesk(company.id));
  const incident = await call(core, 'incidents.create', cardLeak(company.id));
  const event = await call(core, 'timeline.add', { incidentId: incident.id, eventKind: 'finding', at: '2026-12-29T09:00+09:00', text: '原因を特定' });
  const notification = await call(core, 'notifications.plan', { incidentId: incident.id, notificationKind: 'individuals_notice', method: '郵送' });
  const sections = [
    makeSection('purposes_of_use', 'purposes', { headingJa: '第1条（利用目的）', bodyJa: '当社は、取得した個人情報を次の目的で利用します。' }),
    makeSection('contact', 'contact', { headingJa: '第2条（お問い合わせ）', bodyJa: 'お問い合わせは窓口までご連絡ください。' }),
  ];
  const policy = await call(core, 'policies.create', { companyId: company.id, titleJa: 'プライバシーポリシー', sections });
  const published = await call(core, 'policyVersions.publish', {
    versionId: policy.current.id,
    revision: policy.current.revision,
    effectiveOn: '2026-04-01',
    changeSummaryJa: '制定',
    acknowledgeWarnings: true,
  });
  const draft = await call(core, 'policyDrafts.start', { policyId: policy.id });
  const { createdAt: _c, updatedAt: _u, deskCount: _d, ...companyFields } = await call(core, 'companies.get', { id: company.id });

  return {
    'companies.list': { query: 'サンプル', limit: 10, offset: 0 },
    'companies.get': { id: company.id },
    'companies.create': sampleCompany({ legalNameJa: '株式会社ファズ' }),
    'companies.update': companyFields,
    'companies.delete': { id: 999, revision: 1 },
    'desks.list': { companyId: company.id, query: '窓口' },
    'desks.get': { id: desk.id },
    'desks.create': sampleDesk(company.id, { nameJa: '第二窓口' }),
    'desks.delete': { id: 999, revision: 1 },
    'incidents.list': { query: 'カード' },
    'incidents.get': { id: incident.id },
    'incidents.create': cardLeak(company.id, { title: '別の漏えい' }),
    'incidents.delete': { id: 999, revision: 1 },
    'incidents.assess': cardLeak(company.id),
    'incidents.dashboard': {},
    'timeline.add': { incidentId: incident.id, eventKind: 'containment', at: '2026-12-29T09:30+09:00', text: '封じ込め', correctsEventId: event.id },
    'timeline.list': { incidentId: incident.id },
    'notifications.list': { incidentId: incident.id },
    'notifications.plan': { incidentId: incident.id, notificationKind: 'other', recipient: '取引先', dueDate: '2027-01-10' },
    'notifications.update': { id: notification.id, revision: notification.revision, method: 'メール' },
    'policies.list': { companyId: company.id },
    'policies.get': { id: policy.id },
    'policies.open': { id: policy.id },
    'policies.create': { companyId: company.id, titleJa: '別のポリシー', sections },
    'policies.delete': { id: 999, revision: 1 },
    'policies.revisionHistory': { policyId: policy.id },
    'policies.check': { policyId: policy.id },
    'policies.search': { query: '利用目的' },
    'policies.importPreview': { pastedText: '第1条（利用目的）\n当社は個人情報を利用します。' },
    'policies.importSave': { companyId: company.id, policyKind: 'privacy_policy', titleJa: '取込み', titleEn: '', sections },
    'policyDrafts.save': { versionId: draft.id, revision: draft.revision, sections },
    'policyDrafts.start': { policyId: policy.id },
    'policyDrafts.discard': { versionId: 999, revision: 1 },
    'policyVersions.get': { id: published.id },
    'policyVersions.diff': { fromVersionId: published.id, toVersionId: draft.id },
    'settings.update': { userName: '監査 太郎', language: 'ja' },
    'audit.list': { query: '', limit: 5 },
    'audit.exportCsv': { lang: 'en' },
    'exports.incident': { incidentId: incident.id, document: 'summary', format: 'docx' },
    'exports.timing': { from: '2026-01-01', to: '2026-12-31', format: 'docx' },
    'exports.policy': { policyId: policy.id, format: 'docx' },
  };
}
