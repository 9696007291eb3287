import { dataItemCatalog } from '../../../../shared/domain/incident-items';
import type { InventoryEntry } from '../../../../shared/domain/inventory';
import { acquisitionLabels, mediumLabels, subjectLabels } from '../../../../shared/domain/register-labels';
import { dateCell, type RegisterColumn, type RegisterLang, type RegisterSpec } from './register-columns';

/**
 * 個人情報管理台帳 as a register: one row per data set, the columns an auditor asks for (JIS Q 15001's inventory),
 * with the safety measures of APPI Art. 23 in the guideline's four categories.
 */
const list = (parts: readonly string[], lang: RegisterLang) => parts.join(lang === 'ja' ? '、' : ', ');
const withNote = (main: string, note: string) => [main, note].filter(Boolean).join('\n');
const yesNo = (value: boolean, note: string, lang: RegisterLang) =>
  value ? withNote(lang === 'ja' ? 'あり' : 'yes', note) : lang === 'ja' ? 'なし' : 'none';

function items(entry: InventoryEntry, lang: RegisterLang): string {
  const sensitiveMark = lang === 'ja' ? '（要配慮）' : ' (sensitive)';
  const catalogue = entry.heldItems.map((code) => dataItemCatalog[code].label[lang] + (dataItemCatalog[code].sensitive ? sensitiveMark : ''));
  const others = entry.otherHeldItems.map((item) => item.itemName + (item.itemSensitive ? sensitiveMark : ''));
  return list([...catalogue, ...others], lang);
}

const columns: RegisterColumn<InventoryEntry>[] = [
  { key: 'id', headerJa: '管理番号', headerEn: 'ID', width: 8, value: (e) => e.id, overview: true },
  { key: 'name', headerJa: '個人情報の名称', headerEn: 'Data set', width: 28, value: (e) => e.entryName, overview: true },
  { key: 'department', headerJa: '管理部署', headerEn: 'Owner department', value: (e) => e.ownerDepartment, overview: true },
  {
    key: 'subjects',
    headerJa: '本人の種類',
    headerEn: 'Whom it concerns',
    value: (e, lang) => withNote(list(e.subjects.map((s) => subjectLabels[s][lang]), lang), e.subjectsNote),
  },
  { key: 'items', headerJa: '項目', headerEn: 'Items', width: 40, value: items },
  {
    key: 'sensitive',
    headerJa: '要配慮個人情報',
    headerEn: 'Sensitive',
    value: (e, lang) => {
      const any = e.heldItems.some((code) => dataItemCatalog[code].sensitive) || e.otherHeldItems.some((i) => i.itemSensitive);
      return any ? (lang === 'ja' ? 'あり' : 'yes') : lang === 'ja' ? 'なし' : 'no';
    },
  },
  { key: 'people', headerJa: '件数（人）', headerEn: 'People', value: (e) => e.peopleCount, overview: true },
  { key: 'purposes', headerJa: '利用目的', headerEn: 'Purposes of use', width: 40, value: (e) => e.purposes.join('\n') },
  { key: 'acquisition', headerJa: '取得方法', headerEn: 'How acquired', value: (e, lang) => withNote(acquisitionLabels[e.acquisition][lang], e.acquisitionNote) },
  { key: 'medium', headerJa: '保管媒体', headerEn: 'Medium', value: (e, lang) => mediumLabels[e.storageMedium][lang] },
  { key: 'system', headerJa: '保管システム', headerEn: 'System', value: (e) => e.storageSystem },
  { key: 'location', headerJa: '保管場所', headerEn: 'Location', value: (e) => e.storageLocation },
  { key: 'country', headerJa: '保管国（国外）', headerEn: 'Country (abroad)', value: (e) => e.storageCountry },
  { key: 'access', headerJa: 'アクセスできる者', headerEn: 'Who may access', value: (e) => e.accessScope },
  { key: 'retention', headerJa: '保管期間', headerEn: 'Retention', value: (e) => e.retention },
  { key: 'disposal', headerJa: '廃棄方法', headerEn: 'Disposal', value: (e) => e.disposal },
  { key: 'entrustees', headerJa: '委託先', headerEn: 'Entrustees', value: (e, lang) => list(e.entrusteeNames, lang) },
  { key: 'thirdParty', headerJa: '第三者提供', headerEn: 'Third parties', value: (e, lang) => yesNo(e.thirdPartyProvision, e.thirdPartyNote, lang) },
  { key: 'jointUse', headerJa: '共同利用', headerEn: 'Joint use', value: (e, lang) => yesNo(e.jointUse, e.jointUseNote, lang) },
  { key: 'abroad', headerJa: '外国への提供・保管', headerEn: 'Abroad', value: (e, lang) => yesNo(e.abroad, e.abroadNote, lang) },
  { key: 'risks', headerJa: 'リスク', headerEn: 'Risks', width: 40, value: (e) => e.risks },
  { key: 'organizational', headerJa: '組織的安全管理措置', headerEn: 'Organisational measures', width: 40, value: (e) => e.measuresOrganizational },
  { key: 'human', headerJa: '人的安全管理措置', headerEn: 'Human measures', width: 40, value: (e) => e.measuresHuman },
  { key: 'physical', headerJa: '物理的安全管理措置', headerEn: 'Physical measures', width: 40, value: (e) => e.measuresPhysical },
  { key: 'technical', headerJa: '技術的安全管理措置', headerEn: 'Technical measures', width: 40, value: (e) => e.measuresTechnical },
  { key: 'reviewed', headerJa: '最終見直し日', headerEn: 'Last reviewed', value: (e) => dateCell(e.lastReviewedOn), overview: true },
  { key: 'nextReview', headerJa: '次回見直し予定日', headerEn: 'Next review', value: (e) => dateCell(e.nextReviewOn) },
];

export const inventoryRegister: RegisterSpec<InventoryEntry> = {
  kind: 'inventory',
  titleJa: '個人情報管理台帳',
  titleEn: 'Personal Data Inventory',
  columns,
  entryTitle: (e) => e.entryName,
  noteJa: '当社が取り扱う個人情報を特定し、その取扱いと安全管理措置（個人情報の保護に関する法律第23条）を記録した台帳です。',
  noteEn: 'The personal data the company handles, how it is handled and the safety measures taken (APPI Article 23).',
};
