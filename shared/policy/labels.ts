import type { LocalizedText } from '../errors';
import type { PersonCategory, PolicyKind, RequestKind, SectionKind } from './vocabulary';

/**
 * What the user reads for each vocabulary word. Section labels are written as the titles real Japanese policies
 * use, so they double as default article titles (第5条（第三者提供）).
 */
export const sectionKindLabels = {
  basic_policy_statement: { ja: '基本方針', en: 'Basic Policy' },
  definitions: { ja: '定義', en: 'Definitions' },
  information_collected: { ja: '取得する個人情報', en: 'Personal Information We Collect' },
  collection_methods: { ja: '個人情報の取得方法', en: 'How We Collect Personal Information' },
  purposes_of_use: { ja: '利用目的', en: 'Purposes of Use' },
  consent_items: { ja: '同意の取得', en: 'Consent' },
  third_party_provision: { ja: '第三者提供', en: 'Provision to Third Parties' },
  outsourcing: { ja: '取扱いの委託', en: 'Outsourcing' },
  joint_use: { ja: '共同利用', en: 'Joint Use' },
  cross_border: { ja: '外国にある第三者への提供', en: 'Provision to Third Parties in Foreign Countries' },
  security_measures: { ja: '安全管理措置', en: 'Security Control Measures' },
  cookies: { ja: 'Cookie等の利用', en: 'Cookies' },
  external_transmission: { ja: '外部送信', en: 'External Transmission of User Information' },
  ai_processing: { ja: 'AIによる処理', en: 'Processing by AI' },
  request_procedures: { ja: '開示等の請求手続', en: 'Requests for Disclosure and Other Actions' },
  complaint_desk: { ja: '苦情・相談窓口', en: 'Complaints and Consultation Desk' },
  authorized_organization: { ja: '認定個人情報保護団体', en: 'Authorized Personal Information Protection Organization' },
  incident_response: { ja: '漏えい等発生時の対応', en: 'Response to Data Breaches' },
  revisions: { ja: '本ポリシーの改定', en: 'Revisions to This Policy' },
  contact: { ja: 'お問い合わせ', en: 'Contact' },
  custom: { ja: 'その他', en: 'Other' },
} as const satisfies Record<SectionKind, LocalizedText>;

export const policyKindLabels = {
  privacy_policy: { ja: 'プライバシーポリシー', en: 'Privacy Policy' },
  basic_policy: { ja: '個人情報保護方針', en: 'Basic Policy on Personal Information Protection' },
  external_transmission_notice: { ja: '外部送信に関する公表事項', en: 'Notice on External Transmission' },
  combined: { ja: '個人情報保護方針及び個人情報の取扱いについて', en: 'Personal Information Protection Policy and Handling' },
} as const satisfies Record<PolicyKind, LocalizedText>;

export const personCategoryLabels = {
  customers: { ja: 'お客様', en: 'Customers' },
  employees: { ja: '従業者', en: 'Employees' },
  applicants: { ja: '採用応募者', en: 'Job applicants' },
  suppliers: { ja: 'お取引先', en: 'Business partners and suppliers' },
  shareholders: { ja: '株主', en: 'Shareholders' },
  inquirers: { ja: 'お問い合わせをされた方', en: 'People who contact us' },
  other: { ja: 'その他の方', en: 'Others' },
} as const satisfies Record<PersonCategory, LocalizedText>;

export const requestKindLabels = {
  purpose_notification: { ja: '利用目的の通知', en: 'notification of the purposes of use' },
  disclosure: { ja: '開示', en: 'disclosure' },
  third_party_records: { ja: '第三者提供記録の開示', en: 'disclosure of third-party provision records' },
  correction: { ja: '訂正・追加・削除', en: 'correction, addition or deletion' },
  cessation_of_use: { ja: '利用停止・消去', en: 'cessation of use or erasure' },
  cessation_of_provision: { ja: '第三者提供の停止', en: 'cessation of provision to third parties' },
} as const satisfies Record<RequestKind, LocalizedText>;
