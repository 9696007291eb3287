import type { Block, ColumnBlock, ExportDocument, Inline } from '../../main/core/export/model';

/**
 * A 10-article bilingual privacy policy that exercises every block: contents, bilingual pairs, lists, a long
 * table that crosses a page, a key-value table with a 未記入 value, a note, a signature, a long Japanese paragraph
 * full of 禁則 characters, and an emoji the font cannot draw.
 */
export const EMOJI = '📧';

export const KINSOKU_PARAGRAPH =
  '当社は、お客様からお預かりした個人情報（氏名、住所、電話番号、メールアドレス、購入履歴等をいいます。）を、' +
  '「個人情報の保護に関する法律」（平成15年法律第57号。以下「個人情報保護法」といいます。）、同法施行令、' +
  '同法施行規則及び個人情報保護委員会が定めるガイドライン（通則編、外国にある第三者への提供編、確認・記録義務編、' +
  '仮名加工情報・匿名加工情報編）に従って、適切に取り扱います。ちょっとした問い合わせ、キャンセル、' +
  'ショッピング、チャットサポート、ファーストパーティ・クッキー、アクセスログ……といった情報も、' +
  'すべて「個人データ」として管理し、『安全管理措置』を講じます。ユーザーの皆様には、ぜひ、ご確認ください！' +
  'なお、本方針は、必要に応じて見直し、改善していきます。（2026年4月改定）';

interface Article {
  ja: string;
  en: string;
  bodyJa: string[];
  bodyEn: string[];
  listJa?: string[];
  listEn?: string[];
}

const articles: Article[] = [
  {
    ja: '基本方針',
    en: 'Basic Policy',
    bodyJa: ['当社は、個人情報の重要性を認識し、その適正な取扱いを確保するため、本方針を定めます。'],
    bodyEn: ['We recognise the importance of personal information and set out this policy to ensure it is handled properly.'],
  },
  {
    ja: '利用目的',
    en: 'Purposes of Use',
    bodyJa: ['当社は、取得した個人情報を次の目的で利用します。'],
    bodyEn: ['We use the personal information we obtain for the following purposes.'],
    listJa: ['商品の発送及びアフターサービスのため', 'お問い合わせへの回答のため', '新商品・キャンペーンのご案内のため'],
    listEn: ['To ship products and provide after-sales service', 'To answer enquiries', 'To tell you about new products and campaigns'],
  },
  {
    ja: '保存期間',
    en: 'Retention',
    bodyJa: ['個人データの保存期間は、別表のとおりとします。期間の経過後は、速やかに消去します。'],
    bodyEn: ['Personal data is kept for the periods in the table below and erased promptly afterwards.'],
  },
  {
    ja: '第三者提供',
    en: 'Provision to Third Parties',
    bodyJa: ['当社は、法令に基づく場合を除き、あらかじめ本人の同意を得ないで、個人データを第三者に提供しません。'],
    bodyEn: ['Except as permitted by law, we do not provide personal data to third parties without prior consent.'],
  },
  {
    ja: '共同利用',
    en: 'Joint Use',
    bodyJa: ['当社は、次のとおり個人データを共同利用します。'],
    bodyEn: ['We use personal data jointly as follows.'],
  },
  {
    ja: '安全管理措置',
    en: 'Security Measures',
    bodyJa: ['当社は、個人データの漏えい、滅失又は毀損の防止その他の安全管理のため、組織的、人的、物理的及び技術的な措置を講じます。'],
    bodyEn: ['We take organisational, human, physical and technical measures to prevent leakage, loss or damage of personal data.'],
    listJa: ['基本方針の策定', '個人データの取扱いに係る規律の整備', '従業者の教育', 'アクセス制御'],
    listEn: ['Adopting a basic policy', 'Rules on handling personal data', 'Training of employees', 'Access control'],
  },
  {
    ja: '適正な取扱い',
    en: 'Proper Handling',
    bodyJa: [KINSOKU_PARAGRAPH, KINSOKU_PARAGRAPH.replace('当社は、', '当社の委託先も、')],
    bodyEn: [
      'We handle the personal information entrusted to us in accordance with the Act on the Protection of Personal Information, its Cabinet Order, its Enforcement Rules and the guidelines of the Personal Information Protection Commission.',
      'Our contractors handle it in the same way. Enquiries, cancellations, shopping, chat support, first-party cookies and access logs are all managed as personal data, with security control measures in place.',
    ],
  },
  {
    ja: '開示等の請求',
    en: 'Requests for Disclosure',
    bodyJa: ['本人から、保有個人データの開示、訂正、利用停止等の請求があった場合には、本人であることを確認のうえ、遅滞なく対応します。'],
    bodyEn: ['When an individual asks for disclosure, correction or suspension of use of retained personal data, we verify their identity and respond without delay.'],
  },
  {
    ja: 'お問い合わせ窓口',
    en: 'Contact',
    bodyJa: [`個人情報の取扱いに関するお問い合わせは、お客様相談室 ${EMOJI} privacy@example.co.jp までご連絡ください。`],
    bodyEn: [`Please contact our Customer Desk ${EMOJI} privacy@example.co.jp with any question about personal information.`],
  },
  {
    ja: '改定',
    en: 'Amendments',
    bodyJa: ['当社は、本方針を適宜見直し、改定することがあります。改定後の方針は、当社ウェブサイトに掲載した時から効力を生じます。'],
    bodyEn: ['We may review and amend this policy. An amended policy takes effect when it is posted on our website.'],
  },
];

function column(article: Article, index: number, lang: 'ja' | 'en'): ColumnBlock[] {
  const blocks: ColumnBlock[] = [
    {
      type: 'heading',
      level: 1,
      label: lang === 'ja' ? `第${index + 1}条` : `Article ${index + 1}`,
      text: lang === 'ja' ? article.ja : article.en,
      lang,
    },
  ];
  for (const text of lang === 'ja' ? article.bodyJa : article.bodyEn) blocks.push({ type: 'paragraph', content: text, lang });
  const list = lang === 'ja' ? article.listJa : article.listEn;
  if (list) blocks.push({ type: 'list', ordered: true, items: list, lang });
  return blocks;
}

const retentionRows: Inline[][] = Array.from({ length: 34 }, (_, i) => [
  `記録区分${i + 1}（Record type ${i + 1}）`,
  String((i % 7) + 1),
  (1200 + i * 173).toLocaleString('en-US'),
]);

export function samplePolicy(): ExportDocument {
  const blocks: Block[] = [
    {
      type: 'bilingual',
      ja: [{ type: 'paragraph', content: '株式会社サンプル商事（以下「当社」といいます。）は、個人情報の保護に関する方針を次のとおり定めます。', lang: 'ja' }],
      en: [{ type: 'paragraph', content: 'Sample Trading Co., Ltd. ("we") sets out its policy on the protection of personal information as follows.', lang: 'en' }],
    },
    { type: 'toc' },
    { type: 'pageBreak' },
  ];
  articles.forEach((article, i) => {
    blocks.push({ type: 'bilingual', ja: column(article, i, 'ja'), en: column(article, i, 'en') });
    if (i === 2) {
      blocks.push({
        type: 'table',
        caption: '別表　保存期間 / Retention periods',
        columns: [
          { header: '記録の区分 / Record', width: 0.6 },
          { header: '保存期間（年） / Years', width: 0.2 },
          { header: '件数 / Records', width: 0.2 },
        ],
        rows: retentionRows,
      });
    }
    if (i === 4) {
      blocks.push({
        type: 'keyValue',
        rows: [
          { label: '共同利用する者の範囲 / Joint users', value: '当社及び当社の子会社（国内3社） / We and our three Japanese subsidiaries' },
          { label: '利用する項目 / Items', value: '氏名、住所、電話番号、購入履歴 / Name, address, phone number, purchase history' },
          { label: '利用目的 / Purpose', value: '商品及びサービスの提供 / Providing products and services' },
          { label: '管理責任者 / Responsible', value: [{ text: '株式会社サンプル商事　' }, { missing: true }] },
        ],
      });
    }
    if (i === 5) {
      blocks.push({
        type: 'note',
        title: '注記 / Note',
        content: [
          { text: '外国にある第三者への提供', bold: true },
          { text: 'については、移転先の国の名称及び当該国の個人情報保護制度に関する情報を提供します。 / ' },
          { text: 'For transfers abroad', italic: true },
          { text: ', we provide the name of the country and information on its data-protection system.' },
        ],
      });
    }
  });
  blocks.push(
    { type: 'paragraph', content: [{ text: '個人情報保護管理者：' }, { missing: true, text: '氏名' }], lang: 'ja' },
    { type: 'signature', date: '2026-04-01', company: '株式会社サンプル商事', title: '代表取締役社長', name: '山田太郎', lang: 'ja' },
  );
  return {
    lang: 'both',
    title: '個人情報保護方針',
    subtitle: 'Privacy Policy',
    metadata: { company: '株式会社サンプル商事', documentDate: '2026-04-01', effectiveDate: '2026-04-01', reference: 'POL-2026-001' },
    era: true,
    blocks,
  };
}

/** A Japanese-only PPC breach report (確報): the nine items of Rule Art. 8(1) as a key-value table, one missing. */
export function samplePpcReport(): ExportDocument {
  const nine: { label: string; value: Inline }[] = [
    {
      label: '1. 概要',
      value:
        '2026年3月2日、当社の会員向けウェブサイトに対する不正アクセスにより、会員情報が外部に流出したおそれがあることが判明しました。' +
        '調査の結果、攻撃者は「パスワード再設定」機能の脆弱性を悪用し、2026年2月20日から同年3月1日までの間、会員データベースに繰り返しアクセスしていたことを確認しました。',
    },
    { label: '2. 漏えい等が発生し、又は発生したおそれがある個人データの項目', value: '氏名、住所、電話番号、メールアドレス、購入履歴（要配慮個人情報は含まれていません。）' },
    { label: '3. 本人の数', value: '約1,200人（推定）' },
    { label: '4. 原因', value: 'パスワード再設定機能における入力値検証の不備' },
    { label: '5. 二次被害又はそのおそれの有無及びその内容', value: '現時点で二次被害は確認されていませんが、フィッシングメールの送付等のおそれがあります。' },
    { label: '6. 本人への対応の実施状況', value: '2026年3月5日、対象となる本人に電子メールで通知しました。' },
    { label: '7. 公表の実施状況', value: '2026年3月5日、当社ウェブサイトに掲載しました。' },
    { label: '8. 再発防止のための措置', value: [{ missing: true }] },
    { label: '9. その他参考となる事項', value: 'お問い合わせ窓口：お客様相談室（電話 0120-000-000、平日9時〜17時）' },
  ];
  return {
    lang: 'ja',
    title: '個人データの漏えい等の報告（確報）',
    metadata: { company: '株式会社サンプル商事', documentDate: '2026-03-30', reference: 'SEC-2026-0042' },
    blocks: [
      { type: 'paragraph', content: '個人情報保護委員会　御中', align: 'left' },
      { type: 'heading', level: 1, label: '1.', labelStyle: 'plain', text: '報告者' },
      {
        type: 'keyValue',
        rows: [
          { label: '名称', value: '株式会社サンプル商事' },
          { label: '住所', value: '東京都千代田区霞が関一丁目1番1号' },
          { label: '代表者', value: '代表取締役社長　山田太郎' },
          { label: '担当者', value: [{ missing: true, text: '氏名・連絡先' }] },
        ],
      },
      { type: 'heading', level: 1, label: '2.', labelStyle: 'plain', text: '報告内容' },
      { type: 'keyValue', labelWidth: 0.34, rows: nine },
      { type: 'heading', level: 1, label: '3.', labelStyle: 'plain', text: '経過' },
      {
        type: 'table',
        columns: [
          { header: '日付', width: 0.28 },
          { header: '事象', width: 0.72 },
        ],
        rows: [
          ['2026年2月20日', '不正アクセスの開始（ログ調査により判明）'],
          ['2026年3月2日', '外部からの指摘により発覚'],
          ['2026年3月3日', '個人情報保護委員会へ速報'],
          ['2026年3月5日', '本人への通知及び公表'],
        ],
      },
      { type: 'note', content: '本報告は、個人情報の保護に関する法律第26条第1項及び同法施行規則第8条第1項に基づくものです。' },
      { type: 'signature', date: '2026-03-30', company: '株式会社サンプル商事', title: '代表取締役社長', name: '山田太郎' },
    ],
  };
}
