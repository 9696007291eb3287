import type { LocalizedText } from '../../shared/errors';
import type { FieldName } from '../../shared/i18n/field-labels';

interface FieldHelp {
  /** Shown between the label and the field: what to enter and why. */
  help?: LocalizedText;
  /** Shown as 「入力例：…」 under the help; never as a placeholder, which vanishes while typing. */
  example?: LocalizedText;
}

/**
 * Help for form fields, keyed like shared/i18n/field-labels.ts so a field's label, help and error
 * messages are all found by the same name.
 */
export const fieldHelp: Partial<Record<FieldName, FieldHelp>> = {
  legalNameJa: {
    help: { ja: '登記上の正式な名称を入力します。ポリシーの事業者名に使われます。', en: 'The registered legal name, as it appears in policies.' },
    example: { ja: '株式会社サンプル', en: '株式会社サンプル' },
  },
  legalNameEn: {
    help: { ja: '英語版のポリシーで使います。', en: 'Used in the English version of policies.' },
    example: { ja: 'Sample Co., Ltd.', en: 'Sample Co., Ltd.' },
  },
  postalCode: {
    help: { ja: 'ハイフンや全角数字を含めても、123-4567の形に整えます。', en: 'Hyphens and full-width digits are fine; it is stored as 123-4567.' },
    example: { ja: '100-0013', en: '100-0013' },
  },
  addressJa: { example: { ja: '東京都千代田区霞が関3-2-1', en: '東京都千代田区霞が関3-2-1' } },
  addressEn: { example: { ja: '3-2-1 Kasumigaseki, Chiyoda-ku, Tokyo', en: '3-2-1 Kasumigaseki, Chiyoda-ku, Tokyo' } },
  representativeTitleJa: { example: { ja: '代表取締役', en: '代表取締役' } },
  representativeTitleEn: { example: { ja: 'President and CEO', en: 'President and CEO' } },
  representativeNameJa: { example: { ja: '山田 太郎', en: '山田 太郎' } },
  representativeNameEn: { example: { ja: 'Taro Yamada', en: 'Taro Yamada' } },
  protectionManagerTitle: { example: { ja: '個人情報保護管理者', en: 'Chief Privacy Officer' } },
  protectionManagerName: { example: { ja: '佐藤 花子', en: 'Hanako Sato' } },
  phone: {
    help: { ja: 'ハイフンの有無、全角数字、+81のどれで入力しても整えて保存します。', en: 'Type it with or without hyphens, in full-width digits or with +81; it is stored tidied.' },
    example: { ja: '03-1234-5678', en: '03-1234-5678' },
  },
  email: { example: { ja: 'privacy@example.co.jp', en: 'privacy@example.co.jp' } },
  website: { example: { ja: 'https://www.example.co.jp/', en: 'https://www.example.co.jp/' } },
  authorizedOrgNameJa: { example: { ja: '一般財団法人日本情報経済社会推進協会', en: '一般財団法人日本情報経済社会推進協会' } },
  authorizedOrgNameEn: {
    example: { ja: 'JIPDEC', en: 'JIPDEC' },
  },
  authorizedOrgDeskId: {
    help: {
      ja: 'この事業者の窓口のうち、種類が「認定個人情報保護団体」のものから選びます。',
      en: "Choose from this company's desks of the kind “Authorized organization”.",
    },
  },
  privacyMarkNumber: { example: { ja: '第12345678(01)号', en: '12345678(01)' } },
  corporateNumber: {
    help: {
      ja: '国税庁が指定する13桁の番号です。全角数字やハイフンを含めても13桁の数字に整え、先頭の検査用数字を確かめます。',
      en: 'The 13-digit number the National Tax Agency assigns. Full-width digits and hyphens are fine; the first (check) digit is verified.',
    },
    example: { ja: '7123456789012', en: '7123456789012' },
  },
  industry: {
    help: { ja: '個人情報保護委員会への漏えい等報告の報告者欄に記載します。', en: 'Stated in the reporter block of a breach report to the PPC.' },
    example: { ja: '小売業（通信販売）', en: 'Retail (mail order)' },
  },
  contactDepartment: { example: { ja: '法務部', en: 'Legal Department' } },
  contactTitle: { example: { ja: '課長', en: 'Manager' } },
  contactName: { example: { ja: '鈴木 一郎', en: 'Ichiro Suzuki' } },
  companyId: { help: { ja: 'この窓口を設けている事業者です。', en: 'The company that runs this desk.' } },
  nameJa: { example: { ja: '個人情報お問い合わせ窓口', en: '個人情報お問い合わせ窓口' } },
  nameEn: { example: { ja: 'Personal Information Inquiry Desk', en: 'Personal Information Inquiry Desk' } },
  personInCharge: { example: { ja: '佐藤 花子', en: 'Hanako Sato' } },
  department: { example: { ja: '総務部 法務課', en: 'Legal Section, General Affairs' } },
  phones: {
    help: { ja: '種別には「代表」「フリーダイヤル」などを入力します。', en: 'Label each number, e.g. “Main” or “Toll-free”.' },
    example: { ja: '0120-123-456', en: '0120-123-456' },
  },
  receptionNoteJa: { example: { ja: '土日祝日・年末年始に届いたお問い合わせは、翌営業日以降に回答します。', en: '土日祝日・年末年始に届いたお問い合わせは、翌営業日以降に回答します。' } },
  receptionNoteEn: { example: { ja: 'Inquiries received on weekends or holidays are answered on the next business day.', en: 'Inquiries received on weekends or holidays are answered on the next business day.' } },
  inquiryFormUrl: { example: { ja: 'https://www.example.co.jp/privacy/contact', en: 'https://www.example.co.jp/privacy/contact' } },
  displayName: {
    help: { ja: '画面上部と最近使ったワークスペースの一覧に表示します。空欄のときはファイル名を表示します。', en: 'Shown at the top of the window and in the recent workspaces. Left empty, the file name is shown.' },
    example: { ja: '2026年度', en: 'FY2026' },
  },
  clientLabel: {
    help: { ja: '顧客ごとにワークスペースを分けるときの顧客名など。', en: 'E.g. the client, when you keep one workspace per client.' },
    example: { ja: '株式会社アクメ', en: 'Acme K.K.' },
  },
  userName: {
    help: { ja: '操作履歴に記録する名前です。空欄の場合はOSのユーザー名を記録します。', en: 'The name recorded in the audit trail. Leave empty to use the OS user name.' },
    example: { ja: '佐藤 花子', en: 'Hanako Sato' },
  },
  title: {
    help: { ja: '一覧やダッシュボードで事案を見分けるための短い名前です。', en: 'A short name to tell the incident apart in lists and on the dashboard.' },
    example: { ja: 'ECサイトのカード情報漏えい', en: 'Card data leak from the online shop' },
  },
  knownAt: {
    help: {
      ja: '会社のいずれかの部署が漏えい等を知った時点です。報告期限は、この日を1日目として数えます（ガイドライン3-5-3-3）。',
      en: 'When any department of the company learned of the breach. Reporting deadlines count this day as day 1 (PPC Guidelines 3-5-3-3).',
    },
  },
  occurredAt: { help: { ja: '分からない場合は空欄にします。', en: 'Leave empty if not known.' } },
  discoveredAt: { help: { ja: '社内で最初に見つけた日時です。', en: 'When it was first found within the company.' } },
  knownBy: { example: { ja: '情報システム部 佐藤', en: 'IT department, Sato' } },
  howDiscovered: { example: { ja: 'カード会社からの不正利用の連絡で判明', en: 'A card company reported fraudulent use' } },
  entrustorName: { example: { ja: '株式会社サンプル', en: 'Sample Co., Ltd.' } },
  delegatedMinistry: { example: { ja: '金融庁', en: 'Financial Services Agency' } },
  method: { example: { ja: '個人情報保護委員会の報告フォーム', en: 'PPC web form' } },
  referenceNumber: { help: { ja: '報告先から受け取った受付番号があれば入力します。', en: 'The reference number the recipient gave, if any.' } },
  document: {
    help: { ja: '送付した文書のファイル名など、後で確認できる名前を入力します。', en: 'A file name or label that lets you find the document later.' },
    example: { ja: '速報_20261229.pdf', en: 'preliminary-report-2026-12-29.pdf' },
  },
  text: { example: { ja: 'Webサーバーを切り離し、不正なスクリプトを削除', en: 'Took the web server offline and removed the malicious script' } },
  by: { example: { ja: '情報システム部 佐藤', en: 'IT department, Sato' } },
  note: { help: { ja: '社内向けのメモです。報告先には送られません。', en: 'An internal note; not sent to anyone.' } },
  dueDate: { help: { ja: '「その他の連絡」の期限を設定します。', en: 'The due date of an “other” notification.' } },
};
