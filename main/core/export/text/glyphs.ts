import type { Lang } from '../model';
import { graphemes } from './graphemes';

/**
 * Characters the embedded font cannot draw (emoji, kanji beyond its repertoire) would vanish or print as an empty
 * box that nobody notices. They are replaced by a visible mark, 〓 (geta, the Japanese typesetter's convention) or
 * □, and listed so the export can tell the user which characters it changed.
 */
export const replacementMark: Record<Lang, string> = { ja: '〓', en: '□' };

export interface GlyphCheck {
  text: string;
  replaced: string[];
}


/** Variation selectors and joiners: dropped when the font lacks them, since the base character still reads. */
export function isIgnorable(codePoint: number): boolean {
  return (
    (codePoint >= 0xfe00 && codePoint <= 0xfe0f) ||
    (codePoint >= 0xe0100 && codePoint <= 0xe01ef) ||
    codePoint === 0x200d ||
    codePoint === 0x200c
  );
}

export function replaceMissingGlyphs(text: string, hasGlyph: (codePoint: number) => boolean, mark: string): GlyphCheck {
  // Fast path: every character drawable, the text as it is.
  let complete = true;
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    if (codePoint >= 0x20 && !hasGlyph(codePoint)) {
      complete = false;
      break;
    }
  }
  if (complete) return { text, replaced: [] };
  const replaced: string[] = [];
  let out = '';
  for (const segment of graphemes(text)) {
    let kept = '';
    let missing = false;
    for (const char of segment) {
      const codePoint = char.codePointAt(0)!;
      if (codePoint < 0x20 || hasGlyph(codePoint)) kept += char;
      else if (!isIgnorable(codePoint)) missing = true;
    }
    if (missing) {
      out += mark;
      if (!replaced.includes(segment)) replaced.push(segment);
    } else {
      out += kept;
    }
  }
  return { text: out, replaced };
}

/**
 * Kangxi radicals (U+2F00–U+2FDF) and CJK radical supplements (U+2E80–U+2EFF) as the ideographs they stand for
 * (⼈ → 人, ⽅ → 方), by their compatibility mapping. In Japanese text they are look-alikes copied from PDFs, never
 * meant; and the font draws a radical and its ideograph with one glyph, while a PDF maps each glyph back to one
 * character — so after a single ⼈, every 人 of the file would copy and search as ⼈.
 */
export function unifyRadicals(text: string): string {
  if (!/[\u2e80-\u2fdf]/.test(text)) return text;
  return text.replace(/[\u2e80-\u2fdf]/g, (char) => char.normalize('NFKC'));
}
