import type { Refusal } from './refusals';

/**
 * Bytes of a .txt or .md file to text. Policies copied from Japanese sites come as UTF-8, sometimes with a BOM,
 * as UTF-16 with a BOM (Windows Notepad's "Unicode"), or as Shift_JIS from older Windows tools. Decoding is
 * strict: a byte sequence invalid in the encoding tried is not patched with U+FFFD (that would lose text) —
 * the next encoding is tried, and a file none decodes cleanly is refused as not text.
 */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'shift_jis';

export type Decoded = { ok: true; text: string; encoding: TextEncodingName } | { ok: false; reason: Refusal };

function strictDecode(bytes: Uint8Array, encoding: TextEncodingName): string | null {
  try {
    // ignoreBOM: false (the default) drops a leading BOM of the encoding.
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    // Also when this Node lacks the encoding (small-ICU builds have no shift_jis): then it cannot be read.
    return null;
  }
}

function bomEncoding(bytes: Uint8Array): TextEncodingName | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** C0 controls other than tab, line feed, vertical tab, form feed and carriage return (and DEL) do not occur in text. */
function isControl(code: number): boolean {
  return code <= 0x08 || (code >= 0x0e && code <= 0x1f) || code === 0x7f;
}

/** Text has next to no control characters; a binary file decoded by luck has many. */
function looksLikeText(text: string): boolean {
  let count = 0;
  const allowed = Math.max(2, text.length / 1000);
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0) return false;
    if (isControl(code) && ++count > allowed) return false;
  }
  return true;
}

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty' };
  const withBom = bomEncoding(bytes);
  // Without a BOM, NUL bytes mean a binary file (UTF-16 without a BOM is not guessed at).
  if (!withBom && bytes.includes(0)) return { ok: false, reason: 'binary' };
  const candidates: TextEncodingName[] = withBom ? [withBom] : ['utf-8', 'shift_jis'];
  for (const encoding of candidates) {
    const text = strictDecode(bytes, encoding);
    if (text === null) continue;
    if (!looksLikeText(text)) return { ok: false, reason: 'binary' };
    if (text.trim() === '') return { ok: false, reason: 'empty' };
    return { ok: true, text, encoding };
  }
  return { ok: false, reason: 'binary' };
}
