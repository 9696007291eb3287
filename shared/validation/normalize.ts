/**
 * What people type, made canonical: full-width digits and letters to half-width (NFKC), the many
 * hyphen look-alikes to "-", and surrounding space trimmed. Used before any format check.
 */
const hyphenLike = /[\u2010-\u2015\u2212\u30FC\uFF0D\uFF70]/g;

export function normalizeAscii(value: string): string {
  return value.normalize('NFKC').replace(hyphenLike, '-').trim();
}
