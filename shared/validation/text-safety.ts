import type { z } from 'zod';

/**
 * Characters no field of a record may hold, whatever its domain: C0 and C1 control characters other than tab,
 * line feed and carriage return (NUL truncates text in C tools and exports; the rest are invisible), the bidi
 * embedding, override and isolate controls U+202A–U+202E and U+2066–U+2069 (they make text display in another
 * order than it is stored — the "RTL override" trick), and lone surrogates (not text at all: they cannot be
 * written as UTF-8, so a document or export would break on them). Refused with the field named, never stripped.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const unsafe = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const loneSurrogate = /[\uD800-\uDFFF]/u;

/** The first character a field may not hold, as U+XXXX, or null when the text is clean. */
export function unsafeCharacterIn(value: string): string | null {
  const match = unsafe.exec(value) ?? loneSurrogate.exec(value);
  if (!match) return null;
  return `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** A zod check for any text field: refuses (under the field's own path) what `unsafeCharacterIn` finds. */
export function refuseUnsafeCharacters(value: string, ctx: z.RefinementCtx): void {
  const found = unsafeCharacterIn(value);
  if (found !== null) ctx.addIssue({ code: 'custom', message: 'unsafeCharacter', params: { char: found }, input: value });
}
