/**
 * User-perceived characters. Intl.Segmenter is exact but slow; text without combining marks, joiners, variation
 * selectors or surrogate pairs (nearly all Japanese and English text) is split per code unit instead.
 */
const segmenter = new Intl.Segmenter('ja', { granularity: 'grapheme' });

/** Whether any UTF-16 unit joins with a neighbour into one character (marks, joiners, selectors, surrogates). */
function isSimple(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x0300) continue;
    if (c <= 0x036f || (c >= 0x0e31 && c <= 0x0e4e) || (c >= 0x1ab0 && c <= 0x1aff) || (c >= 0x1dc0 && c <= 0x1dff)) return false;
    if (c === 0x200c || c === 0x200d || (c >= 0x20d0 && c <= 0x20ff) || c === 0x3099 || c === 0x309a) return false;
    if ((c >= 0xd800 && c <= 0xdfff) || (c >= 0xfe00 && c <= 0xfe0f) || (c >= 0xfe20 && c <= 0xfe2f)) return false;
  }
  return true;
}

export function graphemes(text: string): string[] {
  if (isSimple(text)) return text.split('');
  return Array.from(segmenter.segment(text), (part) => part.segment);
}
