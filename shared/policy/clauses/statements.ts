import type { Clause } from './types';

/** Opening statements, definitions, the business's identity and other provisions. */
export const statementClauses: readonly Clause[] = [
  {
    id: 'basic_intro_service',
    kind: 'basic_policy_statement',
    titleJa: 'はじめに',
    titleEn: 'Introduction',
    cites: 'APPI Art. 1, 3',
    ja: '{companyName}（以下「当社」という。）は、{serviceName}その他の当社の事業において取り扱う個人情報の重要性を認識し、個人情報の保護に関する法律（以下「個人情報保護法」という。）、関係法令及び個人情報保護委員会のガイドラインを遵守して、個人情報を適正に取り扱います。当社における個人情報の取扱いについて、次のとおりプライバシーポリシー（以下「本ポリシー」という。）を定めます。',
    en: '{companyName} (the "Company") recognizes the importance of the personal information it handles in {serviceName} and its other business, and handles personal information properly in compliance with the Act on the Protection of Personal Information (the "APPI"), other applicable laws and regulations, and the guidelines of the Personal Information Protection Commission. The Company sets out how it handles personal information in this Privacy Policy (the "Policy").',
  },
  {
    id: 'basic_intro_business',
    kind: 'basic_policy_statement',
    titleJa: 'はじめに',
    titleEn: 'Introduction',
    cites: 'APPI Art. 1, 3',
    ja: '{companyName}（以下「当社」という。）は、事業活動を通じてお預かりするお客様、お取引先、株主、従業者その他の皆様の個人情報の重要性を認識し、個人情報の保護に関する法律（以下「個人情報保護法」という。）その他の関係法令及びガイドラインを遵守して、個人情報を適正に取り扱います。当社における個人情報の取扱いについて、次のとおりプライバシーポリシー（以下「本ポリシー」という。）を定めます。',
    en: '{companyName} (the "Company") recognizes the importance of the personal information of its customers, business partners, shareholders, employees and others that it holds in the course of its business, and handles personal information properly in compliance with the Act on the Protection of Personal Information (the "APPI"), other applicable laws and regulations, and the related guidelines. The Company sets out how it handles personal information in this Privacy Policy (the "Policy").',
  },
  {
    id: 'basic_pms',
    kind: 'basic_policy_statement',
    titleJa: '個人情報保護方針',
    titleEn: 'Personal Information Protection Policy',
    // No clause number: the 2017 edition's numbers (A.3.x.x) are out of date and the 2023 text was not at hand.
    // No 制定日 or signature of its own: the document prints the history and the signature once (issue 11 item 3).
    cites: 'APPI Art. 3; JIS Q 15001:2023, personal information protection policy',
    ja: [
      '{companyName}（以下「当社」という。）は、事業を通じてお預かりする個人情報を適切に保護することが社会に対する重要な責務であると考え、次のとおり個人情報保護方針を定めます。当社の役員及び従業者は、この方針に従って個人情報を取り扱います。',
      '（1）当社は、事業の内容及び規模に応じて個人情報を適正に取得し、特定した利用目的の達成に必要な範囲内で利用し、提供します。利用目的の範囲を超えて個人情報を取り扱わないよう、そのための措置を講じます。',
      '（2）当社は、個人情報の取扱いに関する法令、国が定める指針その他の規範を遵守します。',
      '（3）当社は、個人情報の漏えい、滅失又は毀損を防止するため、リスクに応じた安全管理措置を講じ、問題が生じた場合には速やかに是正します。',
      '（4）当社は、個人情報の取扱いに関する苦情及び相談に、適切かつ迅速に対応します。',
      '（5）当社は、日本産業規格 JIS Q 15001 に準拠した個人情報保護マネジメントシステムを定め、定期的な見直しにより継続的に改善します。',
    ].join('\n'),
    en: [
      '{companyName} (the "Company") regards the proper protection of the personal information entrusted to it in the course of its business as an important responsibility to society, and adopts the following Personal Information Protection Policy. The Company\'s officers and employees handle personal information in accordance with this policy.',
      '(1) The Company acquires personal information by proper means suited to the nature and scale of its business, and uses and provides it only to the extent necessary to achieve the purposes of use it has specified. It takes measures so that personal information is not handled beyond those purposes.',
      '(2) The Company complies with the laws and regulations, the national guidelines and other norms on the handling of personal information.',
      '(3) The Company takes security control measures proportionate to the risks to prevent the leakage, loss or damage of personal information, and promptly corrects any problem that arises.',
      '(4) The Company responds appropriately and promptly to complaints and consultations about its handling of personal information.',
      '(5) The Company establishes a personal information protection management system conforming to Japanese Industrial Standard JIS Q 15001, and continually improves it through regular review.',
    ].join('\n'),
  },
  {
    id: 'definitions_personal_information',
    kind: 'definitions',
    titleJa: '個人情報の定義',
    titleEn: 'Definition of Personal Information',
    cites: 'APPI Art. 2(1)',
    ja: '本ポリシーにおいて「個人情報」とは、生存する個人に関する情報であって、氏名、生年月日その他の記述等により特定の個人を識別することができるもの（他の情報と容易に照合することができ、それにより特定の個人を識別することができることとなるものを含む。）又は個人識別符号が含まれるものをいいます。「個人データ」、「保有個人データ」その他本ポリシーで用いる用語は、個人情報保護法に定める意味によります。',
    en: 'In this Policy, "personal information" means information about a living individual that can identify that individual by name, date of birth or other description (including information that can easily be collated with other information and thereby identify the individual), or that contains an individual identification code. "Personal data", "retained personal data" and other terms used in this Policy have the meanings given in the APPI.',
  },
  {
    id: 'contact_identity',
    kind: 'contact',
    titleJa: '事業者の名称・住所・代表者',
    titleEn: 'Name, Address and Representative of the Business',
    cites: 'APPI Art. 32(1)(i)',
    ja: '事業者の名称：{companyName}\n住所：{companyAddress}\n代表者：{representative}\n本ポリシーに関するお問い合わせは、苦情・相談窓口までお寄せください。',
    en: 'Name of the business: {companyName}\nAddress: {companyAddress}\nRepresentative: {representative}\nPlease direct any inquiries about this Policy to the complaints and consultation desk.',
  },
  {
    id: 'custom_minors',
    kind: 'custom',
    titleJa: '未成年者の個人情報',
    titleEn: 'Personal Information of Minors',
    // GL 2-16 「本人の同意」: 未成年者…が判断できる能力を有していないなどの場合は、親権者や法定代理人等から同意を得る必要がある。
    cites: 'GL (General Rules) 2-16, consent of the individual',
    ja: '当社は、未成年者の個人情報を取得する場合には、必要に応じて、親権者その他の法定代理人の同意を確認します。',
    en: 'When the Company acquires personal information of a minor, it confirms, where necessary, the consent of a parent or other legal representative.',
  },
];
