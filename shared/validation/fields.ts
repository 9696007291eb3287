import { z } from 'zod';
import { normalizeAscii } from './normalize';
import { normalizeJapanesePhone } from './phone';
import { refuseUnsafeCharacters, unsafeCharacterIn } from './text-safety';

/**
 * Field schemas shared by every entity. Optional text is '' when not provided (never null), so forms,
 * the store and exports treat "not provided" one way. Errors carry a key of validation-messages.
 */
export const MAX_SHORT = 200;
export const MAX_LONG = 2000;

// No custom type error: issues.ts already says "required" for a missing value and "wrong type" for a
// value of another type (a number must not be reported as "not entered").
// Both refuse control, bidi-override and broken characters (text-safety.ts) under the field's own name.
export const requiredText = (max = MAX_SHORT) =>
  z.string().trim().superRefine(refuseUnsafeCharacters).min(1, { error: 'required' }).max(max, { error: 'tooLong' });

export const optionalText = (max = MAX_SHORT) =>
  z.string().trim().superRefine(refuseUnsafeCharacters).max(max, { error: 'tooLong' }).default('');

export const phoneField = z
  .string()
  .default('')
  .transform((value, ctx) => {
    if (value.trim() === '') return '';
    const normalized = normalizeJapanesePhone(value);
    if (normalized === null) {
      ctx.addIssue({ code: 'custom', message: 'phone', input: value });
      return z.NEVER;
    }
    return normalized;
  });

export const postalCodeField = z
  .string()
  .default('')
  .transform((value, ctx) => {
    const normalized = normalizeAscii(value).replace(/^〒\s*/, '');
    if (normalized === '') return '';
    const match = /^(\d{3})-?(\d{4})$/.exec(normalized);
    if (!match) {
      ctx.addIssue({ code: 'custom', message: 'postalCode', input: value });
      return z.NEVER;
    }
    return `${match[1]}-${match[2]}`;
  });

export const emailField = z
  .string()
  .default('')
  .transform((value, ctx) => {
    const normalized = normalizeAscii(value);
    if (normalized === '') return '';
    if (!z.email().safeParse(normalized).success || normalized.length > MAX_SHORT) {
      ctx.addIssue({ code: 'custom', message: 'email', input: value });
      return z.NEVER;
    }
    return normalized;
  });

export const urlField = z
  .string()
  .default('')
  .transform((value, ctx) => {
    const normalized = normalizeAscii(value);
    if (normalized === '') return '';
    let ok: boolean;
    try {
      const url = new URL(normalized);
      ok = (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
    } catch {
      ok = false;
    }
    if (!ok || normalized.length > MAX_LONG || unsafeCharacterIn(normalized) !== null) {
      ctx.addIssue({ code: 'custom', message: 'url', input: value });
      return z.NEVER;
    }
    return normalized;
  });

/** 24-hour HH:mm, or '' when not set. */
export const timeField = z
  .string()
  .default('')
  .transform((value, ctx) => {
    const normalized = normalizeAscii(value);
    if (normalized === '') return '';
    const match = /^(\d{1,2}):(\d{2})$/.exec(normalized);
    if (!match || Number(match[1]) > 24 || Number(match[2]) > 59 || (Number(match[1]) === 24 && match[2] !== '00')) {
      ctx.addIssue({ code: 'custom', message: 'time', input: value });
      return z.NEVER;
    }
    return `${match[1]!.padStart(2, '0')}:${match[2]}`;
  });

export const idField = z.number().int({ error: 'positiveId' }).positive({ error: 'positiveId' });

/** Row version for optimistic concurrency: an update names the revision it edited. */
export const revisionField = z.number().int().nonnegative();

export const isoTimestamp = z.string();
