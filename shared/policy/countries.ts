import { normalizeForMatch } from './text';

/**
 * Countries (and the EU) a policy may name as where personal data goes — a cue for cross-border provision
 * (Art. 28). Japan itself is not in the list. Patterns run on normalised (lower-case) text except the
 * abbreviations, which are matched in capitals only ("US", never the pronoun "us").
 */
export interface Country {
  readonly code: string;
  readonly ja: string;
  readonly en: string;
  readonly patterns: readonly RegExp[];
  readonly exactPatterns?: readonly RegExp[];
}

const word = (source: string) => new RegExp(`(?<![a-z])(${source})(?![a-z])`);
// A katakana name must not be part of a longer katakana word (タイ in タイミング, インド in インドネシア).
const katakana = (source: string) => new RegExp(`(?<![\\u30A0-\\u30FF])(${source})(?![\\u30A0-\\u30FF])`);
const caps = (source: string) => new RegExp(`(?<![A-Za-z])(${source})(?![A-Za-z])`);

export const countries: readonly Country[] = [
  { code: 'US', ja: '米国', en: 'United States', patterns: [word('united states|america'), /米国|アメリカ合衆国|(?<![\u30A0-\u30FF])アメリカ/], exactPatterns: [caps('USA|U\\.S\\.A\\.|U\\.S\\.'), /(?<![A-Za-z])(EU-US|US-EU|US-based|(the|in|to) US)(?![A-Za-z])/] },
  { code: 'EU', ja: 'EU', en: 'European Union', patterns: [word('european union|european economic area'), /欧州連合|欧州経済領域|欧州/], exactPatterns: [caps('EU|EEA')] },
  { code: 'GB', ja: '英国', en: 'United Kingdom', patterns: [word('united kingdom|great britain'), /英国|イギリス/], exactPatterns: [caps('UK|U\\.K\\.')] },
  { code: 'CN', ja: '中国', en: 'China', patterns: [word('china|prc'), /中華人民共和国|中国(?!地方|地域|・四国|四国|電力|新聞)/] },
  { code: 'KR', ja: '韓国', en: 'South Korea', patterns: [word('(south )?korea'), /韓国|大韓民国/] },
  { code: 'TW', ja: '台湾', en: 'Taiwan', patterns: [word('taiwan'), /台湾/] },
  { code: 'HK', ja: '香港', en: 'Hong Kong', patterns: [word('hong kong'), /香港/] },
  { code: 'SG', ja: 'シンガポール', en: 'Singapore', patterns: [word('singapore'), katakana('シンガポール')] },
  { code: 'IN', ja: 'インド', en: 'India', patterns: [word('india'), katakana('インド')] },
  { code: 'VN', ja: 'ベトナム', en: 'Vietnam', patterns: [word('viet ?nam'), katakana('ベトナム')] },
  { code: 'TH', ja: 'タイ', en: 'Thailand', patterns: [word('thailand'), /タイ王国/, katakana('タイ')] },
  { code: 'PH', ja: 'フィリピン', en: 'Philippines', patterns: [word('philippines'), katakana('フィリピン')] },
  { code: 'ID', ja: 'インドネシア', en: 'Indonesia', patterns: [word('indonesia'), katakana('インドネシア')] },
  { code: 'MY', ja: 'マレーシア', en: 'Malaysia', patterns: [word('malaysia'), katakana('マレーシア')] },
  { code: 'AU', ja: 'オーストラリア', en: 'Australia', patterns: [word('australia'), katakana('オーストラリア|豪州')] },
  { code: 'CA', ja: 'カナダ', en: 'Canada', patterns: [word('canada'), katakana('カナダ')] },
  { code: 'IE', ja: 'アイルランド', en: 'Ireland', patterns: [word('ireland'), katakana('アイルランド')] },
  { code: 'DE', ja: 'ドイツ', en: 'Germany', patterns: [word('germany'), katakana('ドイツ')] },
  { code: 'FR', ja: 'フランス', en: 'France', patterns: [word('france'), katakana('フランス')] },
  { code: 'NL', ja: 'オランダ', en: 'Netherlands', patterns: [word('netherlands'), katakana('オランダ')] },
  { code: 'BR', ja: 'ブラジル', en: 'Brazil', patterns: [word('brazil'), katakana('ブラジル')] },
];

/** The countries named in `text`, in list order, each once. */
export function findCountries(text: string): Country[] {
  const nfkc = text.normalize('NFKC');
  const normalized = normalizeForMatch(text);
  return countries.filter(
    (country) =>
      country.patterns.some((pattern) => pattern.test(normalized)) ||
      (country.exactPatterns ?? []).some((pattern) => pattern.test(nfkc)),
  );
}
