import type { Language } from '../../shared/contract/settings';
import { toJapanInstant } from '../../shared/domain/incident-instant';

/**
 * Incident times are Japan time whatever the machine's zone (appi.md §2): they are shown with Intl in
 * Asia/Tokyo, and civil dates ('2026-12-30', a day of the Japanese calendar) are read in UTC so the host's
 * zone can never move them by a day. One formatter per kind, as in format.ts (UI guide, "Dates").
 */
const locales: Record<Language, string> = { ja: 'ja-JP', en: 'en-US' };
const TOKYO = 'Asia/Tokyo';

const instantDateFormats = {
  ja: new Intl.DateTimeFormat(locales.ja, { timeZone: TOKYO, year: 'numeric', month: '2-digit', day: '2-digit' }),
  en: new Intl.DateTimeFormat(locales.en, { timeZone: TOKYO, year: 'numeric', month: 'short', day: 'numeric' }),
};

const instantWeekdayFormat = new Intl.DateTimeFormat(locales.ja, { timeZone: TOKYO, weekday: 'short' });

const clockFormat = new Intl.DateTimeFormat(locales.ja, { timeZone: TOKYO, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

const civilFormats = {
  ja: new Intl.DateTimeFormat(locales.ja, { timeZone: 'UTC', year: 'numeric', month: '2-digit', day: '2-digit' }),
  en: new Intl.DateTimeFormat(locales.en, { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric' }),
};

const weekdayFormats = {
  ja: new Intl.DateTimeFormat(locales.ja, { timeZone: 'UTC', weekday: 'short' }),
  en: new Intl.DateTimeFormat(locales.en, { timeZone: 'UTC', weekday: 'short' }),
};

// 2026年12月 and December 2026 (calendar headers and chart labels): one formatter, never 「{y}年{m}月」 glued.
const monthFormats = {
  ja: new Intl.DateTimeFormat(locales.ja, { timeZone: 'UTC', year: 'numeric', month: 'long' }),
  en: new Intl.DateTimeFormat(locales.en, { timeZone: 'UTC', year: 'numeric', month: 'short' }),
};

const shortMonthFormats = {
  ja: new Intl.DateTimeFormat(locales.ja, { timeZone: 'UTC', month: 'short' }),
  en: new Intl.DateTimeFormat(locales.en, { timeZone: 'UTC', month: 'short' }),
};

/** The zone every time on screen is labelled with (UI guide, "Dates"): incidents, the audit trail, autosave. */
export const japanZone: Record<Language, string> = { ja: '日本時間', en: 'JST' };

function civilToDate(date: string): Date | null {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(date);
  if (!match) return null;
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, match[3] ? Number(match[3]) : 1));
}

function instantToDate(instant: string | Date): Date | null {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  return Number.isNaN(date.getTime()) ? null : date;
}

/** An instant's day in Japan: 2026/12/28（月） (ja) or Dec 28, 2026 (en) — the one date style of the screens. */
export function formatJapanDate(instant: string | Date, language: Language): string {
  const date = instantToDate(instant);
  if (!date) return String(instant);
  const day = instantDateFormats[language].format(date);
  return language === 'ja' ? `${day}（${instantWeekdayFormat.format(date)}）` : day;
}

/** 23:30 in Japan time, 24-hour, without the zone (the caller says 日本時間 / JST next to it). */
export function formatJapanClock(instant: string | Date): string {
  const date = instantToDate(instant);
  return date ? clockFormat.format(date) : String(instant);
}

/**
 * 2026/12/28（月）23:30 (ja) or Dec 28, 2026, 23:30 (en), in Japan time whatever the machine's zone; with
 * `zone`, labelled 日本時間 / JST where no heading or sentence around it says so.
 */
export function formatJapanDateTime(instant: string | Date, language: Language, options: { zone?: boolean } = {}): string {
  const date = instantToDate(instant);
  if (!date) return String(instant);
  const text = `${formatJapanDate(date, language)}${language === 'ja' ? '' : ', '}${formatJapanClock(date)}`;
  return options.zone ? `${text} ${japanZone[language]}` : text;
}

/**
 * A civil date '2026-12-30' as 2026/12/30（水） (ja) or Dec 30, 2026 (en). `weekday: false` inside a Japanese
 * parenthesis, so no （2026/04/01（水）施行） nests.
 */
export function formatCivilDate(date: string, language: Language, options: { weekday?: boolean } = {}): string {
  const value = civilToDate(date);
  if (!value) return date;
  if (language === 'en') return civilFormats.en.format(value);
  return options.weekday === false ? civilFormats.ja.format(value) : `${civilFormats.ja.format(value)}（${weekdayFormats.ja.format(value)}）`;
}

/** With its weekday in both languages, as deadlines are read: 2026/12/30（水） or Wed, Dec 30, 2026. */
export function formatCivilDateWithWeekday(date: string, language: Language): string {
  const value = civilToDate(date);
  if (!value) return date;
  return language === 'ja' ? formatCivilDate(date, 'ja') : `${weekdayFormats.en.format(value)}, ${civilFormats.en.format(value)}`;
}

/** A month '2026-12' as 2026年12月 (ja) or Dec 2026 (en); `short` gives 12月 / Dec for chart axes. */
export function formatMonth(month: string, language: Language, short = false): string {
  const value = civilToDate(month);
  if (!value) return month;
  return (short ? shortMonthFormats : monthFormats)[language].format(value);
}

/** The date and the HH:mm of an instant, in Japan time, as the date and time inputs hold them. */
export function splitJapanInstant(instant: string | null): { date: string; time: string } {
  const japan = instant ? toJapanInstant(instant) : null;
  if (!japan) return { date: '', time: '' };
  return { date: japan.slice(0, 10), time: japan.slice(11, 16) };
}

/** 2026-12-28 and 23:30 (Japan time) as the instant the contract takes. */
export function joinJapanInstant(date: string, time: string): string {
  return `${date}T${time}:00+09:00`;
}

/** Today's date in Japan, 'YYYY-MM-DD', at `now` — the app's clock (useAppClock), never the browser's. */
export function japanToday(now: Date): string {
  return new Date(now.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * What people type for a date, made canonical: 2026/12/28, 2026-12-28, 2026.12.28, 20261228, full-width
 * digits (NFKC). A date that does not exist (2026/02/30) is null, never rolled over into March.
 */
export function parseTypedDate(value: string): string | null {
  const text = value.normalize('NFKC').trim();
  const match = /^(\d{4})[/\-.年](\d{1,2})[/\-.月](\d{1,2})日?$/.exec(text) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** 23:30, 2330, 9:05, full-width digits and colon → 'HH:mm' (00:00–23:59), or null. */
export function parseTypedTime(value: string): string | null {
  const text = value.normalize('NFKC').trim();
  const match = /^(\d{1,2}):?(\d{2})$/.exec(text);
  if (!match) return null;
  const [hour, minute] = [Number(match[1]), Number(match[2])];
  if (hour > 23 || minute > 59) return null;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}
