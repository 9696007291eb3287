import { normalizeJapanesePhone } from '../validation/phone';
import { normalizeForMatch, sentencesOf } from './text';

/**
 * Facts read out of free text: e-mail addresses (also written as name[at]example[dot]com), Japanese phone numbers
 * (validated by libphonenumber through shared/validation/phone.ts), yen amounts and fees, company names and
 * whether a postal address appears. Every function takes the original text and normalises it itself (NFKC), so
 * １，０００円 and 1,000 yen read alike. Nothing here knows any particular company.
 */

const atWord = /[ \t]{0,3}[[(（{<][ \t]{0,3}(?:at|アット)[ \t]{0,3}[\])）}>][ \t]{0,3}/gi;
const dotWord = /[ \t]{0,3}[[(（{<][ \t]{0,3}(?:dot|ドット)[ \t]{0,3}[\])）}>][ \t]{0,3}/gi;
// Anchored at the start of a run (lookbehind) and bounded, so a long run without '@' is scanned once, not once per character.
const emailPattern = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}/g;

export function findEmails(text: string): string[] {
  const plain = text.normalize('NFKC').replace(atWord, '@').replace(dotWord, '.');
  const found = [...plain.matchAll(emailPattern)].map((match) => match[0].replace(/^[._-]+|[._-]+$/g, '').toLowerCase());
  return [...new Set(found)];
}

const phoneCandidate = /(?<![\d-])(?:\+81[\s-]?\(?0?\)?[\s-]?\d{1,4}|\(?0\d{1,4}\)?)[\s-]?\(?\d{1,4}\)?[\s-]?\d{3,4}(?![\d-])/g;

/** Japanese phone numbers in national form (03-1234-5678), each once. */
export function findPhones(text: string): string[] {
  const plain = text.normalize('NFKC').replace(/[\u2010-\u2015\u2212\u30FC]/g, '-');
  const found: string[] = [];
  for (const match of plain.matchAll(phoneCandidate)) {
    const phone = normalizeJapanesePhone(match[0]);
    if (phone !== null) found.push(phone);
  }
  return [...new Set(found)];
}

const yenAfter = /(?<![\d,.])(\d{1,3}(?:,\d{3})+|\d+)\s*(?:円|yen(?![a-z])|jpy(?![a-z]))/gi;
const yenBefore = /(?:¥|jpy)\s?(\d{1,3}(?:,\d{3})+|\d+)(?![\d,])/gi;

/** Yen amounts as integers (1，000円, 1,000 yen, ¥1,000, JPY 1000). */
export function findYenAmounts(text: string): number[] {
  const plain = text.normalize('NFKC');
  const amounts = [...plain.matchAll(yenAfter), ...plain.matchAll(yenBefore)].map((match) =>
    Number((match[1] ?? '').replace(/,/g, '')),
  );
  return amounts.filter((amount) => Number.isSafeInteger(amount));
}

/** Words that make a sentence about a fee (手数料, fee); "service fee" billing is told apart by context. */
export const feeCue = /手数料|実費|(?<![a-z])fees?(?![a-z])|(?<![a-z])charges? (?:a|of)(?![a-z])/;

/** Yen amounts in sentences that speak of a fee, each once, in order. */
export function findFeeAmounts(text: string): number[] {
  const fees = sentencesOf(normalizeForMatch(text))
    .filter((sentence) => feeCue.test(sentence))
    .flatMap((sentence) => findYenAmounts(sentence));
  return [...new Set(fees)];
}

const jaCorporateForms =
  '株式会社|有限会社|合同会社|合資会社|合名会社|一般社団法人|一般財団法人|公益社団法人|公益財団法人|特定非営利活動法人|学校法人|医療法人|社会福祉法人';
const jaPrefixed = new RegExp(`(?:${jaCorporateForms})[ \\u3000]?[^\\s、。，,「」『』（）()【】：:]{1,30}`, 'g');
// …株式会社 names: from the last delimiter (so みどり工業株式会社 keeps its kana), or failing that the run of
// kanji, katakana and Latin letters before the form (so 当社はABC株式会社 gives ABC株式会社).
const jaSuffixedBounded = /(?<=^|[\s、。，,「」『』（）()【】：:/・])[^\s、。，,「」『』（）()【】：:/・]{1,20}?(?:株式会社|有限会社|合同会社)/gm;
const jaSuffixed = new RegExp(`[A-Za-z0-9\\u30A0-\\u30FF\\u4E00-\\u9FFF&ー]{1,20}(?:株式会社|有限会社|合同会社)`, 'g');
const enSuffix = String.raw`(?:Inc\.?|INC\.?|[Cc]o\.,?[ \t]?[Ll]td\.?|CO\.,?[ \t]?LTD\.?|Corporation|CORPORATION|Corp\.|LLC|L\.L\.C\.|Ltd\.?|LTD\.?|K\.K\.|GmbH|S\.A\.|Pte\.? Ltd\.?|PLC|plc)`;
const enName = new RegExp(String.raw`(?<![\w&'’.-])(?:[A-Z][\w&'’.-]{0,40}[ \t]{1,3}){0,4}[A-Z][\w&'’.-]{0,40},?[ \t]{1,3}${enSuffix}(?![A-Za-z])`, 'g');
const enNotName = /^(?:The|This|These|Our|Its|By|For|From|With|Under|Use|Using|Of|In|On|At|To|And|Or)\s+/;

/** Company-name candidates (株式会社…, …株式会社, … Inc., … Co., Ltd.), each once, in order of appearance. */
export function findCompanyNames(text: string): string[] {
  const plain = text.normalize('NFKC');
  const found = new Map<number, { index: number; name: string }>();
  const add = (index: number, name: string) => {
    const end = index + name.length;
    const known = found.get(end);
    if (name.length >= 3 && (!known || known.index > index)) found.set(end, { index, name });
  };
  for (const match of plain.matchAll(jaPrefixed)) add(match.index, match[0].trim());
  for (const match of plain.matchAll(jaSuffixedBounded)) add(match.index, match[0]);
  for (const match of plain.matchAll(jaSuffixed)) {
    const end = match.index + match[0].length;
    if (!found.has(end)) add(match.index, match[0]);
  }
  for (const match of plain.matchAll(enName)) {
    let name = match[0].trimEnd();
    let index = match.index;
    while (enNotName.test(name)) {
      const stripped = name.replace(enNotName, '');
      index += name.length - stripped.length;
      name = stripped;
    }
    add(index, name);
  }
  const ordered = [...found.values()].sort((a, b) => a.index - b.index);
  return [...new Set(ordered.map((entry) => entry.name))];
}

const prefectures =
  '北海道|青森県|岩手県|宮城県|秋田県|山形県|福島県|茨城県|栃木県|群馬県|埼玉県|千葉県|東京都|神奈川県|新潟県|富山県|石川県|福井県|山梨県|長野県|岐阜県|静岡県|愛知県|三重県|滋賀県|京都府|大阪府|兵庫県|奈良県|和歌山県|鳥取県|島根県|岡山県|広島県|山口県|徳島県|香川県|愛媛県|高知県|福岡県|佐賀県|長崎県|熊本県|大分県|宮崎県|鹿児島県|沖縄県';
const jaAddress = new RegExp(`〒\\s?\\d{3}-?\\d{4}|(?:${prefectures})[^\\n。]{0,12}?(?:市|区|町|村|郡)`);
const enAddress = /(?<![\d-])(?:\d{3}-\d{4}|\d{1,5}-\d{1,5}(?:-\d{1,5})?)[^\n]{0,80}(?:tokyo|osaka|kyoto|japan|-ku(?![a-z])|-shi(?![a-z])|-ken(?![a-z])|prefecture)|(?:tokyo|osaka|kyoto|japan|-ku|-shi|-ken|prefecture)[^\n]{0,20}\d{3}-\d{4}/;

/** Whether a Japanese postal address appears (〒123-4567, 東京都港区…, 1-9-9 Roppongi, Minato-ku, Tokyo). */
export function hasPostalAddress(text: string): boolean {
  const normalized = normalizeForMatch(text);
  return jaAddress.test(normalized) || enAddress.test(normalized);
}

const urlPattern = /https?:\/\/[^\s<>"'）)」]+/g;

export function findUrls(text: string): string[] {
  return [...new Set([...text.normalize('NFKC').matchAll(urlPattern)].map((match) => match[0].replace(/(?<![.,;:])[.,;:]+$/, '')))];
}
