import type { FontFace } from '../../fonts';

/** The PDF's page geometry, type sizes and colours, in points (1 mm = 72 / 25.4 pt). */
const mm = (value: number) => (value * 72) / 25.4;

export const page = {
  width: 595.28,
  height: 841.89,
  marginTop: mm(24),
  marginBottom: mm(22),
  marginLeft: mm(20),
  marginRight: mm(20),
  headerY: mm(11),
  footerY: 841.89 - mm(13),
};
export const contentWidth = page.width - page.marginLeft - page.marginRight;
export const contentTop = page.marginTop;
export const contentBottom = page.height - page.marginBottom;

export const colors = {
  text: '#1a1a1a',
  muted: '#5c5c5c',
  rule: '#9a9a9a',
  border: '#7f7f7f',
  headerFill: '#e9ecef',
  labelFill: '#f3f4f6',
  noteFill: '#f7f7f5',
  missing: '#6b6b6b',
  missingBox: '#a0a0a0',
  link: '#1f4e8c',
};

/** A face the PDF draws with: the four Noto JP faces, and the fallback for what they lack (emoji). */
export type PdfFace = FontFace | 'emoji';

export interface TextStyle {
  face: PdfFace;
  size: number;
  color: string;
  italic?: boolean;
  /** Drawn in a box: the 未記入 / "not provided" placeholder. */
  boxed?: boolean;
  /** A web address the text links to: the drawn text is a link annotation. */
  link?: string;
}

/** Line pitch as a multiple of the font size: generous for Japanese body text, tighter in tables. */
export const leading = { body: 1.75, table: 1.5, heading: 1.45, small: 1.4 };
/** A compact document's body pitch (a letter that should fit one page) and the share of a heading's space it keeps. */
export const compact = { body: 1.55, headingBefore: 0.5 };

export const sizes = {
  title: 18,
  subtitle: 12,
  meta: 9.5,
  body: 10.5,
  column: 9.5,
  table: 9.5,
  h1: 13.5,
  h2: 11.5,
  h3: 10.5,
  toc: 10.5,
  header: 8,
};

export const spacing = {
  paragraph: 4,
  h1Before: 16,
  h2Before: 10,
  h3Before: 8,
  headingAfter: 4,
  block: 8,
  cellPadX: 5,
  cellPadY: 3.5,
  boxPad: 2.5,
  columnGap: mm(7),
};

export const body = (size = sizes.body): TextStyle => ({ face: 'serif', size, color: colors.text });
