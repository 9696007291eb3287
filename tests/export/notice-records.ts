import type { Core } from '../../main/core/api';
import type { Input } from '../../shared/contract';
import type { Notification } from '../../shared/domain/incident-notification';
import { call, sampleCompany, sampleDesk } from '../integration/core/helpers';
import { exportWorkspace, type ExportWorkspace } from './records';

/**
 * Records for the notice and announcement tests, on top of the export workspace (its card leak, company and desk):
 * - a malware infection at HR whose report texts are in the plain form a PPC report uses (「感染した。」), addressed to
 *   employees;
 * - a company recorded in English as well, with an English desk and an incident written in English, addressed to
 *   members, whose English documents must hold no Japanese.
 */
export interface NoticeWorkspace extends ExportWorkspace {
  malwareId: number;
  englishId: number;
  englishDeskId: number;
}

export const malwareTexts = {
  reportOverview: '2026年12月20日、人事部の従業員が使用するパソコンがマルウェアに感染した。',
  reportCause: '従業員が取引先を装ったメールの添付ファイルを開いたことによる。',
  reportSecondaryDamage: '現時点で、情報の悪用は確認されていない。',
  reportPrevention: '全従業員に標的型メール訓練を実施する。',
};

export async function noticeFor(core: Core, incidentId: number): Promise<Notification> {
  const items = (await call(core, 'notifications.list', { incidentId })).items;
  const found = items.find((n) => n.notificationKind === 'individuals_notice');
  if (!found) throw new Error(`incident ${incidentId} has no individuals notice`);
  return found;
}

export async function noticeWorkspace(): Promise<NoticeWorkspace> {
  const ws = await exportWorkspace();
  const malware = await call(ws.core, 'incidents.create', {
    companyId: ws.companyId,
    title: '人事部PCのマルウェア感染',
    breachKind: 'leak',
    certainty: 'suspected',
    discoveredAt: '2026-12-20T15:00+09:00',
    knownAt: '2026-12-21T09:00+09:00',
    dataItems: ['name', 'address', 'birthDate', 'employeeNumber', 'healthCheck'],
    wrongfulPurpose: true,
    individualsKind: 'exact',
    individuals: 86,
    ...malwareTexts,
  } as Input<'incidents.create'>);
  const notice = await noticeFor(ws.core, malware.id);
  await call(ws.core, 'notifications.update', { id: notice.id, revision: notice.revision, recipient: '', method: '書面', note: '', dueDate: null, alternativeMeasure: false, addressee: 'employees' } as Input<'notifications.update'>);

  const company = await call(
    ws.core,
    'companies.create',
    sampleCompany({
      legalNameJa: '株式会社イングリッシュ',
      legalNameEn: 'English Co., Ltd.',
      addressEn: '2-2 Marunouchi, Chiyoda-ku, Tokyo',
      representativeTitleJa: '代表取締役',
      representativeNameJa: '鈴木一郎',
      representativeTitleEn: 'CEO',
      representativeNameEn: 'Ichiro Suzuki',
    }),
  );
  const desk = await call(
    ws.core,
    'desks.create',
    sampleDesk(company.id, { nameJa: '会員サポート窓口', nameEn: 'Member Support Desk', addressJa: '東京都千代田区丸の内2-2', addressEn: '2-2 Marunouchi, Chiyoda-ku, Tokyo', postalCode: '100-0005' }),
  );
  const english = await call(ws.core, 'incidents.create', {
    companyId: company.id,
    title: 'Member database exposed',
    breachKind: 'leak',
    certainty: 'confirmed',
    discoveredAt: '2026-12-22T11:00+09:00',
    knownAt: '2026-12-22T12:00+09:00',
    dataItems: ['name', 'email', 'loginCredentials', 'creditCard'],
    otherDataItems: ['membership tier'],
    wrongfulPurpose: true,
    individualsKind: 'estimate',
    individuals: 2400,
    individualsUpperBound: 3100,
    reportOverview: 'On December 22, 2026, we found that a misconfigured storage bucket had exposed part of our member database to the internet.',
    reportCause: 'A storage bucket was made public by mistake during a system migration.',
    reportPrevention: 'We have closed public access and added an automated check of storage permissions.',
  } as Input<'incidents.create'>);
  const englishNotice = await noticeFor(ws.core, english.id);
  await call(ws.core, 'notifications.update', { id: englishNotice.id, revision: englishNotice.revision, recipient: '', method: 'email', note: '', dueDate: null, alternativeMeasure: false, addressee: 'members' } as Input<'notifications.update'>);
  return { ...ws, malwareId: malware.id, englishId: english.id, englishDeskId: desk.id };
}
