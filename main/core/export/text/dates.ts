import { AppError } from '../../../../shared/errors';
import type { IsoDate, Lang } from '../model';

/**
 * Dates as documents print them (ui-guide "Dates in documents and screens"): 2026年12月28日 and December 28, 2026,
 * with the Japanese era on request. Every form comes from Intl (the era from the Japanese calendar), never from a
 * hand-written era table or 「{y}年{m}月」 concatenation. Formatted in UTC so a calendar date never shifts by zone.
 */
export type EraStyle = 'none' | 'both' | 'only';

const gregorianJa = new Intl.DateTimeFormat('ja-JP', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
const eraYearJa = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', timeZone: 'UTC' });
const eraJa = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
  era: 'long',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: 'UTC',
});
const gregorianEn = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

export function parseIsoDate(value: IsoDate): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!date || date.toISOString().slice(0, 10) !== value) {
    throw new AppError('validation', { ja: `日付が正しくありません：${value}`, en: `Not a valid date: ${value}` }, ['date']);
  }
  return date;
}

export function formatDocumentDate(value: IsoDate, lang: Lang, era: EraStyle = 'none'): string {
  const date = parseIsoDate(value);
  if (lang === 'en') return gregorianEn.format(date);
  if (era === 'only') return eraJa.format(date);
  if (era === 'none') return gregorianJa.format(date);
  // 2026年（令和8年）12月28日: the era year goes in brackets right after the Gregorian year's 年.
  const parts = gregorianJa.formatToParts(date);
  const yearAt = parts.findIndex((part) => part.type === 'year');
  return parts
    .map((part, i) => (i === yearAt + 1 && part.type === 'literal' ? `${part.value}（${eraYearJa.format(date)}）` : part.value))
    .join('');
}

/** A range with 〜 in Japanese and an en dash in English. */
export function formatDateRange(from: IsoDate, to: IsoDate, lang: Lang, era: EraStyle = 'none'): string {
  const separator = lang === 'ja' ? '〜' : ' – ';
  return `${formatDocumentDate(from, lang, era)}${separator}${formatDocumentDate(to, lang, era)}`;
}

// 2020年4月1日 / ２０２０年４月１日 / 2020年4月: a Western date in running text, not already followed by its era.
const writtenDate = /(?<![0-9０-９])([0-9０-９]{4})年(?![（(])\s*([0-9０-９]{1,2})月(?:\s*([0-9０-９]{1,2})日)?/g;

/**
 * Every Western date written in Japanese text with its era added, as formatDocumentDate prints dates with the era:
 * 2020年4月1日 → 2020年（令和2年）4月1日, 2019年4月 → 2019年（平成31年）4月 (a month's era read on its first day).
 * Dates that are not real (2020年2月30日) are left as written.
 */
export function withEraDates(text: string): string {
  return text.replace(writtenDate, (whole, y: string, m: string, d: string | undefined) => {
    const number = (value: string) => Number(value.normalize('NFKC'));
    const iso = `${number(y)}-${String(number(m)).padStart(2, '0')}-${String(number(d ?? '1')).padStart(2, '0')}`;
    try {
      const date = parseIsoDate(iso);
      return whole.replace(/年/, `年（${eraYearJa.format(date)}）`);
    } catch {
      return whole;
    }
  });
}
