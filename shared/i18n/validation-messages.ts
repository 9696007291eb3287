import type { LocalizedText } from '../errors';

/**
 * Validation messages in です・ます and plain English, saying what is wrong and how to fix it
 * (UI guide, "Forms"). `{field}` is replaced by the field's label, `{max}` by a limit.
 * Schemas refer to these by key (`error: 'phone'`), so the UI, the CLI and the contract show one text.
 */
export const validationMessages = {
  saveTooLarge: { ja: '{field}が大きすぎます（40MBまで）。', en: 'The {field} is too large (40 MB at most).' },
  base64: { ja: '{field}はBase64で符号化したデータにしてください。', en: 'Encode the {field} as Base64.' },
  fileName: { ja: '{field}にはフォルダを含まないファイル名を入力してください。', en: 'Enter the {field} as a bare file name, without folders.' },
  required: { ja: '{field}が入力されていません。', en: 'Enter the {field}.' },
  invalidType: { ja: '{field}の形式が正しくありません。', en: 'The {field} has the wrong type.' },
  tooLong: { ja: '{field}は{max}文字以内で入力してください。', en: 'Shorten the {field} to {max} characters or fewer.' },
  tooMany: { ja: '{field}は{max}件までです。', en: 'Enter at most {max} items for the {field}.' },
  invalidChoice: { ja: '{field}の選択肢が正しくありません。', en: 'Choose one of the listed options for the {field}.' },
  unknownField: { ja: '想定していない項目が含まれています（{keys}）。', en: 'Remove the unexpected fields ({keys}).' },
  wholeNumber: { ja: '{field}は0以上の整数で入力してください。', en: 'Enter the {field} as a whole number, 0 or more.' },
  positiveId: { ja: '{field}が正しくありません。', en: 'The {field} is not a valid ID.' },
  phone: {
    ja: '{field}は03-1234-5678、0120-123-456、+81 3-1234-5678のような日本の電話番号で入力してください。',
    en: 'Enter the {field} as a Japanese number such as 03-1234-5678, 0120-123-456 or +81 3-1234-5678.',
  },
  postalCode: { ja: '郵便番号は123-4567の形式で入力してください。', en: 'Enter the postal code as 123-4567.' },
  email: {
    ja: '{field}の形式が正しくありません。入力例：privacy@example.co.jp',
    en: 'Enter the {field} in the form privacy@example.co.jp.',
  },
  url: {
    ja: '{field}はhttps://またはhttp://から始まるURLで入力してください。',
    en: 'Enter the {field} as a URL starting with https:// or http://.',
  },
  time: { ja: '{field}は09:00のように24時間制で入力してください。', en: 'Enter the {field} as 24-hour time, e.g. 09:00.' },
  hoursOrder: {
    ja: '受付終了時刻は受付開始時刻より後にしてください。',
    en: 'Make the closing time later than the opening time.',
  },
  corporateNumber: {
    ja: '{field}は13桁の数字で入力してください（例：7123456789012）。',
    en: 'Enter the {field} as its 13 digits, e.g. 7123456789012.',
  },
  corporateNumberCheck: {
    ja: '{field}の先頭の検査用数字が残りの12桁と合いません。登記事項証明書や法人番号公表サイトで番号を確かめてください。',
    en: 'The first digit of the {field} (its check digit) does not match the other 12. Check the number on the National Tax Agency\'s corporate number site.',
  },
  authorizedOrgName: {
    ja: '認定個人情報保護団体に加入している場合は、団体名を入力してください。',
    en: 'Enter the name of the authorized organization you are a member of.',
  },
  workspacePath: {
    ja: 'ワークスペースのファイルは.sqliteで終わる名前にしてください。',
    en: 'Give the workspace file a name ending in .sqlite.',
  },
  instant: {
    ja: '{field}は2026-12-28T09:30+09:00のように、時差（+09:00またはZ）を付けた日時で入力してください。',
    en: 'Enter the {field} as a date and time with its offset, e.g. 2026-12-28T09:30+09:00.',
  },
  date: { ja: '{field}は2026-12-28の形式で、実在する日付を入力してください。', en: 'Enter the {field} as a real date, e.g. 2026-12-28.' },
  dateOrder: { ja: '{field}は開始日と同じか、それより後の日付にしてください。', en: 'Make the {field} no earlier than the start date.' },
  beforeOccurred: {
    ja: '{field}が発生日時より前になっています。発生日時と同じか、それより後の日時を入力してください。',
    en: 'The {field} is earlier than when the incident occurred. Enter a time no earlier than the occurrence.',
  },
  count: { ja: '{field}は0以上の整数で入力してください。', en: 'Enter the {field} as a whole number, 0 or more.' },
  individualsUnknown: {
    ja: '本人の数を「不明」にした場合は、{field}を空欄にしてください。分かっている場合は「確定」か「推計」を選んでください。',
    en: 'Leave the {field} empty while the count is unknown, or choose "exact" or "estimate".',
  },
  upperBound: {
    ja: '{field}は本人の数と同じか、それより大きい数にしてください。',
    en: 'Make the {field} no smaller than the number of individuals.',
  },
  beforeDiscovered: {
    ja: '{field}が発見日時より前になっています。発見より前に把握することはないため、発見日時と同じか、それより後の日時を入力してください。',
    en: 'The {field} is earlier than the time of discovery. A business cannot know before the discovery: enter a time no earlier than it.',
  },
  futureFact: {
    ja: '{field}が現在の日時（{now}）より後になっています。実際の日時を入力してください。',
    en: 'The {field} is later than now ({now}). Enter when it actually happened.',
  },
  afterSent: {
    ja: '{field}が送信済みの報告・通知（{sent}）より後になっています。把握する前に送信することはないため、送信日時と同じか、それより前の日時を入力してください。',
    en: 'The {field} is later than a notification already sent ({sent}). Nothing is sent before it is known: enter a time no later than that.',
  },
  inFuture: {
    ja: '{field}が現在より後の日時になっています。実際に送信した日時を入力してください。',
    en: 'The {field} is in the future. Enter when it was actually sent.',
  },
  beforeKnown: {
    ja: '{field}が把握日時より前になっています。把握した後の日時を入力してください。',
    en: 'The {field} is earlier than when the incident became known. Enter a later time.',
  },
  finalBeforePreliminary: {
    ja: '速報がまだ送信済みになっていません。先に速報を送信済みにしてください。確報の内容がすべて揃っていて速報と確報を一度に報告した場合は、「{field}」を選んでください。',
    en: 'No preliminary report has been sent yet. Mark it sent first, or, if everything was known and one report served as both, choose "{field}".',
  },
  statusMove: {
    ja: '{field}を「{from}」から「{to}」に変更することはできません。',
    en: 'The {field} cannot change from "{from}" to "{to}".',
  },
  reportedNeedsReport: {
    ja: '{field}を「報告済み」にするには、速報・確報（委託先の場合は委託元への通知）を送信済みにしてください。',
    en: 'To set the {field} to "reported", first mark a preliminary or final report (or, as the entrustee, the notice to the entrustor) as sent.',
  },
  closedNeedsFinal: {
    ja: '報告対象のインシデントです。{field}を「完了」にするには、確報を送信済みにしてください。',
    en: 'This incident is reportable. Mark the final report as sent before setting the {field} to "closed".',
  },
  closedUndetermined: {
    ja: '報告要否が未確定です。{field}を「完了」にする前に、未確認の事実を入力してください。',
    en: 'Reportability is still undetermined. Enter the missing facts before setting the {field} to "closed".',
  },
  derivedByRecord: {
    ja: 'この通知の{field}はインシデントの記録から自動で決まるため、変更できません。',
    en: 'The {field} of this notification follows from the incident record and cannot be changed here.',
  },
  otherIncident: {
    ja: '{field}には同じインシデントの記録を選んでください。',
    en: 'Choose a record of the same incident for the {field}.',
  },
  duplicateSectionId: {
    ja: '同じ{field}の条項が複数あります。条項ごとに異なるIDにしてください。',
    en: 'Two sections have the same {field}. Give each section its own ID.',
  },
  templateOrSections: {
    ja: 'ひな形を選んだ場合は{field}を空にしてください。ひな形か条項のどちらかを指定します。',
    en: 'Leave the {field} empty when you choose a template: give a template or sections, not both.',
  },
  versionOrSections: {
    ja: '版を指定した場合は{field}を空にしてください。保存済みの版か未保存の条項のどちらかを確認します。',
    en: 'Leave the {field} empty when you name a version: check a saved version or unsaved sections, not both.',
  },
  fileTooLarge: {
    ja: '{field}が大きすぎます。{max}MBまでのファイルか本文にしてください。',
    en: 'The {field} is too large. Use a file or text of at most {max} MB.',
  },
  fileOrText: {
    ja: 'ファイルか貼り付けた本文のどちらか一方を指定してください。',
    en: 'Give either a file or pasted text, one of the two.',
  },
  noticeOnly: {
    ja: '{field}は本人への通知にだけ指定できます。',
    en: 'The {field} can only be given for a notice to the individuals.',
  },
  ownDeskOfCompany: {
    ja: '{field}には、このインシデントの事業者の窓口（認定個人情報保護団体の窓口を除く）を選んでください。',
    en: "Choose one of the incident's company's own desks (not an authorized organization's) for the {field}.",
  },
  // Requests and complaints (shared/domain/data-request.ts).
  responseDays: { ja: '{field}は1〜365日の整数で入力してください。', en: 'Enter the {field} as a whole number of days from 1 to 365.' },
  feeTooHigh: { ja: '{field}は1,000,000円以下で入力してください。', en: 'Enter a {field} of 1,000,000 yen or less.' },
  closedWhilePending: {
    ja: '対応中の請求には{field}を入力できません。対応結果を選ぶか、{field}を空にしてください。',
    en: 'A request still pending has no {field}. Choose the outcome, or clear the {field}.',
  },
  closedOnMissing: { ja: '対応結果を選んだときは{field}を入力してください。', en: 'Enter the {field} for the outcome chosen.' },
  beforeReceived: { ja: '{field}は受付日と同じか、それより後の日付にしてください。', en: 'Make the {field} no earlier than the date received.' },
  refusalReasonMissing: {
    ja: '請求に応じない（一部を含む）ときは{field}を入力してください（法第36条：理由の説明）。',
    en: 'Enter the {field}: a request declined in whole or in part is answered with its reasons (Art. 36).',
  },
  refusalCitationMissing: {
    ja: '請求に応じない（一部を含む）ときは{field}を入力してください。入力例：法第33条第2項第2号',
    en: 'Enter the {field} for declining, e.g. Art. 33(2)(ii).',
  },
  feeNotAllowed: {
    ja: '{field}は利用目的の通知と開示（第三者提供記録を含む）の請求にだけ設定できます（法第38条第1項）。',
    en: 'A {field} can be charged only for a notification of purposes or a disclosure, incl. provision records (Art. 38(1)).',
  },
  disclosureMethodOnly: { ja: '{field}は開示の請求にだけ指定できます。', en: 'The {field} applies only to a disclosure request.' },
  // Third-party provision records (shared/domain/provision-record.ts).
  providerAddressMissing: {
    ja: '提供を受けたときは{field}を確認して入力してください（法第30条第1項第1号）。',
    en: 'Enter the {field}: a receipt confirms the provider\'s address (Art. 30(1)(i)).',
  },
  providerAcquisitionMissing: {
    ja: '提供を受けたときは{field}を確認して入力してください（法第30条第1項第2号）。',
    en: 'Enter the {field}: a receipt confirms how the provider obtained it (Art. 30(1)(ii)).',
  },
  ppcPublishedReceiptOnly: { ja: '{field}は提供を受けた記録にだけ指定できます。', en: 'The {field} applies only to a record of receipt.' },
  perProvisionOneDay: {
    ja: '提供ごとの記録は1回分です。{field}は提供・受領の年月日と同じにするか、記録の作成方法を「一括」にしてください。',
    en: 'A record per provision covers one day: make the {field} the same as the date provided, or choose a bundled record.',
  },
  // Inventory and entrustees (shared/domain/inventory.ts, entrustee.ts).
  reviewMonths: { ja: '{field}は1〜60の整数で入力してください。', en: 'Enter the {field} as a whole number from 1 to 60.' },
  checkMonths: { ja: '{field}は1〜60の整数で入力してください。', en: 'Enter the {field} as a whole number from 1 to 60.' },
  xlsxOneLanguage: {
    ja: 'Excelファイルの見出しは1つの言語です。{field}は日本語か英語を選んでください。',
    en: 'An Excel sheet has headers in one language: choose Japanese or English for the {field}.',
  },
} as const satisfies Record<string, LocalizedText>;

export type ValidationMessageKey = keyof typeof validationMessages;

export function fillTemplate(text: LocalizedText, values: Record<string, LocalizedText | string | number>): LocalizedText {
  const fill = (lang: 'ja' | 'en', template: string) =>
    template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = values[name];
      if (value === undefined) return whole;
      return typeof value === 'object' ? value[lang] : String(value);
    });
  return { ja: fill('ja', text.ja), en: fill('en', text.en) };
}
