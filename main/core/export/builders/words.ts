import type { Lang } from '../model';

/**
 * The fixed words the incident documents print around a record's content, in Japanese and English. Kept in one
 * place so the wording can be reviewed (and corrected) without reading the builders.
 */
const ja = {
  colon: '：',
  phone: '電話',
  email: 'メール',
  ppc: '個人情報保護委員会',
  to: (recipient: string) => `${recipient}\u3000御中`,
  ppcTitle: { preliminary: '個人データの漏えい等の事案に関する報告（速報）', final: '個人データの漏えい等の事案に関する報告（確報）' },
  stage: { preliminary: '速報', final: '確報' },
  reporter: '報告者',
  name: '名称',
  address: '所在地',
  representative: '代表者',
  contact: '担当者（連絡先）',
  caseSection: '報告の区分及び事案の日時',
  reportKind: '報告の種類',
  route: '報告先',
  delegated: (ministry: string) => `${ministry}（権限の委任：個人情報保護法第150条）`,
  direct: '個人情報保護委員会（直接）',
  preliminarySent: '速報の提出',
  preliminaryOn: (date: string, reference: string) => `${date}提出${reference ? `（受付番号：${reference}）` : ''}`,
  preliminaryCombined: '速報を兼ねる確報として提出',
  preliminaryNone: '速報の提出記録なし',
  breachKind: '事態の種類',
  breach: { leak: '漏えい', loss: '滅失', damage: '毀損' },
  certainty: { confirmed: '（確認済み）', suspected: 'のおそれ' },
  occurredAt: '発生日時',
  discoveredAt: '発覚日時',
  knownAt: '把握日時（報告期限の起算点）',
  elsewhere: '他の機関への報告・連絡',
  noneRecorded: '記録なし',
  sentOn: (date: string) => `${date}送信`,
  notYetSent: '未送信',
  itemsSection: '報告事項（個人情報保護法施行規則第8条第1項）',
  basisSection: '報告対象となる事態（施行規則第7条）',
  verdict: { yes: '報告対象に当たります。', no: '報告対象に当たりません。', undetermined: 'まだ判断できません（確認中の事実があります）。' },
  noTrigger: '該当する事態は確認されていません。',
  exemption: '高度な暗号化等の措置が講じられているため、報告対象から除かれます。',
  legalBasis: {
    preliminary: '本報告は、個人情報の保護に関する法律第26条第1項及び同法施行規則第8条第1項に基づく速報です。現時点で判明していない事項は、判明次第、確報にて報告します。',
    final: '本報告は、個人情報の保護に関する法律第26条第1項及び同法施行規則第8条第2項に基づく確報です。',
  },
  sensitiveLine: { true: '要配慮個人情報：含まれる', false: '要配慮個人情報：含まれない', null: '要配慮個人情報：未確認' },
  people: (n: string) => `${n}人`,
  about: (n: string) => `約${n}人（推計）`,
  upTo: (n: string) => `（最大${n}人）`,
  citationNote: (n: number) => `施行規則第8条第1項第${n}号`,
  itemLabel: (n: number, label: string) => `（${n}）${label}`,
} as const;

type Words = { [K in keyof typeof ja]: (typeof ja)[K] extends (...args: infer A) => string ? (...args: A) => string : (typeof ja)[K] extends string ? string : { [P in keyof (typeof ja)[K]]: string } };

const roman = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix'];

const en: Words = {
  colon: ': ',
  phone: 'Phone',
  email: 'Email',
  ppc: 'Personal Information Protection Commission',
  to: (recipient) => `To: ${recipient}`,
  ppcTitle: {
    preliminary: 'Report on a Leak or Other Incident Involving Personal Data (Preliminary Report)',
    final: 'Report on a Leak or Other Incident Involving Personal Data (Final Report)',
  },
  stage: { preliminary: 'Preliminary report', final: 'Final report' },
  reporter: 'Reporter',
  name: 'Name',
  address: 'Address',
  representative: 'Representative',
  contact: 'Contact person',
  caseSection: 'Report and Dates',
  reportKind: 'Kind of report',
  route: 'Submitted to',
  delegated: (ministry) => `${ministry} (delegated authority, APPI Art. 150)`,
  direct: 'Personal Information Protection Commission (directly)',
  preliminarySent: 'Preliminary report',
  preliminaryOn: (date, reference) => `Submitted on ${date}${reference ? ` (reference ${reference})` : ''}`,
  preliminaryCombined: 'This final report also serves as the preliminary report',
  preliminaryNone: 'No preliminary report on record',
  breachKind: 'Kind of incident',
  breach: { leak: 'Leak', loss: 'Loss', damage: 'Damage' },
  certainty: { confirmed: ' (confirmed)', suspected: ' (suspected)' },
  occurredAt: 'Occurred',
  discoveredAt: 'Discovered',
  knownAt: 'Known to the business (start of the reporting period)',
  elsewhere: 'Also reported to',
  noneRecorded: 'None recorded',
  sentOn: (date) => `sent ${date}`,
  notYetSent: 'not yet sent',
  itemsSection: 'Matters Reported (Enforcement Rules Art. 8(1))',
  basisSection: 'Why the Incident Is Reportable (Enforcement Rules Art. 7)',
  verdict: {
    yes: 'The incident is reportable.',
    no: 'The incident is not reportable.',
    undetermined: 'Reportability cannot be decided yet (facts are still being established).',
  },
  noTrigger: 'No trigger has been found to hold.',
  exemption: 'Excluded from reporting: the data was protected by high-level encryption.',
  legalBasis: {
    preliminary:
      'This preliminary report is made under APPI Art. 26(1) and Enforcement Rules Art. 8(1). Matters not yet known will be reported in the final report once established.',
    final: 'This final report is made under APPI Art. 26(1) and Enforcement Rules Art. 8(2).',
  },
  sensitiveLine: {
    true: 'Sensitive personal information: included',
    false: 'Sensitive personal information: not included',
    null: 'Sensitive personal information: not yet known',
  },
  people: (n) => `${n} individuals`,
  about: (n) => `About ${n} individuals (estimate)`,
  upTo: (n) => ` (at most ${n})`,
  citationNote: (n) => `Enforcement Rules Art. 8(1)(${roman[n - 1]})`,
  itemLabel: (n, label) => `(${n}) ${label}`,
};

export function words(lang: Lang): Words {
  return lang === 'ja' ? ja : en;
}
