import { AppError, type FieldPath } from '../errors';
import { appiMessages } from './messages';
import type { Weekday } from './rule-parameters';

/**
 * Civil (calendar) dates without a time or a zone, as 'YYYY-MM-DD'. All arithmetic goes through a day number
 * (days since 1970-01-01) computed with integer formulas, so nothing here ever reads the host's time zone —
 * JS `Date` in local time is never used (appi.md §2: "all dates are Japan time, whatever the machine's zone").
 */
export type IsoDate = string;

export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isValidCivilDate({ year, month, day }: CivilDate): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  return match !== null && isValidCivilDate({ year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) });
}

/** Parses 'YYYY-MM-DD'; a malformed or impossible date (2027-02-29) is a validation error naming `path`. */
export function parseIsoDate(value: IsoDate, path: FieldPath = []): CivilDate {
  const match = ISO_DATE.exec(value);
  const date = match && { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if (!date || !isValidCivilDate(date)) throw new AppError('validation', appiMessages.invalidDate(value), path);
  return date;
}

export function formatIsoDate({ year, month, day }: CivilDate): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Days since 1970-01-01 (proleptic Gregorian), after H. Hinnant's `days_from_civil`. */
export function dayNumberOf({ year, month, day }: CivilDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const shiftedMonth = (month + 9) % 12; // March = 0 … February = 11
  const dayOfYear = Math.floor((153 * shiftedMonth + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The inverse of `dayNumberOf` (Hinnant's `civil_from_days`). */
export function civilDateOf(dayNumber: number): CivilDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function isoDateOfDayNumber(dayNumber: number): IsoDate {
  return formatIsoDate(civilDateOf(dayNumber));
}

export function dayNumberOfIso(date: IsoDate): number {
  return dayNumberOf(parseIsoDate(date));
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return isoDateOfDayNumber(dayNumberOfIso(date) + days);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumberOfIso(to) - dayNumberOfIso(from);
}

/** 0 = Sunday … 6 = Saturday. 1970-01-01 (day 0) was a Thursday. */
export function weekdayOf(date: IsoDate): Weekday {
  return ((((dayNumberOfIso(date) + 4) % 7) + 7) % 7) as Weekday;
}

export function yearOf(date: IsoDate): number {
  return parseIsoDate(date).year;
}
