/**
 * File names that every system accepts: Windows forbids <>:"/\|?* and control characters, names ending in a dot
 * or space, and the device names (CON, PRN, AUX, NUL, COM1–9, LPT1–9) with any extension. Titles are typed by
 * users, so they are cleaned, not trusted; the name is kept well under the 255-byte limit of common file systems.
 */
// Control characters are checked by code point: a regex range over them reads as a mistake to the linter.
const forbidden = /[<>:"/\\|?*]/g;
const isControl = (char: string) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f;
const reserved = /^(con|prn|aux|nul|com[1-9¹²³]|lpt[1-9¹²³])$/i;
const MAX_BYTES = 200;

function cleanPart(part: string): string {
  const visible = Array.from(part.normalize('NFC'), (char) => (isControl(char) ? '_' : char)).join('');
  return visible.replace(forbidden, '_').replace(/\s+/g, ' ').trim();
}

/** Cut to `max` UTF-8 bytes without splitting a character (or a surrogate pair). */
function cutToBytes(text: string, max: number): string {
  const encoder = new TextEncoder();
  let out = '';
  for (const char of text) {
    if (encoder.encode(out + char).length > max) break;
    out += char;
  }
  return out;
}

/** `2026-12-29_速報_<title>.pdf`: the parts joined by underscores, cleaned, cut, with the extension kept. */
export function safeFileName(parts: readonly string[], extension: string): string {
  const stem = parts.map(cleanPart).filter(Boolean).join('_');
  let cut = cutToBytes(stem, MAX_BYTES).replace(/[. ]+$/, '');
  // Windows reads a device name before the first dot, whatever follows (CON.txt.pdf is CON).
  if (cut === '' || reserved.test(cut.split('.')[0]!.trim())) cut = `_${cut}`;
  return `${cut}.${extension}`;
}
