/**
 * The Word file's measures, matching the PDF's (render/pdf/theme.ts): A4, the same margins, type sizes and line
 * pitch. Word measures in twips (1/20 pt) and half-points.
 */
export const twip = (points: number) => Math.round(points * 20);
export const halfPoints = (points: number) => Math.round(points * 2);
const mm = (value: number) => Math.round((value * 1440) / 25.4);

export const pageSize = { width: 11906, height: 16838 };
export const margins = { top: mm(24), bottom: mm(22), left: mm(20), right: mm(20), header: mm(11), footer: mm(10) };
export const contentWidth = pageSize.width - margins.left - margins.right;

/** Font names Word looks up on the reader's machine (it cannot use the PDF's embedded subsets). */
export interface WordFonts {
  serif: string;
  sans: string;
}

/**
 * Yu Mincho / Yu Gothic ship with Windows 8.1+ and with Office for Mac, so a client opening the file sees the
 * intended faces; give { serif: 'Noto Serif JP', sans: 'Noto Sans JP' } where Noto is installed to match the PDF.
 */
export const defaultWordFonts: WordFonts = { serif: 'Yu Mincho', sans: 'Yu Gothic' };

export const colors = {
  text: '1A1A1A',
  muted: '5C5C5C',
  rule: '9A9A9A',
  border: '7F7F7F',
  headerFill: 'E9ECEF',
  labelFill: 'F3F4F6',
  noteFill: 'F7F7F5',
  missing: '6B6B6B',
  missingBox: 'A0A0A0',
  link: '1F4E8C',
};

export const sizes = { title: 18, subtitle: 12, meta: 9.5, body: 10.5, column: 9.5, table: 9.5, h1: 13.5, h2: 11.5, h3: 10.5, header: 8 };

/** Line pitch as the PDF's, set as a minimum (atLeast): Yu fonts' tall default cannot loosen it, a larger character is not clipped. */
export const pitch = { body: 1.75, table: 1.5, heading: 1.45, small: 1.4, compactBody: 1.55, compactHeadingBefore: 0.5 };

/**
 * w:lang as Japanese Word writes it: Latin-script text is English (en-US), East Asian text Japanese (ja-JP),
 * whatever the paragraph's language. Marking Latin text ja-JP makes LibreOffice break English words anywhere.
 */
export const runLanguage = { value: 'en-US', eastAsia: 'ja-JP' } as const;

export function fontSet(name: string): { ascii: string; hAnsi: string; eastAsia: string; cs: string } {
  return { ascii: name, hAnsi: name, eastAsia: name, cs: name };
}
