import type { Lang } from '../model';

/**
 * The fixed words the incident documents print around a record's content, in Japanese and English. Kept in one
 * place so the wording can be reviewed (and corrected) without reading the builders.
 */
const ja = {
  colon: '：',
  ppc: '個人情報保護委員会',
  to: (recipient: string) => `${recipient}\u3000御中`,
  ppcTitle: { preliminary: '個人データの漏えい等の事案に関する報告（速報）', final: '個人データの漏えい等の事案に関する報告（確報）' },
  delegated: (ministry: string) => `${ministry}（権限の委任：個人情報保護法第150条）`,
  direct: '個人情報保護委員会（直接）',
  breachKind: '事態の種類',
  breach: { leak: '漏えい', loss: '滅失', damage: '毀損' },
  certainty: { confirmed: '（確認済み）', suspected: 'のおそれ' },
  occurredAt: '発生日時',
  discoveredAt: '発覚日時',
  knownAt: '把握日時（報告期限の起算点）',
  notYetSent: '未送信',
  itemsSection: '報告事項（個人情報保護法施行規則第8条第1項）',
  verdict: { yes: '報告対象に当たります。', no: '報告対象に当たりません。', undetermined: 'まだ判断できません（確認中の事実があります）。' },
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
  // The report to the PPC (ppc-report.ts): its sections, the parts of items 2, 5–7 and 9, drafts and changes.
  draftTitle: '（案）',
  draftMark: '案',
  draftMarkNotReportable: '案・報告対象外と判定',
  draftMarkUndetermined: '案・報告要否を確認中',
  reporterSection: '報告者',
  reportSection: '報告の種類及び事態の区分',
  datesSection: '発生・発覚・把握の状況',
  circumstancesSection: '漏えい等した個人データの媒体及び委託関係',
  sensitivePart: '要配慮個人情報の有無',
  presencePart: '有無',
  contentPart: '内容',
  statusPart: '実施状況',
  otherBodiesPart: '他の行政機関等への報告・連絡',
  changedMark: '［速報から変更］',
  changesSection: '速報からの変更点',
  changesLead: '速報で報告した内容から、次の事項を変更・追加しました（括弧内は速報時の記載）。',
  noChanges: '速報で報告した内容から変更した事項はありません。',
  wasFiled: (before: string) => `（速報時：${before}）`,
  notInPreliminary: '記載なし',
} as const;

type Words = { [K in keyof typeof ja]: (typeof ja)[K] extends (...args: infer A) => string ? (...args: A) => string : (typeof ja)[K] extends string ? string : { [P in keyof (typeof ja)[K]]: string } };

const roman = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix'];

const en: Words = {
  colon: ': ',
  ppc: 'Personal Information Protection Commission',
  to: (recipient) => `To: ${recipient}`,
  ppcTitle: {
    preliminary: 'Report on a Leak or Other Incident Involving Personal Data (Preliminary Report)',
    final: 'Report on a Leak or Other Incident Involving Personal Data (Final Report)',
  },
  delegated: (ministry) => `${ministry} (delegated authority, APPI Art. 150)`,
  direct: 'Personal Information Protection Commission (directly)',
  breachKind: 'Kind of incident',
  breach: { leak: 'Leak', loss: 'Loss', damage: 'Damage' },
  certainty: { confirmed: ' (confirmed)', suspected: ' (suspected)' },
  occurredAt: 'Occurred',
  discoveredAt: 'Discovered',
  knownAt: 'Known to the business (start of the reporting period)',
  notYetSent: 'not yet sent',
  itemsSection: 'Matters Reported (Enforcement Rules Art. 8(1))',
  verdict: {
    yes: 'The incident is reportable.',
    no: 'The incident is not reportable.',
    undetermined: 'Reportability cannot be decided yet (facts are still being established).',
  },
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
  draftTitle: ' (Draft)',
  draftMark: 'DRAFT',
  draftMarkNotReportable: 'DRAFT — judged not reportable',
  draftMarkUndetermined: 'DRAFT — reportability being confirmed',
  reporterSection: 'Reporter',
  reportSection: 'Kind of Report and Event',
  datesSection: 'Occurrence, Discovery and Knowing',
  circumstancesSection: 'Medium, Entrustor and Entrustee',
  sensitivePart: 'Sensitive personal information',
  presencePart: 'Whether there is any',
  contentPart: 'Details',
  statusPart: 'Status',
  otherBodiesPart: 'Other authorities and bodies informed',
  changedMark: ' [changed since the preliminary report]',
  changesSection: 'Changes Since the Preliminary Report',
  changesLead: 'The following were changed or added since the preliminary report (what it said in brackets).',
  noChanges: 'Nothing was changed since the preliminary report.',
  wasFiled: (before) => ` (preliminary report: ${before})`,
  notInPreliminary: 'not stated',
};

export function words(lang: Lang): Words {
  return lang === 'ja' ? ja : en;
}
