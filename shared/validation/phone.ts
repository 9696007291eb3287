import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { normalizeAscii } from './normalize';

/**
 * A Japanese phone number in its national written form (03-1234-5678, 0120-123-456, 050-1234-5678),
 * or null when it is not one. Accepts full-width digits, any hyphens or none, and +81.
 * libphonenumber-js knows the area-code lengths that decide where the hyphens go.
 */
export function normalizeJapanesePhone(raw: string): string | null {
  const value = normalizeAscii(raw).replace(/[\s()（）]/g, '');
  if (!/^\+?[\d-]+$/.test(value)) return null;
  const parsed = parsePhoneNumberFromString(value, 'JP');
  if (!parsed || parsed.country !== 'JP' || !parsed.isValid()) return null;
  return parsed.formatNational();
}
