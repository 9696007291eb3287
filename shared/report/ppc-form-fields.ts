import type { LocalizedText } from '../errors';
import type { UnknownKind } from './unknown';

/**
 * The fields of a report to the PPC (漏えい等報告), in the order the helper shows them: the reporter, whether it
 * is a target business of an authorized organization, the report's kind, the dates of occurrence, discovery and
 * knowing, the medium, entrustor and entrustee, then the nine items of Rule Art. 8(1) with the yes / no / unknown
 * and done / planned choices of items 5–7 (appi.md §3).
 *
 * The order follows the PPC's report form (報告書様式, 別記様式第一) as appi.md §3 describes it: the online form's
 * own order (漏えい等報告フォーム) could not be confirmed from public material, and the screen says so.
 * Each field also says which gap word it takes while unknown (shared/report/unknown.ts).
 */
export const ppcSectionKeys = ['reporter', 'report', 'dates', 'circumstances', 'items'] as const;
export type PpcSectionKey = (typeof ppcSectionKeys)[number];

export interface PpcFieldDefinition {
  readonly section: PpcSectionKey;
  readonly label: LocalizedText;
  /** The item of Rule Art. 8(1) the field belongs to (1–9), for the items section. */
  readonly item?: number;
  /** Which gap word the field shows while unknown. */
  readonly unknown: UnknownKind;
  /** Free text that may run over several lines (a textarea in the PPC's form). */
  readonly long?: boolean;
}

const f = (section: PpcSectionKey, ja: string, en: string, unknown: UnknownKind, extra: Partial<PpcFieldDefinition> = {}) =>
  ({ section, label: { ja, en }, unknown, ...extra }) satisfies PpcFieldDefinition;

export const ppcFieldDefinitions = {
  // 報告者: the business itself, not the person typing (the PPC's reporting notes say so).
  reporterName: f('reporter', '報告者の氏名又は名称', "Reporter's name (the business)", 'confirming'),
  corporateNumber: f('reporter', '法人番号', 'Corporate number', 'confirming'),
  industry: f('reporter', '業種', 'Industry', 'confirming'),
  address: f('reporter', '住所（所在地）', 'Address', 'confirming'),
  representative: f('reporter', '代表者の氏名', 'Representative', 'confirming'),
  contactDepartment: f('reporter', '担当者の所属部署', "Contact person's department", 'confirming'),
  contactTitle: f('reporter', '担当者の役職', "Contact person's title", 'confirming'),
  contactName: f('reporter', '担当者の氏名', "Contact person's name", 'confirming'),
  contactPhone: f('reporter', '担当者の電話番号', "Contact person's phone number", 'confirming'),
  contactEmail: f('reporter', '担当者のメールアドレス', "Contact person's email address", 'confirming'),
  authorizedOrgTarget: f(
    'reporter',
    '認定個人情報保護団体の対象事業者への該当',
    'Target business of an authorized personal information protection organization',
    'confirming',
  ),

  reportKind: f('report', '報告の種類（速報・確報）', 'Kind of report (preliminary or final)', 'confirming'),
  preliminarySentAt: f('report', '速報の報告日時', 'When the preliminary report was filed', 'confirming'),
  preliminaryReference: f('report', '速報の受付番号', 'Reference number of the preliminary report', 'confirming'),
  breachKind: f('report', '事態の区分（漏えい・滅失・毀損）', 'Kind of event (leak, loss or damage)', 'investigating'),
  situations: f('report', '報告対象となる事態（施行規則第7条）', 'Situations requiring a report (Rule Art. 7)', 'investigating', { long: true }),

  occurredAt: f('dates', '発生日時', 'When it occurred', 'investigating'),
  discoveredAt: f('dates', '発覚日時', 'When it was discovered', 'investigating'),
  discoveredBy: f('dates', '発見者', 'Who discovered it', 'investigating'),
  howDiscovered: f('dates', '発覚の経緯', 'How it was discovered', 'investigating', { long: true }),
  knownAt: f('dates', '報告対象事態を知った日時', 'When the business knew of it', 'investigating'),

  medium: f('circumstances', '漏えい等した個人データの媒体', 'Medium of the personal data concerned', 'investigating'),
  entrustor: f('circumstances', '委託元（当社が取扱いの委託を受けている場合）', 'Entrustor (when we process the data on its behalf)', 'confirming'),
  entrustee: f('circumstances', '委託先（委託先で発生した場合）', 'Entrustee (when it happened at our processor)', 'confirming'),

  overview: f('items', '概要', 'Overview', 'investigating', { item: 1, long: true }),
  dataItems: f(
    'items',
    '漏えい等が発生し、又は発生したおそれがある個人データの項目',
    'Items of personal data leaked, lost or damaged (or possibly so)',
    'investigating',
    { item: 2, long: true },
  ),
  sensitiveIncluded: f('items', '要配慮個人情報の有無', 'Whether sensitive personal information is included', 'investigating', { item: 2 }),
  individuals: f(
    'items',
    '漏えい等が発生し、又は発生したおそれがある個人データに係る本人の数',
    'Number of individuals whose personal data is concerned',
    'investigating',
    { item: 3, long: true },
  ),
  cause: f('items', '原因', 'Cause', 'investigating', { item: 4, long: true }),
  secondaryDamage: f('items', '二次被害又はそのおそれの有無', 'Secondary damage or its risk', 'confirming', { item: 5 }),
  secondaryDamageDetail: f('items', '二次被害又はそのおそれの内容', 'What the secondary damage or its risk is', 'investigating', {
    item: 5,
    long: true,
  }),
  responseStatus: f('items', '本人への対応の実施状況', 'Response to the individuals: status', 'confirming', { item: 6 }),
  responseDetail: f('items', '本人への対応の内容', 'Response to the individuals: what was or will be done', 'confirming', {
    item: 6,
    long: true,
  }),
  publicationStatus: f('items', '公表の実施状況', 'Public announcement: status', 'confirming', { item: 7 }),
  publicationDetail: f('items', '公表の内容', 'Public announcement: what was or will be published', 'confirming', { item: 7, long: true }),
  prevention: f('items', '再発防止のための措置', 'Measures to prevent recurrence', 'confirming', { item: 8, long: true }),
  other: f('items', 'その他参考となる事項', 'Other reference matters', 'confirming', { item: 9, long: true }),
  otherBodies: f('items', '他の行政機関等への報告・連絡', 'Other authorities and bodies informed', 'confirming', { item: 9, long: true }),
} as const satisfies Record<string, PpcFieldDefinition>;

export type PpcFieldKey = keyof typeof ppcFieldDefinitions;

/** Every field in display order (an object's string keys keep their insertion order). */
export const ppcFieldKeys = Object.keys(ppcFieldDefinitions) as PpcFieldKey[];

export const ppcSectionLabels: Record<PpcSectionKey, LocalizedText> = {
  reporter: { ja: '報告者', en: 'Reporter' },
  report: { ja: '報告の種類と事態の区分', en: 'Report and kind of event' },
  dates: { ja: '発生・発覚・把握の日時', en: 'Occurrence, discovery and knowing' },
  circumstances: { ja: '媒体と委託関係', en: 'Medium, entrustor and entrustee' },
  items: { ja: '報告事項（施行規則第8条第1項）', en: 'Report items (Rule Art. 8(1))' },
};
