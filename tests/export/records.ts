import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore } from '../../main/core/index';
import type { Core } from '../../main/core/api';
import type { ExportResult } from '../../shared/contract/exports';
import type { Input } from '../../shared/contract';
import type { Notification } from '../../shared/domain/incident-notification';
import { call, sampleCompany, sampleDesk, steppingClock } from '../integration/core/helpers';
import { cardLeak, minorLoss } from '../integration/incidents/helpers';

/**
 * A workspace made through the real core (createCore + dispatch), as a user would fill it: a company with its
 * representative and protection manager, an inquiry desk and an authorized organization's desk, a card-number
 * leak with a timeline (one event corrected), a sent 速報 and a planned notice to the police, an empty incident,
 * and a minor loss that is not reportable. "Now" is 10:00 JST on 29 December 2026.
 */
export const EMOJI = '📧';
// Biáng (U+30EDE, CJK Extension G): beyond Noto Serif JP's repertoire, as rare kanji in names can be.
export const RARE_KANJI = '𰻞';
export const NOW = '2026-12-29T01:00:00.000Z';
export const TODAY = '2026-12-29';

export interface ExportWorkspace {
  core: Core;
  dir: string;
  workspacePath: string;
  companyId: number;
  deskId: number;
  orgDeskId: number;
  leakId: number;
  emptyId: number;
  minorId: number;
  /** Closes the core and removes the folder (for afterAll: the core outlives one test). */
  close(): void;
}

export const reportTexts = {
  reportOverview: '2026年12月27日、当社ECサイトの決済画面が改ざんされ、入力されたクレジットカード番号等が外部に送信されていたことが判明しました。',
  reportCause: '決済画面を構成するファイルの脆弱性を突いた不正アクセスによるものと推測しています（調査中）。',
  reportSecondaryDamage: '不正利用の被害が2件報告されています。カード会社と連携して監視しています。',
  reportResponse: '対象のお客様へ順次、電子メールで連絡しています。',
  reportPublication: '2026年12月30日に当社ウェブサイトで公表する予定です。',
  reportPrevention: '調査中',
  reportOther: `お問い合わせは専用窓口（${EMOJI}メール）で受け付けています。担当：${RARE_KANJI}田`,
};

export async function exportWorkspace(): Promise<ExportWorkspace> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'appi-export-'));
  const workspacePath = path.join(dir, 'workspace.sqlite');
  const core = await createCore({ workspacePath, userDataDir: path.join(dir, 'userdata'), osUser: 'tester', now: steppingClock(NOW) });
  const close = () => {
    core.close();
    fs.rmSync(dir, { recursive: true, force: true });
  };
  const company = await call(
    core,
    'companies.create',
    sampleCompany({
      representativeTitleJa: '代表取締役社長',
      representativeNameJa: '山田太郎',
      representativeTitleEn: 'President',
      representativeNameEn: 'Taro Yamada',
      protectionManagerTitle: '個人情報保護管理者',
      protectionManagerName: '佐藤花子',
      addressEn: '1-1 Chiyoda, Chiyoda-ku, Tokyo',
    }),
  );
  const desk = await call(core, 'desks.create', sampleDesk(company.id, { nameJa: '個人情報お問い合わせ窓口', nameEn: 'Privacy Inquiry Desk' }));
  const orgDesk = await call(
    core,
    'desks.create',
    sampleDesk(company.id, { kind: 'authorized_org', nameJa: '一般財団法人日本情報経済社会推進協会 個人情報保護苦情相談室', nameEn: 'JIPDEC Complaints Office', phones: [{ label: '', number: '03-5860-7565' }], email: '' }),
  );
  const leak = await call(core, 'incidents.create', { ...cardLeak(company.id), ...reportTexts, otherDataItems: ['配送先住所'] } as Input<'incidents.create'>);
  const first = await call(core, 'timeline.add', { incidentId: leak.id, eventKind: 'discovery', at: '2026-12-28T22:00+09:00', text: 'カード会社から不正利用の連絡を受けた', by: '情報システム部' });
  await call(core, 'timeline.add', { incidentId: leak.id, eventKind: 'containment', at: '2026-12-28T23:10+09:00', text: '決済画面を停止した', by: '情報システム部' });
  await call(core, 'timeline.add', { incidentId: leak.id, eventKind: 'discovery', at: '2026-12-28T21:45+09:00', text: 'カード会社から不正利用の連絡を受けた（時刻を訂正）', by: '情報システム部', correctsEventId: first.id });
  const notifications = (await call(core, 'notifications.list', { incidentId: leak.id })).items;
  const preliminary = notifications.find((n: Notification) => n.notificationKind === 'ppc_preliminary')!;
  await call(core, 'notifications.markSent', { id: preliminary.id, revision: preliminary.revision, sentAt: '2026-12-29T09:30+09:00', method: 'PPCウェブフォーム', referenceNumber: 'PPC-2026-0001' });
  await call(core, 'notifications.plan', { incidentId: leak.id, notificationKind: 'other', recipient: '警視庁サイバー犯罪対策課', dueDate: '2026-12-30' });
  const empty = await call(core, 'incidents.create', { companyId: company.id, title: '調査中の事案', breachKind: 'leak', knownAt: '2026-12-28T10:00+09:00' });
  const minor = await call(core, 'incidents.create', minorLoss(company.id));
  return { core, dir, workspacePath, close, companyId: company.id, deskId: desk.id, orgDeskId: orgDesk.id, leakId: leak.id, emptyId: empty.id, minorId: minor.id };
}

export async function exportOf<N extends 'exports.incident' | 'exports.timing' | 'exports.policy'>(core: Core, operation: N, input: Input<N>): Promise<ExportResult> {
  return (await call(core, operation, input)) as ExportResult;
}

export const outDir = path.resolve('test-results/export');

/** The record as the public operations return it: what the export service gathers, for building the expected model. */
export async function recordOf(core: Core, incidentId: number) {
  const incident = await call(core, 'incidents.get', { id: incidentId });
  return {
    incident,
    company: await call(core, 'companies.get', { id: incident.companyId }),
    timeline: (await call(core, 'timeline.list', { incidentId })).items,
    notifications: (await call(core, 'notifications.list', { incidentId })).items,
    desks: (await call(core, 'desks.list', { companyId: incident.companyId, limit: 500 })).items,
  };
}
