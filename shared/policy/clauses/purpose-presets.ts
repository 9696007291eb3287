import type { LocalizedText } from '../../errors';
import type { PersonCategory } from '../vocabulary';

/**
 * Concrete purposes of use per category of persons, as structured rows start out. Art. 17(1) asks for purposes
 * "as specific as possible": each row says what is done and why, never just "for business activities".
 */
export interface PurposePreset {
  readonly id: string;
  readonly category: PersonCategory;
  readonly purposes: readonly LocalizedText[];
}

export const purposePresets: readonly PurposePreset[] = [
  {
    id: 'service_users',
    category: 'customers',
    purposes: [
      { ja: '本サービスの提供、本人確認並びに利用料金の請求及び決済のため', en: 'To provide the Service, verify users’ identity, and bill and collect service fees' },
      { ja: '本サービスに関するお知らせ、メンテナンス情報その他重要なご連絡のため', en: 'To send notices about the Service, maintenance information and other important communications' },
      { ja: '本サービスの改善及び新機能の開発のための利用状況の分析（特定の個人を識別できない統計情報の作成を含む。）のため', en: 'To analyze usage in order to improve the Service and develop new features (including creating statistics that do not identify individuals)' },
      { ja: '利用規約に違反する行為及び不正利用の防止並びにこれらへの対応のため', en: 'To prevent and respond to violations of the Terms of Use and fraudulent use' },
      { ja: '本人の同意を得たうえで、新サービス、キャンペーン等をご案内するため', en: 'To inform users, with their consent, of new services and campaigns' },
    ],
  },
  {
    id: 'customers',
    category: 'customers',
    purposes: [
      { ja: '製品・サービスの受注、出荷、納品並びに代金の請求及び回収のため', en: 'To take orders for, ship and deliver products and services, and to invoice and collect payment' },
      { ja: '製品の修理、保守、リコールその他のアフターサービスの実施及びこれに関するご連絡のため', en: 'To carry out repairs, maintenance, recalls and other after-sales service and to communicate about them' },
      { ja: '製品・サービス、展示会、セミナー等のご案内のため', en: 'To inform customers of products, services, exhibitions and seminars' },
    ],
  },
  {
    id: 'suppliers',
    category: 'suppliers',
    purposes: [
      { ja: '商談、打合せ、契約の締結及び履行並びに取引に関するご連絡のため', en: 'To negotiate, hold meetings, conclude and perform contracts, and communicate about transactions' },
      { ja: 'お取引先情報の管理並びに支払及び経理処理のため', en: 'To manage business partner records and to process payments and accounts' },
    ],
  },
  {
    id: 'shareholders',
    category: 'shareholders',
    purposes: [
      { ja: '会社法に基づく権利の行使及び義務の履行のため', en: 'To exercise rights and perform obligations under the Companies Act' },
      { ja: '株主名簿の作成及び管理並びに株主の皆様への各種便宜の提供のため', en: 'To prepare and maintain the shareholder register and to provide benefits to shareholders' },
    ],
  },
  {
    id: 'employees',
    category: 'employees',
    purposes: [
      { ja: '雇用管理、給与・賞与の支払、人事評価、社会保険等の手続及び福利厚生のため', en: 'For employment management, payment of salaries and bonuses, personnel evaluation, social insurance procedures and welfare benefits' },
      { ja: '健康診断の実施その他の安全衛生管理のため', en: 'To carry out health checks and other occupational health and safety management' },
    ],
  },
  {
    id: 'applicants',
    category: 'applicants',
    purposes: [
      { ja: '採用選考、選考結果のご連絡及び入社手続のため', en: 'For recruitment screening, notifying applicants of the results and onboarding procedures' },
    ],
  },
  {
    id: 'inquirers',
    category: 'inquirers',
    purposes: [
      { ja: 'お問い合わせ及びご相談への回答並びに対応記録の管理のため', en: 'To answer inquiries and consultations and to keep records of the responses' },
    ],
  },
];
