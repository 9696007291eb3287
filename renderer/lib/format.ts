import type { Language } from '../../shared/contract/settings';
import { weekdays, type DeskLanguage, type Weekday } from '../../shared/domain/desk';
import { formatJapanDate, formatJapanDateTime } from './japanDates';

/**
 * Every date, number and name the screens show goes through here: one formatter per kind, built on
 * Intl, so 2026/12/28 and Dec 28, 2026 come from the same code and no 年月日 is glued together by hand.
 */
const locales: Record<Language, string> = { ja: 'ja-JP', en: 'en-US' };

/** 2026/12/28（月） (ja) or Dec 28, 2026 (en): the day in Japan, as every screen shows dates. */
export function formatDate(value: string | Date, language: Language): string {
  return formatJapanDate(value, language);
}

/**
 * 2026/12/28（月）09:05 日本時間 (ja) or Dec 28, 2026, 09:05 JST (en): Japan time whatever the machine's zone, and
 * labelled so; `{ zone: false }` where a column heading already says 日本時間.
 */
export function formatDateTime(value: string | Date, language: Language, options: { zone?: boolean } = {}): string {
  return formatJapanDateTime(value, language, { zone: options.zone ?? true });
}

/**
 * Formatters are built once per language (and unit): building an Intl formatter costs ~0.1 ms, and a list formats
 * numbers and weekdays on every row of every render.
 */
function once<K, V>(build: (key: K) => V): (key: K) => V {
  const built = new Map<K, V>();
  return (key) => {
    let value = built.get(key);
    if (value === undefined) {
      value = build(key);
      built.set(key, value);
    }
    return value;
  };
}

const numberFormat = once((language: Language) => new Intl.NumberFormat(locales[language]));

export function formatNumber(value: number, language: Language): string {
  return numberFormat(language).format(value);
}

const byteUnits = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
/** Per language, one formatter per unit (bytes whole, larger units to one decimal). */
const byteFormats = once((language: Language) =>
  byteUnits.map(
    (unit, index) =>
      new Intl.NumberFormat(locales[language], { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: index === 0 ? 0 : 1 }),
  ),
);

/** File sizes as people read them: 1.2 MB, 640 kB. */
export function formatBytes(bytes: number, language: Language): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < byteUnits.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return byteFormats(language)[unit]!.format(value);
}

// 2024-01-01 was a Monday: weekday names come from Intl rather than a hand-kept table.
const weekdayDates: Record<Weekday, Date> = Object.fromEntries(
  weekdays.map((day, index) => [day, new Date(2024, 0, 1 + index)]),
) as Record<Weekday, Date>;

const weekdayFormat = once(
  (language: Language) => new Intl.DateTimeFormat(locales[language], { weekday: language === 'ja' ? 'narrow' : 'short' }),
);

export function weekdayName(day: Weekday, language: Language): string {
  return weekdayFormat(language).format(weekdayDates[day]);
}

/** Consecutive days as ranges: 月〜金・土 (ja), Mon–Fri, Sat (en). */
export function formatWeekdays(days: readonly Weekday[], language: Language): string {
  const indexes = weekdays.map((day, index) => (days.includes(day) ? index : -1)).filter((index) => index >= 0);
  const runs: number[][] = [];
  for (const index of indexes) {
    const run = runs.at(-1);
    if (run && run.at(-1) === index - 1) run.push(index);
    else runs.push([index]);
  }
  const dash = language === 'ja' ? '〜' : '–';
  const name = (index: number) => weekdayName(weekdays[index]!, language);
  const parts = runs.map((run) =>
    run.length >= 3 ? `${name(run[0]!)}${dash}${name(run.at(-1)!)}` : run.map(name).join(language === 'ja' ? '・' : ', '),
  );
  return parts.join(language === 'ja' ? '・' : ', ');
}

/** 09:00〜17:00; an open end stays open. */
export function formatHours(from: string, to: string, language: Language): string {
  if (from === '' && to === '') return '';
  const dash = language === 'ja' ? '〜' : '–';
  return `${from}${dash}${to}`;
}

const languageNames = once((language: Language) => new Intl.DisplayNames([locales[language]], { type: 'language' }));

export function languageName(code: DeskLanguage, language: Language): string {
  try {
    return languageNames(language).of(code) ?? code;
  } catch {
    return code;
  }
}
