import type { SectionKind } from '../vocabulary';

/**
 * The scored keyword table that tells a section's kind from its heading and body, in Japanese and English
 * (matched on normalised lower-case text). A heading cue weighs more than the same word in the body; specific
 * words (Cookie, 共同利用, 認定個人情報保護団体) weigh more than general ones (提供, 管理). Tuned on general
 * wording only: no company's phrasing belongs here.
 */
export type Cue = readonly [RegExp, number];

export interface KindCues {
  readonly heading: readonly Cue[];
  readonly body: readonly Cue[];
}

export const kindCues: Record<Exclude<SectionKind, 'custom'>, KindCues> = {
  basic_policy_statement: {
    heading: [
      [/基本方針|保護方針|basic policy|policy statement|protection policy/, 4],
      [/プライバシーポリシー|privacy policy|privacy statement|プライバシー・ポリシー/, 2],
      [/取扱いについて|取り扱いについて|handling of personal information|個人情報の取扱い/, 1],
      // 「第1条（目的）」 states the policy's own purpose, not the purposes of use.
      [/^(目的|purpose|総則|趣旨|general provisions?)$/, 5],
    ],
    body: [
      [/遵守|comply|compliance/, 1],
      [/取り?組|committed|commitment|約束/, 1],
      [/マネジメントシステム|management system|jis q 15001/, 2],
      [/継続的(に|な)?改善|continu(al|ous)(ly)? improv/, 2],
      [/方針|policy/, 1],
      [/重要性|importance|責務|responsibilit/, 1],
    ],
  },
  definitions: {
    heading: [
      [/定義|definition|用語/, 4],
      [/^(個人情報|個人データ|personal information|personal data)$/, 3],
    ],
    body: [
      [/とは[、,]?|をいい|を指し|(?<![a-z])means(?![a-z])|refers to|is defined/, 2],
      [/生存する個人|living individual/, 2],
      [/識別|identif/, 1],
    ],
  },
  information_collected: {
    heading: [
      [/取得する(個人)?情報|収集する(個人)?情報|取得(する)?項目|個人情報の項目|information (we|that we) (collect|obtain|acquire)|information collected|types of (personal )?(information|data)|data we collect|categories of personal/, 4],
    ],
    body: [
      [/氏名|(?<![a-z])name(?![a-z])/, 1],
      [/住所|(?<![a-z])address(?![a-z])/, 1],
      [/電話番号|phone number|telephone/, 1],
      [/メールアドレス|e-?mail address/, 1],
      [/生年月日|date of birth/, 1],
      [/ipアドレス|ip address/, 1],
      [/(以下|次)の(個人)?情報|following (personal )?information/, 2],
    ],
  },
  collection_methods: {
    heading: [[/収集方法|取得方法|(取得|収集)の方法|how we collect|collection (of|method)|methods? of (collect|acquisit)|適正な取得|取得について/, 4]],
    body: [
      [/取得し|収集し|お尋ね|提供を受け|collect|obtain|acquire|gather/, 1],
      [/間接的|indirect/, 1],
      [/利用登録|registration|register/, 1],
    ],
  },
  purposes_of_use: {
    heading: [
      [/利用目的|利用する目的/, 4],
      [/目的/, 2],
      [/purposes? of (use|using)|how we use/, 5],
      [/use of (personal )?(information|data)|purpose/, 3],
    ],
    body: [
      [/利用目的|purposes? of use/, 2],
      [/(以下|次|下記)(の|に掲げる)(利用)?目的|following (business )?(purposes|operations)|for the following/, 3],
      [/ため(\n|$|。)/, 1],
      [/to provide|to respond|to send|to improve|in order to|提供するため|連絡するため/, 1],
      [/利用します|use (the )?personal information|will be used/, 1],
    ],
  },
  consent_items: {
    heading: [[/同意|consent/, 4]],
    body: [
      [/同意|consent/, 1],
      [/明示|inform(ing)? (you|the individual)/, 1],
    ],
  },
  third_party_provision: {
    heading: [
      [/第三者(へ|に)?(の)?提供|third[- ]part(y|ies)/, 5],
      [/提供|provision|provid/, 1],
    ],
    body: [
      [/第三者|third[- ]part(y|ies)/, 2],
      [/同意を得(る|ず|ないで|ることなく)|without (the |prior )?(consent|agree)|prior consent/, 2],
      [/法令に基づく|required by law|laws? and regulations|in accordance with (japanese )?law/, 1],
      [/生命|life, body|公衆衛生|public health|国の機関|national (institution|government)/, 2],
    ],
  },
  outsourcing: {
    heading: [[/委託|outsourc|consign|entrust|subcontract/, 5]],
    body: [
      [/委託|outsourc|consign|entrust|subcontract|contractor/, 2],
      [/監督|supervis|confidentiality agreement|秘密保持/, 2],
    ],
  },
  joint_use: {
    heading: [[/共同利用|joint(ly)? use/, 6]],
    body: [
      [/共同利用|共同して利用|joint(ly)? use|used jointly/, 3],
      [/責任を有する者|responsible for/, 1],
      [/利用する者の範囲|scope of/, 2],
    ],
  },
  cross_border: {
    heading: [[/外国|国外|海外|cross-border|overseas|international transfer|outside (of )?japan|foreign/, 5]],
    body: [
      [/外国にある第三者|third part(y|ies) (in|located in) (a )?foreign/, 3],
      [/保護に関する制度|protection system|regime/, 2],
      [/相当措置|equivalent measures/, 2],
      [/外国|overseas|foreign countr/, 1],
    ],
  },
  security_measures: {
    heading: [[/安全管理|安全対策|security|セキュリティ|safeguard|secure management|管理体制|情報の管理|personal information management|management of personal/, 4]],
    body: [
      [/漏(え|洩)い|滅失|毀損|き損|leak|(?<![a-z])loss(?![a-z])|destruction|falsification|alteration/, 2],
      [/不正アクセス|unauthori[sz]ed access|illegal access/, 2],
      [/暗号|encrypt|(?<![a-z])ssl|(?<![a-z])tls/, 2],
      [/安全管理措置|security measures?|安全対策/, 2],
      [/組織的|人的|物理的|技術的|organi[sz]ational|physical|technical/, 1],
    ],
  },
  cookies: {
    heading: [
      [/cookie|クッキー/, 6],
      [/アクセスログ|access log|web ?beacon|ウェブビーコン|トラッキング|tracking|容易に確認できない|cannot easily confirm/, 3],
    ],
    body: [
      [/cookie|クッキー/, 3],
      [/ブラウザ|browser/, 1],
      [/アクセスログ|access log|行動履歴|閲覧履歴|action history|browsing history/, 1],
      [/web ?beacon|ウェブビーコン/, 1],
    ],
  },
  external_transmission: {
    heading: [[/外部送信|情報送信|external transmission|third[- ]party (tools|services)|analytics|アクセス解析|解析ツール/, 6]],
    body: [
      [/送信され|送信先|送信する|sent to|send (minimum )?data|transmit/, 1],
      [/オプトアウト|opt-?out/, 1],
      [/タグ|(?<![a-z])sdk|pixel|ピクセル|tag manager/, 1],
    ],
  },
  ai_processing: {
    heading: [[/(?<![a-z])ai(?![a-z])|人工知能|機械学習|machine learning|artificial intelligence|automated (decision|processing)|profiling|プロファイリング/, 6]],
    body: [
      [/(?<![a-z])ai(?![a-z])|人工知能|artificial intelligence/, 2],
      [/機械学習|machine learning|学習データ|training data|モデル|(?<![a-z])model/, 1],
    ],
  },
  request_procedures: {
    heading: [
      [/開示|訂正|利用停止|削除|消去|請求/, 4],
      [/disclosure|correction|deletion|erasure|access request|rights? of|your rights|保有個人データ|personal inquiry/, 3],
    ],
    body: [
      [/開示|disclos/, 2],
      [/訂正|correct|amend|rectif/, 1],
      [/利用停止|利用の停止|消去|削除|stop using|erase|delet|suspen|cease/, 1],
      [/請求|request/, 1],
      [/本人確認|本人であること|identity|identification/, 1],
      [/手数料|(?<![a-z])fee(?![a-z])/, 1],
      [/遅滞なく|without delay/, 1],
    ],
  },
  complaint_desk: {
    heading: [
      [/苦情|complaint/, 5],
      [/相談|consultation/, 3],
      [/窓口|desk/, 2],
    ],
    body: [
      [/苦情|complain/, 2],
      [/相談|consultation/, 1],
      [/受付時間|営業時間|reception|business hours/, 1],
    ],
  },
  authorized_organization: {
    heading: [
      [/認定個人情報保護団体|authori[sz]ed (personal information protection )?organi[sz]ation|認定団体/, 8],
      [/申出先|苦情の解決|complaint resolution/, 2],
    ],
    body: [
      [/認定個人情報保護団体|authori[sz]ed (personal information protection )?organi[sz]ation/, 4],
      [/jipdec|日本情報経済社会推進協会/, 4],
      [/苦情相談室|complaint counseling office|苦情の解決/, 2],
    ],
  },
  incident_response: {
    heading: [[/漏(え|洩)い(等)?(の|が)?(発生|事案)|漏(え|洩)い時|事故|incident|breach|発生時の対応/, 6]],
    body: [
      [/漏えい等事案|data breach|breach/, 2],
      [/個人情報保護委員会(へ|に)(の)?報告|report(ed)? to the (ppc|personal information protection commission)/, 3],
      [/再発防止|prevent recurrence/, 2],
    ],
  },
  revisions: {
    heading: [
      [/改定|改訂|変更|revision|(?<![a-z])change|amendment|update|modif/, 4],
      [/制定|施行|effective/, 2],
    ],
    body: [
      [/改定|改訂|変更|revis|chang|amend|modif|updat/, 1],
      [/効力|施行|effective|take effect/, 2],
      [/掲載|公表|announce|post(ed)? on|publish/, 1],
    ],
  },
  contact: {
    heading: [
      [/お?問(い)?合(わ)?せ|連絡先|contact|inquir|enquir/, 5],
      [/窓口|desk/, 1],
    ],
    body: [
      [/(?<![a-z])tel(?![a-z])|電話|phone/, 1],
      [/メール|e-?mail/, 1],
      [/住所|(?<![a-z])address(?![a-z])/, 1],
      [/お?問(い)?合(わ)?せ|contact|inquir/, 1],
      [/フォーム|(?<![a-z])form(?![a-z])/, 1],
    ],
  },
};
