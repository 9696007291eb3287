import { z } from 'zod';
import { isIsoDate } from '../appi/civil-date';
import { JAPAN_OFFSET_MINUTES, tryParseInstant } from '../appi/japan-time';

/**
 * Instants of an incident (occurred, discovered, known, sent …) are accepted with any offset or Z and kept in one
 * form, Japan time to the second: 2026-12-28T23:30:00+09:00. The clock of Rule Art. 8 runs in Japan time
 * (appi.md §2), screens and exports show Japan time, and one offset makes the stored text sort as time does.
 */
const JAPAN_OFFSET_MS = JAPAN_OFFSET_MINUTES * 60_000;

/** `value` (an ISO 8601 instant with Z or an offset) in Japan time, or null when it is not one. */
export function toJapanInstant(value: string): string | null {
  const ms = tryParseInstant(value.trim());
  if (ms === null) return null;
  return `${new Date(ms + JAPAN_OFFSET_MS).toISOString().slice(0, 19)}+09:00`;
}

/** Epoch milliseconds of an instant already in our form (or any ISO 8601 instant). */
export function instantMs(value: string): number {
  return tryParseInstant(value) ?? Number.NaN;
}

export const japanInstantField = z.string().transform((value, ctx) => {
  const normalized = toJapanInstant(value);
  if (normalized === null) {
    ctx.addIssue({ code: 'custom', message: 'instant', input: value });
    return z.NEVER;
  }
  return normalized;
});

/** An instant that may be unknown: null (or '' from an emptied form field) when not known. */
export const optionalInstantField = z
  .string()
  .nullable()
  .default(null)
  .transform((value) => (value === null || value.trim() === '' ? null : value))
  .pipe(japanInstantField.nullable());

/** A civil date 'YYYY-MM-DD' (Japan time when it stands for a day of the calendar). */
export const isoDateField = z.string().refine(isIsoDate, { error: 'date' });
