import { z } from 'zod';
import { AppError, type FieldPath } from '../errors';
import { dayNumberOf, isoDateOfDayNumber, isValidCivilDate, type IsoDate } from './civil-date';
import { appiMessages } from './messages';

/**
 * Instants (ISO 8601 with Z or an offset) and their Japan-time reading. Japan time is UTC+9 with no daylight
 * saving, so the civil date in Tokyo is read by adding 9 hours to the UTC epoch and reading UTC fields — never
 * through the host's zone (appi.md §2; the unit suite also runs under TZ=America/Los_Angeles).
 */
export const JAPAN_OFFSET_MINUTES = 9 * 60;

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

/** 'YYYY-MM-DDTHH:mm[:ss[.fraction]]' then 'Z' or '±HH:mm'. A time without a zone is ambiguous and refused. */
const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:(Z)|([+-])(\d{2}):(\d{2}))$/;

/** An instant: an ISO 8601 string with an offset, or a Date (whose epoch value is zone-free). */
export type InstantInput = string | Date;

/** Milliseconds since the epoch, or null when `value` is not an ISO 8601 instant with Z or an offset. */
export function tryParseInstant(value: string): number | null {
  const m = ISO_INSTANT.exec(value);
  if (!m) return null;
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [number, number, number, number, number];
  const second = m[6] === undefined ? 0 : Number(m[6]);
  const millis = m[7] === undefined ? 0 : Number(m[7].padEnd(3, '0').slice(0, 3));
  if (!isValidCivilDate({ year, month, day }) || hour > 23 || minute > 59 || second > 59) return null;
  let offsetMinutes = 0;
  if (m[8] !== 'Z') {
    const offsetHours = Number(m[10]);
    const offsetMins = Number(m[11]);
    if (offsetHours > 23 || offsetMins > 59) return null;
    offsetMinutes = (m[9] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMins);
  }
  const localMs = dayNumberOf({ year, month, day }) * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1000 + millis;
  return localMs - offsetMinutes * MS_PER_MINUTE;
}

/** Epoch milliseconds of an instant; a malformed one is a validation error naming `path`. */
export function epochOf(instant: InstantInput, path: FieldPath = []): number {
  if (instant instanceof Date) {
    const ms = instant.getTime();
    if (Number.isNaN(ms)) throw new AppError('validation', appiMessages.invalidInstant(String(instant)), path);
    return ms;
  }
  const ms = tryParseInstant(instant);
  if (ms === null) throw new AppError('validation', appiMessages.invalidInstant(instant), path);
  return ms;
}

function japanMs(instant: InstantInput, path: FieldPath): number {
  return epochOf(instant, path) + JAPAN_OFFSET_MINUTES * MS_PER_MINUTE;
}

/** The civil date in Japan at `instant`. */
export function japanDateOf(instant: InstantInput, path: FieldPath = []): IsoDate {
  return isoDateOfDayNumber(Math.floor(japanMs(instant, path) / MS_PER_DAY));
}

/** The wall-clock time in Japan at `instant`, 'HH:mm' (24-hour). */
export function japanTimeOf(instant: InstantInput, path: FieldPath = []): string {
  const msOfDay = ((japanMs(instant, path) % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY;
  const minutes = Math.floor(msOfDay / MS_PER_MINUTE);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** zod schema for an instant field (knownAt, entrustorNotifiedAt …): the same grammar as `tryParseInstant`. */
export const isoInstant = z.string().refine((value) => tryParseInstant(value) !== null, { error: 'instant' });
