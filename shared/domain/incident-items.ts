import type { LocalizedText } from '../errors';

/**
 * The personal-data items a breach may concern (Rule Art. 8(1)(ii): 「漏えい等が発生し、又は発生したおそれがある
 * 個人データの項目」), chosen from a fixed list. Each item says whether it makes the incident reportable whatever
 * the number of people:
 * - `sensitive`: 要配慮個人情報 (APPI Art. 2(3); Cabinet Order Art. 2; Rule Art. 5) → trigger Rule Art. 7(i);
 * - `financial`: data whose misuse could cause financial loss → trigger Rule Art. 7(ii). The guideline's examples
 *   are card numbers and the login credentials of services that can send or pay money (GL 3-5-3-1); bank-account
 *   details are listed here as well, to be confirmed case by case.
 * My Number is 特定個人情報: its breaches are reported under the My Number Act, not as sensitive data under APPI.
 * Items outside the list are free text (`otherDataItems`); the explicit flags cover them.
 */
export interface DataItem {
  readonly label: LocalizedText;
  readonly sensitive: boolean;
  readonly financial: boolean;
}

const item = (ja: string, en: string, mark: 'sensitive' | 'financial' | null = null): DataItem => ({
  label: { ja, en },
  sensitive: mark === 'sensitive',
  financial: mark === 'financial',
});

export const dataItemCatalog = {
  name: item('氏名', 'name'),
  address: item('住所', 'address'),
  phone: item('電話番号', 'phone number'),
  email: item('メールアドレス', 'email address'),
  birthDate: item('生年月日', 'date of birth'),
  gender: item('性別', 'gender'),
  photo: item('顔写真', 'photograph of the face'),
  employeeNumber: item('社員番号・会員番号', 'employee or member number'),
  loginCredentials: item('ログインID・パスワード', 'login ID and password'),
  purchaseHistory: item('購入履歴', 'purchase history'),
  location: item('位置情報', 'location data'),
  driverLicense: item('運転免許証番号', "driver's licence number"),
  passport: item('旅券番号', 'passport number'),
  myNumber: item('個人番号（マイナンバー）', 'My Number (individual number)'),
  creditCard: item('クレジットカード番号', 'credit-card number', 'financial'),
  cardSecurityCode: item('カードの有効期限・セキュリティコード', 'card expiry date or security code', 'financial'),
  bankAccount: item('銀行口座情報', 'bank-account details', 'financial'),
  onlineBanking: item('ネットバンキングのID・パスワード', 'online-banking ID and password', 'financial'),
  paymentCredentials: item('送金・決済機能のあるサービスのID・パスワード', 'credentials of a service that can send or pay money', 'financial'),
  race: item('人種', 'race', 'sensitive'),
  creed: item('信条', 'creed', 'sensitive'),
  socialStatus: item('社会的身分', 'social status', 'sensitive'),
  medicalHistory: item('病歴・診療情報', 'medical history or treatment', 'sensitive'),
  healthCheck: item('健康診断等の結果', 'results of health checks', 'sensitive'),
  genome: item('ゲノム情報', 'genomic data', 'sensitive'),
  disability: item('障害', 'disability', 'sensitive'),
  criminalRecord: item('犯罪の経歴', 'criminal record', 'sensitive'),
  criminalProcedure: item('刑事事件に関する手続', 'criminal proceedings', 'sensitive'),
  crimeVictim: item('犯罪により害を被った事実', 'having been a victim of crime', 'sensitive'),
} as const satisfies Record<string, DataItem>;

export type DataItemCode = keyof typeof dataItemCatalog;

/** The catalogue's order: forms list items in it and stored sets are returned in it. */
export const dataItemCodes = Object.keys(dataItemCatalog) as [DataItemCode, ...DataItemCode[]];

export function anySensitive(items: readonly DataItemCode[]): boolean {
  return items.some((code) => dataItemCatalog[code].sensitive);
}

export function anyFinancial(items: readonly DataItemCode[]): boolean {
  return items.some((code) => dataItemCatalog[code].financial);
}
