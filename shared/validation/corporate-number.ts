import { z } from 'zod';
import { normalizeAscii } from './normalize';

/**
 * 法人番号 (corporate number): 13 digits, the first a check digit computed from the other twelve (the 基礎番号):
 * 9 − ((Σ Pn × Qn) mod 9), Pn the n-th digit of the base number counted from its last digit, Qn 1 for odd n and
 * 2 for even n (法人番号の指定等に関する省令 第2条; 国税庁's example 7123456789012 has check digit 7).
 * What people type is accepted with full-width digits, hyphens and spaces, and stored as the 13 digits.
 */
export function corporateCheckDigit(base12: string): number {
  let sum = 0;
  for (let n = 1; n <= 12; n += 1) {
    const digit = Number(base12[12 - n]);
    sum += digit * (n % 2 === 1 ? 1 : 2);
  }
  return 9 - (sum % 9);
}

/** The 13 digits of what was typed, or null when it is not 13 digits (after removing hyphens and spaces). */
export function corporateNumberDigits(value: string): string | null {
  const digits = normalizeAscii(value).replace(/[-\s]/g, '');
  return /^\d{13}$/.test(digits) ? digits : null;
}

export function isValidCorporateNumber(digits: string): boolean {
  return /^\d{13}$/.test(digits) && Number(digits[0]) === corporateCheckDigit(digits.slice(1));
}

/** '' when not given; the error names the field: the wrong length, or a check digit that does not match. */
export const corporateNumberField = z
  .string()
  .default('')
  .transform((value, ctx) => {
    if (normalizeAscii(value) === '') return '';
    const digits = corporateNumberDigits(value);
    if (digits === null) {
      ctx.addIssue({ code: 'custom', message: 'corporateNumber', input: value });
      return z.NEVER;
    }
    if (!isValidCorporateNumber(digits)) {
      ctx.addIssue({ code: 'custom', message: 'corporateNumberCheck', input: value });
      return z.NEVER;
    }
    return digits;
  });
