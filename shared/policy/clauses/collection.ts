import type { Clause } from './types';

/** What is collected, how, for which purposes, and the consents the Act asks for. */
export const collectionClauses: readonly Clause[] = [
  {
    id: 'collected_service',
    kind: 'information_collected',
    titleJa: '取得する情報',
    titleEn: 'Information We Collect',
    cites: 'APPI Art. 17(1), 21(1)',
    ja: [
      '当社は、{serviceName}の提供にあたり、次の情報を取得します。',
      '・氏名、メールアドレス、電話番号、パスワードその他の登録情報',
      '・お支払いに関する情報（クレジットカード番号は決済代行会社が直接取得し、当社は保持しません。）',
      '・サービスの利用履歴、アクセスログ、端末情報、IPアドレス、Cookie等の識別子',
      '・お問い合わせの内容及び当社とのやり取りの記録',
    ].join('\n'),
    en: [
      'In providing {serviceName}, the Company collects the following information:',
      '- registration details such as name, e-mail address, telephone number and password;',
      '- payment information (card numbers are collected directly by the payment processor and are not retained by the Company);',
      '- service usage history, access logs, device information, IP addresses and identifiers such as cookies;',
      '- the content of inquiries and records of communications with the Company.',
    ].join('\n'),
  },
  {
    id: 'collected_business',
    kind: 'information_collected',
    titleJa: '取得する個人情報',
    titleEn: 'Personal Information We Collect',
    cites: 'APPI Art. 17(1), 21(1)',
    ja: [
      '当社は、次の個人情報を取得します。',
      '・お客様の氏名、住所、電話番号、メールアドレス、ご購入製品並びに修理及びサポートの履歴',
      '・お取引先の役職員の氏名、所属、役職及び連絡先',
      '・株主の氏名、住所及び保有株式数',
      '・従業者及び採用応募者の氏名、連絡先、経歴その他人事労務管理に必要な情報',
    ].join('\n'),
    en: [
      'The Company collects the following personal information:',
      "- customers' names, addresses, telephone numbers, e-mail addresses, products purchased, and repair and support history;",
      '- the names, departments, titles and contact details of the officers and staff of business partners;',
      "- shareholders' names, addresses and numbers of shares held;",
      '- the names, contact details, career history and other information of employees and job applicants needed for personnel and labor management.',
    ].join('\n'),
  },
  {
    id: 'collection_lawful',
    kind: 'collection_methods',
    titleJa: '適正な取得',
    titleEn: 'Proper Acquisition',
    cites: 'APPI Art. 20(1), 21(2), 30',
    ja: '当社は、偽りその他不正の手段によることなく、適正に個人情報を取得します。本人から直接書面（電磁的記録を含む。）により個人情報を取得する場合には、あらかじめ本人に利用目的を明示します。第三者から個人データの提供を受ける場合には、法令に従い、提供者の名称、当該第三者による取得の経緯等を確認し、その記録を作成します。',
    en: "The Company acquires personal information by proper means and never by deception or other wrongful means. When it acquires personal information directly from an individual in writing (including electronic records), it states the purposes of use to the individual in advance. When it receives personal data from a third party, it confirms the provider's name, how the provider acquired the data and the other matters required by law, and keeps a record of them.",
  },
  {
    id: 'purposes_intro',
    kind: 'purposes_of_use',
    titleJa: '利用目的',
    titleEn: 'Purposes of Use',
    cites: 'APPI Art. 17(1), 18(1), 32(1)(ii)',
    ja: '当社は、取得した個人情報を、次に掲げる利用目的の達成に必要な範囲内で利用します。本人の同意を得た場合及び法令で認められる場合を除き、この範囲を超えて利用しません。',
    en: "The Company uses the personal information it acquires only to the extent necessary to achieve the purposes of use listed below. It does not use personal information beyond that extent without the individual's consent, except where permitted by law.",
  },
  {
    id: 'purposes_change',
    kind: 'purposes_of_use',
    titleJa: '利用目的の変更',
    titleEn: 'Changes to the Purposes of Use',
    cites: 'APPI Art. 17(2), 21(3)',
    ja: '当社は、利用目的を変更する場合には、変更前の利用目的と関連性を有すると合理的に認められる範囲内で変更し、変更後の利用目的を本人に通知し、又は公表します。',
    en: 'When the Company changes a purpose of use, it does so only within a scope reasonably regarded as related to the original purpose, and notifies the individuals of, or publishes, the new purpose.',
  },
  {
    id: 'consent_sensitive',
    kind: 'consent_items',
    titleJa: '要配慮個人情報の取得',
    titleEn: 'Acquisition of Sensitive Personal Information',
    cites: 'APPI Art. 2(3), 20(2)',
    ja: '当社は、要配慮個人情報（人種、信条、社会的身分、病歴、犯罪の経歴、犯罪により害を被った事実、障害があること、健康診断等の結果その他法令で定める記述等が含まれる個人情報をいう。）を取得する場合には、法令に基づく場合その他個人情報保護法第20条第2項各号に掲げる場合を除き、あらかじめ本人の同意を得ます。',
    en: "The Company obtains the individual's prior consent before acquiring sensitive personal information (personal information that includes race, creed, social status, medical history, criminal record, the fact of having suffered harm from a crime, disability, the results of health checks or other descriptions specified by law), except in the cases listed in Article 20(2) of the APPI, such as where required by law.",
  },
  {
    id: 'consent_direct_written',
    kind: 'consent_items',
    titleJa: '書面による直接取得時の明示事項',
    titleEn: 'Information Given When Collecting Directly in Writing',
    // The items beyond Art. 21(2) (manager, voluntariness, …) are the PrivacyMark practice of JIS Q 15001:2023; its
    // clause number is not cited: the 2017 edition's A.3.4.2.5 is out of date and the 2023 text was not at hand.
    cites: 'APPI Art. 21(2); JIS Q 15001:2023 (PrivacyMark practice)',
    ja: '当社は、本人から書面（電磁的記録を含む。）により直接個人情報を取得する場合には、当社の名称、個人情報保護管理者（{protectionManager}）及びその連絡先、利用目的、第三者への提供及び取扱いの委託の有無、開示等の請求に応じる旨及びその窓口、個人情報を提供することの任意性並びに提供しなかった場合に生じる結果を本人に明示し、同意を得たうえで取得します。',
    en: "When the Company acquires personal information directly from an individual in writing (including electronic records), it first informs the individual of the Company's name, its personal information protection manager ({protectionManager}) and how to contact them, the purposes of use, whether the information will be provided to third parties or its handling entrusted to others, that requests for disclosure and other actions are accepted and where, that providing the information is voluntary and what happens if it is not provided, and acquires the information with the individual's consent.",
  },
];
