import type { DataRequest } from '../../../../shared/domain/data-request';
import {
  disclosureMethodLabels,
  identityCheckLabels,
  requestChannelLabels,
  requesterRoleLabels,
  requestKindLabels,
  requestOutcomeLabels,
  responseMethodLabels,
} from '../../../../shared/domain/request-labels';
import { dateCell, type RegisterColumn, type RegisterLang, type RegisterSpec } from './register-columns';

/** 開示等請求・苦情 as a register: where and when each came in, what was asked, the steps, the answer (APPI Art. 32–40). */
function stepsText(r: DataRequest, lang: RegisterLang): string {
  return r.steps.map((step) => `${step.doneOn.replace(/-/g, '/')}${lang === 'ja' ? '　' : ' '}${step.stepNote}`).join('\n');
}

/** 1,000円 / ¥1,000 without Intl, so every machine prints the same; no fee is an empty cell. */
const commas = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const yen = (n: number, lang: RegisterLang) => (n === 0 ? null : lang === 'ja' ? `${commas(n)}円` : `¥${commas(n)}`);

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A day as documents print it (2026年11月2日 / November 2, 2026), for an entry's heading. */
function documentDate(date: string, lang: RegisterLang): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return lang === 'ja' ? `${y}年${m}月${d}日` : `${months[m - 1]} ${d}, ${y}`;
}

const columns: RegisterColumn<DataRequest>[] = [
  { key: 'id', headerJa: '管理番号', headerEn: 'ID', width: 8, value: (r) => r.id, overview: true },
  { key: 'receivedOn', headerJa: '受付日', headerEn: 'Received', value: (r) => dateCell(r.receivedOn), overview: true },
  { key: 'desk', headerJa: '受付窓口', headerEn: 'Desk', width: 20, value: (r) => r.deskName || null },
  { key: 'channel', headerJa: '受付方法', headerEn: 'Channel', value: (r, lang) => requestChannelLabels[r.channel][lang] },
  { key: 'requester', headerJa: '請求者', headerEn: 'Requester', value: (r) => r.requester || null },
  { key: 'role', headerJa: '請求者の立場', headerEn: 'Standing', value: (r, lang) => requesterRoleLabels[r.requesterRole][lang] },
  { key: 'kind', headerJa: '種類', headerEn: 'Kind', width: 28, value: (r, lang) => requestKindLabels[r.requestKind][lang], overview: true },
  { key: 'summary', headerJa: '請求・苦情の内容', headerEn: 'Request details', width: 40, value: (r) => r.requestSummary },
  { key: 'disclosureMethod', headerJa: '開示の方法', headerEn: 'Disclosure method', value: (r, lang) => disclosureMethodLabels[r.disclosureMethod][lang] || null },
  {
    key: 'identity',
    headerJa: '本人確認',
    headerEn: 'Identity check',
    value: (r, lang) => [identityCheckLabels[r.identityCheck][lang], r.identityMethod].filter(Boolean).join('\n'),
  },
  { key: 'fee', headerJa: '手数料', headerEn: 'Fee', value: (r, lang) => yen(r.feeYen, lang) },
  { key: 'feeReceivedOn', headerJa: '手数料の受領日', headerEn: 'Fee received', value: (r) => dateCell(r.feeReceivedOn) },
  { key: 'dueOn', headerJa: '社内の回答目標日', headerEn: 'Internal target date', value: (r) => dateCell(r.dueOn), overview: true },
  { key: 'steps', headerJa: '対応の経過', headerEn: 'Steps taken', width: 44, value: (r, lang) => stepsText(r, lang) || null },
  { key: 'outcome', headerJa: '対応結果', headerEn: 'Outcome', value: (r, lang) => requestOutcomeLabels[r.outcome][lang], overview: true },
  { key: 'closedOn', headerJa: '回答日', headerEn: 'Answered', value: (r) => dateCell(r.closedOn), overview: true },
  { key: 'responseMethod', headerJa: '回答の方法', headerEn: 'Response method', value: (r, lang) => responseMethodLabels[r.responseMethod][lang] || null },
  { key: 'answer', headerJa: '回答の内容', headerEn: 'Answer', width: 40, value: (r) => r.answer || null },
  { key: 'refusalReason', headerJa: '応じない理由', headerEn: 'Reason for declining', width: 40, value: (r) => r.refusalReason || null },
  { key: 'refusalCitation', headerJa: '根拠条文', headerEn: 'Legal basis', width: 24, value: (r) => r.refusalCitation || null },
];

export const requestRegister: RegisterSpec<DataRequest> = {
  kind: 'requests',
  titleJa: '開示等請求・苦情受付台帳',
  titleEn: 'Register of Requests and Complaints',
  sheetNameJa: '開示等請求・苦情',
  sheetNameEn: 'Requests and complaints',
  columns,
  entryTitle: (r, lang) => `${requestKindLabels[r.requestKind][lang]}${lang === 'ja' ? '（受付：' : ', received '}${documentDate(r.receivedOn, lang)}${lang === 'ja' ? '）' : ''}`,
  noteJa: '保有個人データの開示等の請求及び個人情報の取扱いに関する苦情・相談の受付と対応の記録です（個人情報の保護に関する法律第32条〜第40条）。',
  noteEn: 'Requests concerning retained personal data, and complaints and questions about its handling, as received and answered (APPI Articles 32 to 40).',
};
