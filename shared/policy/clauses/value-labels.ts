/**
 * What each clause variable is, in the words of the company record or the policy form. A gap marker shows this
 * (【未設定：サービス名】), never the variable's code name, since the draft is read by people who did not write it.
 */
const valueLabels: Readonly<Record<string, { readonly ja: string; readonly en: string }>> = {
  companyName: { ja: '事業者の名称', en: 'company name' },
  companyAddress: { ja: '事業者の住所', en: 'company address' },
  representative: { ja: '代表者の氏名', en: 'representative' },
  protectionManager: { ja: '個人情報保護管理者', en: 'protection manager' },
  serviceName: { ja: 'サービス名', en: 'service name' },
  authorizedOrgName: { ja: '認定個人情報保護団体の名称', en: 'authorized organization' },
  foreignCountries: { ja: '外国の名称', en: 'foreign countries' },
  deskName: { ja: '窓口の名称', en: 'desk name' },
  deskContact: { ja: '窓口の連絡先', en: 'desk contact' },
  fee: { ja: '手数料', en: 'fee' },
  identityDocuments: { ja: '本人確認書類', en: 'identity documents' },
  requestMethod: { ja: '請求の方法', en: 'request method' },
  jointItems: { ja: '共同利用する項目', en: 'jointly used items' },
  jointUsers: { ja: '共同利用者の範囲', en: 'joint users' },
  jointPurposes: { ja: '共同利用の目的', en: 'joint-use purposes' },
  jointResponsible: { ja: '共同利用の責任者', en: 'person responsible for joint use' },
};

/** A variable's name for the reader (its code name when it is not one of the library's). */
export function valueLabel(name: string, lang: 'ja' | 'en'): string {
  return Object.hasOwn(valueLabels, name) ? (valueLabels[name]?.[lang] ?? name) : name;
}

const byLabel = new Map<string, string>(
  Object.entries(valueLabels).flatMap(([name, label]) => [
    [label.ja, name],
    [label.en, name],
  ]),
);

/** The variable a marker's label stands for; a marker written with the code name (older drafts) reads as itself. */
export function variableOfLabel(label: string): string {
  return byLabel.get(label) ?? label;
}
