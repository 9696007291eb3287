import type { Language } from '../../shared/contract/settings';
import { toJapanInstant } from '../../shared/domain/incident-instant';

/**
 * Incident times are Japan time whatever the machine's zone (appi.md §2): they are shown with Intl in
 * Asia/Tokyo, and civil dates ('2026-12-30', a day of the Japanese calendar) are read in UTC so the host's
 * zone can never move them by a day. One formatter per kind, as in format.ts (UI guide, "Dates").
 */
const locales: Record<Language, string> = { ja: 'ja-JP', en: 'en-US' };
const TOKYO = 'Asia/Tokyo';

const instantFormats = {
  ja: new Intl.DateTimeFormat(locales.ja, {
    timeZone: TOKYO,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }),
  en: new Intl.DateTimeFormat(locales.en, {
    timeZone: TOKYO,
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }),
};

const civilFormats = {
  ja: new Intl.DateTimeFormat(locales.ja, { timeZone: 'UTC', year: 'numeric', month: '2-digit', day: '2-digit' }),
  en: new Intl.DateTimeFormat(locales.en, { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric' }),
};

const weekdayFormats = {
  ja: new Intl.DateTimeFormat(locales.ja, { timeZone: 'UTC', weekday: 'short' }),
  en: new Intl.DateTimeFormat(locales.en, { timeZone: 'UTC', weekday: 'short' }),
};

const monthFormats = {
  ja: new Intl.DateTimeFormat(locales.ja, { timeZone: 'UTC', year: 'numeric', month: 'long' }),
  en: new Intl.DateTimeFormat(locales.en, { timeZone: 'UTC', year: 'numeric', month: 'short' }),
};

const shortMonthFormats = {
  ja: new Intl.DateTimeFormat(locales.ja, { timeZone: 'UTC', month: 'short' }),
  en: new Intl.DateTimeFormat(locales.en, { timeZone: 'UTC', month: 'short' }),
};

function civilToDate(date: string): Date | null {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(date);
  if (!match) return null;
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, match[3] ? Number(match[3]) : 1));
}

/** 2026/12/28 23:30 (ja) or Dec 28, 2026, 23:30 (en), in Japan time. */
export function formatJapanDateTime(instant: string, language: Language): string {
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? instant : instantFormats[language].format(date);
}

/** A civil date '2026-12-30' as 2026/12/30 (ja) or Dec 30, 2026 (en). */
export function formatCivilDate(date: string, language: Language): string {
  const value = civilToDate(date);
  return value ? civilFormats[language].format(value) : date;
}

/** With its weekday, as deadlines are read: 2026/12/30（水） or Wed, Dec 30, 2026. */
export function formatCivilDateWithWeekday(date: string, language: Language): string {
  const value = civilToDate(date);
  if (!value) return date;
  const weekday = weekdayFormats[language].format(value);
  return language === 'ja' ? `${civilFormats.ja.format(value)}（${weekday}）` : `${weekday}, ${civilFormats.en.format(value)}`;
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
