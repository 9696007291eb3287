/**
 * Legal sources as data: every conclusion the APPI rules draw carries one or more of these, and the UI shows them
 * (appi.md: "Every rule the code implements cites its source … and shows that citation to the user").
 * `article` is a stable short key (English abbreviations), `ja` / `en` are what the user reads.
 */
export interface Citation {
  readonly article: string;
  readonly ja: string;
  readonly en: string;
}

const GL_JA = '個人情報保護法ガイドライン（通則編）';
const GL_EN = 'PPC Guidelines (General Rules)';

export const citations = {
  act26_1: { article: 'APPI Art. 26(1)', ja: '個人情報保護法第26条第1項', en: 'APPI Art. 26(1)' },
  act26_1Proviso: {
    article: 'APPI Art. 26(1) proviso',
    ja: '個人情報保護法第26条第1項ただし書',
    en: 'APPI Art. 26(1) proviso',
  },
  act26_2: { article: 'APPI Art. 26(2)', ja: '個人情報保護法第26条第2項', en: 'APPI Art. 26(2)' },
  /** 仮名加工情報…については、…第二十六条…の規定は、適用しない。 */
  act41_9: { article: 'APPI Art. 41(9)', ja: '個人情報保護法第41条第9項', en: 'APPI Art. 41(9)' },
  rule7: { article: 'Rule Art. 7', ja: '施行規則第7条', en: 'Enforcement Rules Art. 7' },
  rule7_1: { article: 'Rule Art. 7(i)', ja: '施行規則第7条第1号', en: 'Enforcement Rules Art. 7(i)' },
  rule7_2: { article: 'Rule Art. 7(ii)', ja: '施行規則第7条第2号', en: 'Enforcement Rules Art. 7(ii)' },
  rule7_3: { article: 'Rule Art. 7(iii)', ja: '施行規則第7条第3号', en: 'Enforcement Rules Art. 7(iii)' },
  /** Rule Art. 7(iii) as amended in force 2024-04-01: also personal information being acquired. */
  rule7_3Amended2024: {
    article: 'Rule Art. 7(iii) (amended 2024)',
    ja: '施行規則第7条第3号（2024年4月1日施行の改正後）',
    en: 'Enforcement Rules Art. 7(iii) (as amended, in force April 1, 2024)',
  },
  rule7_4: { article: 'Rule Art. 7(iv)', ja: '施行規則第7条第4号', en: 'Enforcement Rules Art. 7(iv)' },
  /** The parenthetical of Rule Art. 7(i) excludes data under high-level encryption for the whole article. */
  rule7Encryption: {
    article: 'Rule Art. 7(i) parenthetical',
    ja: '施行規則第7条第1号括弧書',
    en: 'Enforcement Rules Art. 7(i), parenthetical',
  },
  rule8_1: { article: 'Rule Art. 8(1)', ja: '施行規則第8条第1項', en: 'Enforcement Rules Art. 8(1)' },
  rule8_2: { article: 'Rule Art. 8(2)', ja: '施行規則第8条第2項', en: 'Enforcement Rules Art. 8(2)' },
  rule9: { article: 'Rule Art. 9', ja: '施行規則第9条', en: 'Enforcement Rules Art. 9' },
  /** (4): 「本人の数が確定できない漏えい等において、…本人の数が最大1,000人を超える場合には、規則第7条第4号に該当する。」 */
  gl3_5_3_1: { article: 'GL 3-5-3-1', ja: `${GL_JA}3-5-3-1`, en: `${GL_EN} 3-5-3-1` },
  gl3_5_3_3: { article: 'GL 3-5-3-3', ja: `${GL_JA}3-5-3-3`, en: `${GL_EN} 3-5-3-3` },
  /** 「確報の報告期限の算定…に当たっては、その時点を1日目とする。」 */
  gl3_5_3_4: { article: 'GL 3-5-3-4', ja: `${GL_JA}3-5-3-4`, en: `${GL_EN} 3-5-3-4` },
  /**
   * The roll-forward: 「30日目又は60日目が土日、祝日又は年末年始閉庁日（12月29日～1月3日）の場合は、その翌日を報告期限
   * とする（行政機関の休日に関する法律（昭和63年法律第91号）第2条）。」
   */
  // English readers get "note 2": the ※ mark is the guideline's own, not English.
  gl3_5_3_4Note2: { article: 'GL 3-5-3-4 (※2)', ja: `${GL_JA}3-5-3-4（※2）`, en: `${GL_EN} 3-5-3-4 (note 2)` },
  gl3_5_3_5: { article: 'GL 3-5-3-5', ja: `${GL_JA}3-5-3-5`, en: `${GL_EN} 3-5-3-5` },
  /**
   * 期限の特例: a deadline that falls on a day government offices are closed moves to the day after (「行政機関の休日の
   * 翌日をもつてその期限とみなす」). Art. 1(1) only lists those days (weekends, national holidays, 12/29–1/3).
   */
  adminHolidaysAct2: {
    article: 'Act on Holidays of Administrative Organs Art. 2',
    ja: '行政機関の休日に関する法律第2条',
    en: 'Act on Holidays of Administrative Organs Art. 2',
  },
} as const satisfies Record<string, Citation>;

/** Citations in first-seen order without repeats (keyed by `article`). */
export function uniqueCitations(list: Iterable<Citation>): Citation[] {
  const seen = new Map<string, Citation>();
  for (const citation of list) if (!seen.has(citation.article)) seen.set(citation.article, citation);
  return [...seen.values()];
}
