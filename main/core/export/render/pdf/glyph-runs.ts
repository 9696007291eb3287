/**
 * Glyph runs written straight into the page's content stream. PDFKit's text() lays out every string it draws
 * anew with fontkit, measures it twice and wraps it in a save/transform/restore; our lines are already broken
 * into measured pieces (a CJK character, a Latin word, a space), so each piece is shaped once per document
 * and a line is drawn by concatenating its pieces' glyphs in one TJ. The drawn line is then exactly as wide as
 * it was measured, and justification space goes where Japanese typesetting puts it.
 *
 * This uses the same members of PDFKit's embedded font that its own text drawing uses (`encode`, `id`, `ref`)
 * and registers the font on the page as it does; pdfkit is pinned in package.json.
 */

/** A glyph's placement as PDFKit's embedded font reports it, in thousandths of the font size. */
interface GlyphPosition {
  xAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth: number;
}

/** The members of PDFKit's EmbeddedFont this writer relies on. */
export interface EmbeddedFont {
  id: string;
  /** Subset glyph ids as 4-digit hex, and their positions; adds the glyphs to the subset and its ToUnicode map. */
  encode(text: string): [string[], GlyphPosition[]];
  ref(): unknown;
}

export interface Shaped {
  /** TJ operands: hex glyph strings, with kerning adjustments between them. */
  operands: string;
  /** Advance in thousandths of the font size. */
  advance: number;
  /** A glyph is displaced (a combining mark): TJ cannot place it, so such text is drawn by PDFKit. */
  displaced: boolean;
}

/** PDF numbers: at most three decimals, no exponent. */
export const pdfNumber = (value: number): string => String(Math.round(value * 1000) / 1000);

export class FaceGlyphs {
  private readonly shapes = new Map<string, Shaped>();

  constructor(readonly font: EmbeddedFont) {}

  shape(text: string): Shaped {
    let shaped = this.shapes.get(text);
    if (!shaped) {
      shaped = shapeText(this.font, text);
      this.shapes.set(text, shaped);
    }
    return shaped;
  }
}

function shapeText(font: EmbeddedFont, text: string): Shaped {
  if (!text) return { operands: '', advance: 0, displaced: false };
  const [glyphs, positions] = font.encode(text);
  const operands: string[] = [];
  let hex = '';
  let advance = 0;
  let displaced = false;
  for (let i = 0; i < glyphs.length; i++) {
    const position = positions[i]!;
    if (position.xOffset || position.yOffset) displaced = true;
    hex += glyphs[i];
    advance += position.xAdvance;
    const kern = position.xAdvance - position.advanceWidth;
    if (kern !== 0) {
      operands.push(`<${hex}>`, pdfNumber(-kern));
      hex = '';
    }
  }
  if (hex) operands.push(`<${hex}>`);
  return { operands: operands.join(' '), advance, displaced };
}

/** `#1a1a1a` as a PDF fill colour operator. */
const fills = new Map<string, string>();
export function fillOperator(color: string): string {
  let op = fills.get(color);
  if (!op) {
    const channel = (i: number) => pdfNumber(parseInt(color.slice(1 + 2 * i, 3 + 2 * i), 16) / 255);
    op = `${channel(0)} ${channel(1)} ${channel(2)} rg`;
    fills.set(color, op);
  }
  return op;
}

/** Slant of the oblique placeholder text, as PDFKit's `oblique: 10`. */
const OBLIQUE = Math.tan((10 * Math.PI) / 180);

export interface RunPlacement {
  font: EmbeddedFont;
  size: number;
  color: string;
  /** Left end of the baseline, in PDFKit's top-down page coordinates. */
  x: number;
  baseline: number;
  italic?: boolean;
  /** Uniform extra space after every glyph, in points (the contents' dot leaders). */
  characterSpacing?: number;
}

/**
 * One text object. PDFKit's pages are drawn in a y-down coordinate system (its page setup flips the CTM), so the
 * text matrix flips back; the colour and spacing stay inside q/Q and leak into nothing drawn after.
 */
export function textObject(pdf: PDFKit.PDFDocument, placement: RunPlacement, operands: string): void {
  const { font, size } = placement;
  const fonts = (pdf as unknown as { page: { fonts: Record<string, unknown> } }).page.fonts;
  if (fonts[font.id] == null) fonts[font.id] = font.ref();
  const skew = placement.italic ? pdfNumber(OBLIQUE) : '0';
  const spacing = placement.characterSpacing ? ` ${pdfNumber(placement.characterSpacing)} Tc` : '';
  pdf.addContent(
    `q ${fillOperator(placement.color)} BT /${font.id} ${pdfNumber(size)} Tf${spacing} 1 0 ${skew} -1 ${pdfNumber(placement.x)} ${pdfNumber(placement.baseline)} Tm [${operands}] TJ ET Q`,
  );
}
