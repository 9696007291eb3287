import type { Clause } from './types';

/** Security control measures and what happens after a breach. */
export const safeguardClauses: readonly Clause[] = [
  {
    id: 'security_four_categories',
    kind: 'security_measures',
    titleJa: '安全管理措置',
    titleEn: 'Security Control Measures',
    cites: 'APPI Art. 23, 32(1)(iv); Cabinet Order Art. 10(i); GL (General Rules) 10',
    ja: [
      '当社は、取り扱う個人データの漏えい、滅失又は毀損の防止その他の安全管理のため、次の措置を講じます。',
      '（組織的安全管理措置）個人データの取扱いに関する責任者を定め、取り扱う従業者及び個人データの範囲を明確にしています。取扱規程を整備し、規程に違反する事実又はその兆候を把握した場合の報告連絡体制を設けるとともに、取扱状況を定期的に点検しています。',
      '（人的安全管理措置）従業者に対し、個人データの取扱いに関する研修を定期的に実施し、秘密保持に関する誓約を取得しています。',
      '（物理的安全管理措置）個人データを取り扱う区域への入退室を管理し、機器、電子媒体及び書類の盗難、紛失等を防止する措置を講じています。個人データの削除及び機器等の廃棄は、復元できない方法で行います。',
      '（技術的安全管理措置）アクセス制御により個人データを取り扱う者を限定し、外部からの不正アクセス及び不正ソフトウェアから情報システムを保護する仕組みを導入しています。',
    ].join('\n'),
    en: [
      'The Company takes the following measures to prevent the leakage, loss or damage of the personal data it handles and otherwise to keep it secure.',
      '(Organizational measures) The Company has appointed a person responsible for handling personal data and defined which employees handle which personal data. It maintains handling rules, has a reporting line for any fact or sign of a breach of those rules, and regularly reviews how personal data is handled.',
      '(Human measures) The Company regularly trains its employees on handling personal data and obtains confidentiality undertakings from them.',
      '(Physical measures) The Company controls entry to areas where personal data is handled and takes measures to prevent the theft or loss of equipment, electronic media and documents. Personal data is deleted, and equipment disposed of, by methods that prevent recovery.',
      '(Technical measures) The Company limits who can access personal data through access control, and protects its information systems against unauthorized access from outside and against malicious software.',
    ].join('\n'),
  },
  {
    id: 'security_foreign_environment',
    kind: 'security_measures',
    titleJa: '外的環境の把握',
    titleEn: 'Understanding the Foreign Environment',
    cites: 'APPI Art. 23; GL (General Rules) 10-7',
    ja: '（外的環境の把握）当社は、{foreignCountries}において個人データを取り扱う（当該国に所在するサーバーに保存する場合を含む。）にあたり、当該国における個人情報の保護に関する制度を把握したうえで、安全管理措置を講じます。',
    en: "(Understanding the foreign environment) Where the Company handles personal data in {foreignCountries} (including storing it on servers located there), it takes security control measures based on an understanding of that country's system for the protection of personal information.",
  },
  {
    id: 'incident_response_standard',
    kind: 'incident_response',
    titleJa: '漏えい等発生時の対応',
    titleEn: 'Response to Data Breaches',
    cites: 'APPI Art. 26(1)(2); Rule Art. 7–10',
    ja: '当社は、個人データの漏えい、滅失若しくは毀損が発生し、又は発生したおそれがある場合には、直ちに被害の拡大を防止し、事実関係及び原因を調査します。個人情報保護法第26条に定める事態に該当する場合には、個人情報保護委員会に報告するとともに、本人に通知します。また、再発防止策を講じ、必要に応じて事実関係等を公表します。',
    en: 'If a leak, loss or damage of personal data occurs or is suspected, the Company immediately takes steps to prevent further harm and investigates the facts and causes. Where the situation falls under Article 26 of the APPI, it reports to the Personal Information Protection Commission and notifies the individuals concerned. It also takes measures to prevent recurrence and publishes the facts as appropriate.',
  },
];
