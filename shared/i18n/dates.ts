import type { IsoDate } from '../appi/civil-date';
import type { LocalizedText } from '../errors';

/**
 * A civil date (a day of the Japanese calendar, 'YYYY-MM-DD') in the screens' one date style, for sentences the
 * core writes in both languages (deadline explanations, entrustee findings): ja 2026/12/30, en Dec 30, 2026, or
 * with the weekday 2026/12/30（水） and Wed, Dec 30, 2026 — never an ISO date in English next to "Dec 30, 2026" (issue 13 item 5).
 * Read in UTC so no host zone can move the day.
 */
const en = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric' });
const enWeekday = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', weekday: 'short' });
const jaWeekday = new Intl.DateTimeFormat('ja-JP', { timeZone: 'UTC', weekday: 'short' });

function utc(date: IsoDate): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
}

/**
 * 2026/12/30 and Dec 30, 2026; with `weekday`, 2026/12/30（水） and Wed, Dec 30, 2026. Inside a parenthesis of a
 * Japanese sentence the weekday is left out, so no （2027/01/01（金）） nests.
 */
export function civilDateText(date: IsoDate, options: { weekday?: boolean } = {}): LocalizedText {
  const value = utc(date);
  if (!value) return { ja: date, en: date };
  const slash = date.replaceAll('-', '/');
  return options.weekday
    ? { ja: `${slash}（${jaWeekday.format(value)}）`, en: `${enWeekday.format(value)}, ${en.format(value)}` }
    : { ja: slash, en: en.format(value) };
}
