import { retentionRules } from '../../../../shared/appi/provision-retention';
import type { ProvisionRecord } from '../../../../shared/domain/provision-record';
import { provisionBasisLabels, provisionDirectionLabels, recordFormLabels } from '../../../../shared/domain/request-labels';
import { dateCell, type RegisterColumn, type RegisterSpec } from './register-columns';

/** 第三者提供記録 as a register: each record of provision (Art. 29) or receipt (Art. 30), with its retention. */
const columns: RegisterColumn<ProvisionRecord>[] = [
  { key: 'id', headerJa: '管理番号', headerEn: 'ID', width: 8, value: (p) => p.id, overview: true },
  { key: 'direction', headerJa: '提供・受領', headerEn: 'Direction', value: (p, lang) => provisionDirectionLabels[p.direction][lang], overview: true },
  { key: 'form', headerJa: '記録の作成方法', headerEn: 'Form of the record', value: (p, lang) => recordFormLabels[p.recordForm][lang] },
  { key: 'firstOn', headerJa: '提供・受領の年月日', headerEn: 'Date provided or received', value: (p) => dateCell(p.firstOn), overview: true },
  { key: 'lastOn', headerJa: '最後の提供・受領の年月日', headerEn: 'Last provision or receipt', value: (p) => dateCell(p.lastOn === p.firstOn ? null : p.lastOn) },
  { key: 'counterparty', headerJa: '提供先・提供元', headerEn: 'Recipient or provider', width: 28, value: (p) => p.counterparty, overview: true },
  { key: 'address', headerJa: '住所', headerEn: 'Address', width: 30, value: (p) => p.counterpartyAddress || null },
  { key: 'representative', headerJa: '代表者', headerEn: 'Representative', value: (p) => p.counterpartyRepresentative || null },
  { key: 'person', headerJa: '本人を特定するに足りる事項', headerEn: 'Person concerned', width: 30, value: (p) => p.person },
  { key: 'items', headerJa: '個人データの項目', headerEn: 'Items of personal data', width: 30, value: (p) => p.provisionItems },
  { key: 'basis', headerJa: '提供の根拠', headerEn: 'Basis', value: (p, lang) => provisionBasisLabels[p.provisionBasis][lang] },
  { key: 'acquisition', headerJa: '提供元による取得の経緯', headerEn: 'How the provider obtained it', width: 36, value: (p) => p.providerAcquisition || null },
  {
    key: 'ppcPublished',
    headerJa: '個人情報保護委員会による公表',
    headerEn: 'Published by the PPC',
    value: (p, lang) => (p.direction === 'received' && p.provisionBasis === 'opt_out' ? (p.ppcPublished ? (lang === 'ja' ? '確認済み' : 'Confirmed') : (lang === 'ja' ? '未確認' : 'Not confirmed')) : null),
  },
  { key: 'recordedOn', headerJa: '記録の作成日', headerEn: 'Record made', value: (p) => dateCell(p.recordedOn) },
  {
    key: 'retention',
    headerJa: '保存期間',
    headerEn: 'Retention',
    value: (p, lang) => {
      const rule = retentionRules[p.recordForm];
      return lang === 'ja' ? `${rule.years}年（${rule.citation[p.direction].ja}）` : `${rule.years} year${rule.years === 1 ? '' : 's'} (${rule.citation[p.direction].en})`;
    },
  },
  { key: 'retainUntil', headerJa: '保存期限', headerEn: 'Keep until', value: (p) => dateCell(p.retainUntil), overview: true },
  { key: 'note', headerJa: '備考', headerEn: 'Note', width: 30, value: (p) => p.provisionNote || null },
];

export const provisionRegister: RegisterSpec<ProvisionRecord> = {
  kind: 'provisions',
  titleJa: '第三者提供に係る記録',
  titleEn: 'Records of Provision to and Receipt from Third Parties',
  sheetNameJa: '第三者提供記録',
  sheetNameEn: 'Provision records',
  columns,
  entryTitle: (p, lang) => `${provisionDirectionLabels[p.direction][lang]}：${p.counterparty}`.replace('：', lang === 'ja' ? '：' : ': '),
  noteJa: '個人データを第三者に提供した記録（個人情報の保護に関する法律第29条）及び第三者から提供を受けた際の確認の記録（同法第30条）です。',
  noteEn: 'Records of personal data provided to third parties (APPI Article 29) and of the confirmation made on receiving it from them (Article 30).',
};
