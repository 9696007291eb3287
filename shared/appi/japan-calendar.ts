// The package is CommonJS (`module.exports = holiday_jp`, typed `export =`): a default import is the one form that
// works in Node/Vitest (CJS interop gives module.exports as the default), in esbuild and in a Vite browser bundle
// (its CJS pre-bundling does the same). Named imports would not: Node cannot see names on an assigned object.
import holidayJp from '@holiday-jp/holiday_jp';
import { AppError, type FieldPath, type LocalizedText } from '../errors';
import { parseIsoDate, weekdayOf, type IsoDate } from './civil-date';
import { appiMessages } from './messages';
import { ruleParameters, type MonthDay, type Weekday } from './rule-parameters';

/**
 * Japan's calendar for deadlines: national holidays from @holiday-jp/holiday_jp (国民の祝日に関する法律 —
 * the listed holidays, 振替休日 and 国民の休日 are all in its data; no hand-written tables here), the year-end
 * closure of government offices (a rule parameter), and the years the holiday data covers, read from the data
 * itself. A date outside those years is an explicit CalendarRangeError, never a guess (appi.md §2).
 */

interface HolidayEntry {
  readonly date: string;
  readonly name: string;
  readonly name_en: string;
}

/** We read the package's own map (keyed 'YYYY-MM-DD') instead of `between`/`isHoliday`, which format Dates in the host zone. */
const holidays = holidayJp.holidays as unknown as Readonly<Record<string, HolidayEntry>>;

export interface HolidayDataRange {
  readonly firstYear: number;
  readonly lastYear: number;
}

let range: HolidayDataRange | undefined;

/** The first and last year present in the package's holiday data (1970–2050 in 2.5.x; derived, not hard-coded). */
export function holidayDataRange(): HolidayDataRange {
  if (!range) {
    const years = Object.keys(holidays).map((key) => Number(key.slice(0, 4)));
    if (years.length === 0) throw new AppError('internal', { ja: '祝日データがありません。', en: 'No holiday data.' });
    range = { firstYear: Math.min(...years), lastYear: Math.max(...years) };
  }
  return range;
}

/** A date whose year the holiday data does not cover. A validation error, so a form shows it by the field. */
export class CalendarRangeError extends AppError {
  readonly year: number;

  constructor(year: number, path: FieldPath = []) {
    const { firstYear, lastYear } = holidayDataRange();
    super('validation', appiMessages.noHolidayData(year, firstYear, lastYear), path);
    this.name = 'CalendarRangeError';
    this.year = year;
  }
}

export function isCalendarRangeError(value: unknown): value is CalendarRangeError {
  return value instanceof CalendarRangeError;
}

function assertCovered(date: IsoDate, path: FieldPath): void {
  const { year } = parseIsoDate(date, path);
  const { firstYear, lastYear } = holidayDataRange();
  if (year < firstYear || year > lastYear) throw new CalendarRangeError(year, path);
}

/** The holiday's name, or null on an ordinary day. Throws CalendarRangeError outside the data's years. */
export function holidayName(date: IsoDate, path: FieldPath = []): LocalizedText | null {
  assertCovered(date, path);
  const entry = Object.hasOwn(holidays, date) ? holidays[date] : undefined;
  return entry ? { ja: entry.name, en: entry.name_en } : null;
}

/** A national holiday, substitute holiday (振替休日) or citizens' holiday (国民の休日). */
export function isNationalHoliday(date: IsoDate, path: FieldPath = []): boolean {
  return holidayName(date, path) !== null;
}

function monthDayKey({ month, day }: MonthDay): number {
  return month * 100 + day;
}

/** Within the year-end closure (12/29–1/3 by default; the range may span the new year). */
export function isYearEndClosure(date: IsoDate, path: FieldPath = []): boolean {
  const { from, to } = ruleParameters.yearEndClosure.value;
  const key = monthDayKey(parseIsoDate(date, path));
  const start = monthDayKey(from);
  const end = monthDayKey(to);
  return start <= end ? key >= start && key <= end : key >= start || key <= end;
}

/** Why a final-report deadline cannot fall on a day. Ordered: a named holiday, then the closure, then the weekday. */
export type ClosedDayReason =
  | { readonly kind: 'holiday'; readonly name: LocalizedText }
  | { readonly kind: 'yearEndClosure' }
  | { readonly kind: 'weekend'; readonly weekday: Weekday };

/**
 * The reason `date` is not a day a deadline can fall on (GL 3-5-3-4; the days government offices are closed,
 * Act on Holidays of Administrative Organs Art. 1(1) lists them, Art. 2 moves a deadline past them), or null for an
 * ordinary working day.
 * Always consults the holiday data first, so a date outside its years throws even on a weekend: one rule, no gaps.
 */
export function closedDayReason(date: IsoDate, path: FieldPath = []): ClosedDayReason | null {
  const name = holidayName(date, path);
  if (name && ruleParameters.rollForwardOnNationalHolidays.value) return { kind: 'holiday', name };
  if (isYearEndClosure(date, path)) return { kind: 'yearEndClosure' };
  const weekday = weekdayOf(date);
  return ruleParameters.rollForwardWeekdays.value.includes(weekday) ? { kind: 'weekend', weekday } : null;
}

/** Every date the holiday data lists, in order: for the rules fingerprint (rules-fingerprint.ts). */
export function holidayDates(): string[] {
  return Object.keys(holidays).sort();
}
