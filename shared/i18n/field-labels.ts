import type { LocalizedText } from '../errors';

/**
 * The name of every user-facing field, used by error messages so that they name the field
 * ("事業者名（日本語）が入力されていません。") and by the UI as the label. Keyed by the field's
 * property name in the contract's schemas.
 */
export const fieldLabels = {
  id: { ja: 'ID', en: 'ID' },
  revision: { ja: '更新番号', en: 'revision' },
  query: { ja: '検索語', en: 'search text' },
  limit: { ja: '件数', en: 'limit' },
  offset: { ja: '開始位置', en: 'offset' },
  path: { ja: 'ファイルの場所', en: 'file location' },
  legalNameJa: { ja: '事業者名（日本語）', en: 'legal name (Japanese)' },
  legalNameEn: { ja: '事業者名（英語）', en: 'legal name (English)' },
  postalCode: { ja: '郵便番号', en: 'postal code' },
  addressJa: { ja: '所在地（日本語）', en: 'address (Japanese)' },
  addressEn: { ja: '所在地（英語）', en: 'address (English)' },
  representativeTitleJa: { ja: '代表者の役職（日本語）', en: "representative's title (Japanese)" },
  representativeTitleEn: { ja: '代表者の役職（英語）', en: "representative's title (English)" },
  representativeNameJa: { ja: '代表者の氏名（日本語）', en: "representative's name (Japanese)" },
  representativeNameEn: { ja: '代表者の氏名（英語）', en: "representative's name (English)" },
  protectionManagerTitle: { ja: '個人情報保護管理者の役職', en: "protection manager's title" },
  protectionManagerName: { ja: '個人情報保護管理者の氏名', en: "protection manager's name" },
  phone: { ja: '電話番号', en: 'phone number' },
  email: { ja: 'メールアドレス', en: 'email address' },
  website: { ja: 'ウェブサイト', en: 'website' },
  authorizedOrgMember: { ja: '認定個人情報保護団体への加入', en: 'membership of an authorized organization' },
  authorizedOrgNameJa: { ja: '認定個人情報保護団体の名称（日本語）', en: 'authorized organization (Japanese)' },
  authorizedOrgNameEn: { ja: '認定個人情報保護団体の名称（英語）', en: 'authorized organization (English)' },
  authorizedOrgDeskId: { ja: '認定個人情報保護団体の苦情窓口', en: "authorized organization's complaint desk" },
  privacyMarkNumber: { ja: 'プライバシーマーク登録番号', en: 'PrivacyMark number' },
  companyId: { ja: '事業者', en: 'company' },
  kind: { ja: '窓口の種類', en: 'kind of desk' },
  nameJa: { ja: '窓口名（日本語）', en: 'desk name (Japanese)' },
  nameEn: { ja: '窓口名（英語）', en: 'desk name (English)' },
  department: { ja: '担当部署', en: 'department' },
  personInCharge: { ja: '担当者', en: 'person in charge' },
  phones: { ja: '電話番号', en: 'phone numbers' },
  label: { ja: '種別', en: 'label' },
  number: { ja: '電話番号', en: 'phone number' },
  receptionDays: { ja: '受付曜日', en: 'reception days' },
  closedOnHolidays: { ja: '祝日・年末年始は休業', en: 'closed on holidays' },
  hoursFrom: { ja: '受付開始時刻', en: 'opening time' },
  hoursTo: { ja: '受付終了時刻', en: 'closing time' },
  receptionNoteJa: { ja: '受付についての補足（日本語）', en: 'reception note (Japanese)' },
  receptionNoteEn: { ja: '受付についての補足（英語）', en: 'reception note (English)' },
  languages: { ja: '対応言語', en: 'languages' },
  inquiryFormUrl: { ja: 'お問い合わせフォームのURL', en: 'inquiry form URL' },
  userName: { ja: '操作者名', en: 'operator name' },
  language: { ja: '表示言語', en: 'display language' },
} as const satisfies Record<string, LocalizedText>;

export type FieldName = keyof typeof fieldLabels;

export function labelOf(field: string | number | undefined): LocalizedText {
  if (typeof field === 'string' && field in fieldLabels) return fieldLabels[field as FieldName];
  if (typeof field === 'string') return { ja: field, en: field };
  return { ja: '入力内容', en: 'input' };
}
