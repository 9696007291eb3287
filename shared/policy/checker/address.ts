import { hasPostalAddress } from '../extract';
import { normalizeForMatch } from '../text';

/**
 * Whether a line gives a postal address, with or without its prefecture. Real policies write 「東京都港区…」, but
 * just as often 「港区芝公園1-2-3」, 「横浜市西区みなとみらい二丁目3番1号」 or "1-2-3 Shiba, Minato-ku, Tokyo"; a
 * business abroad gives a street address ("375 Main Street, Suite 300, San Francisco, CA 94105, USA").
 */
const municipality = '[\\u3400-\\u9FFF\\u30A0-\\u30FFヶケ]{1,8}(?:市|区|町|村|郡)';
const block = '(?:[0-9]{1,4}|[一二三四五六七八九十百]{1,4})(?:丁目|番地?|号|-)';
const jaWithoutPrefecture = new RegExp(`${municipality}[\\u3040-\\u9FFF\\u30A0-\\u30FFー]{0,14}?${block}`);
const enStreet =
  /(?<![a-z])\d{1,6}(?:-\d{1,5}){0,2},? [a-z][a-z .'-]{1,40}(?:street|st\.|avenue|ave\.?|road|rd\.|boulevard|blvd|lane|drive|way|place|plaza|square)(?![a-z])/;
const enWard = /(?<![a-z])[a-z]+-(?:ku|shi|cho|machi|gun)(?![a-z])[^\n]{0,40}(?:tokyo|osaka|kyoto|japan|prefecture|-ken|\d{3}-\d{4})|(?<![\d-])\d{1,4}-\d{1,4}(?:-\d{1,4})?,? [a-z]+(?:-[a-z]+)?,? [a-z]+-(?:ku|shi|cho|machi)(?![a-z])/;

export function hasAddress(text: string): boolean {
  if (hasPostalAddress(text)) return true;
  const normalized = normalizeForMatch(text);
  return jaWithoutPrefecture.test(normalized) || enStreet.test(normalized) || enWard.test(normalized);
}
