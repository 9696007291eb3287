import { linkRuns, missingText } from '../../inline';
import type { Lang, Run } from '../../model';
import { graphemes } from '../../text/graphemes';
import { isIgnorable, replaceMissingGlyphs, replacementMark, unifyRadicals } from '../../text/glyphs';
import { layoutLines, type Line, type StyledText } from '../../text/lines';
import { FaceGlyphs, pdfNumber, textObject, type EmbeddedFont } from './glyph-runs';
import { colors, spacing, type PdfFace, type TextStyle } from './theme';

/** The part of fontkit's font object PDFKit keeps on its embedded font, which knows the font's glyph coverage. */
interface GlyphSource {
  hasGlyphForCodePoint(codePoint: number): boolean;
}

/** The part of fontkit's font a watermark's outlines need. */
interface FontkitFont {
  unitsPerEm: number;
  capHeight: number;
  layout(text: string): { glyphs: { path: { toSVG(): string }; advanceWidth: number }[]; positions: { xAdvance: number; xOffset: number }[] };
}

export type LineAlign = 'left' | 'center' | 'right' | 'justify';

/**
 * Measures, breaks and draws text on a PDFKit document. Line breaking (text/lines.ts) and justification are ours,
 * since pagination needs every line as its own item (table cells, columns, keep-with-next), a line may mix faces
 * and a boxed placeholder, and PDFKit's justification only stretches spaces, which Japanese text does not have.
 * Glyphs are shaped once per piece and document and written as glyph runs (glyph-runs.ts).
 */
export class Typesetter {
  /** Characters drawn as a replacement mark, in order of first appearance. */
  readonly replaced = new Set<string>();
  private readonly faces = new Map<PdfFace, FaceGlyphs>();
  private readonly coverages = new Map<PdfFace, (codePoint: number) => boolean>();

  /** `fallbacks`: registered faces tried, in order, for a character the run's own face cannot draw. */
  constructor(
    readonly pdf: PDFKit.PDFDocument,
    private readonly fallbacks: readonly PdfFace[] = [],
  ) {}

  /** The face's embedded font and its shaped pieces; PDFKit creates the font on first use. */
  private glyphs(face: PdfFace): FaceGlyphs {
    let glyphs = this.faces.get(face);
    if (!glyphs) {
      this.pdf.font(face);
      glyphs = new FaceGlyphs((this.pdf as unknown as { _font: EmbeddedFont })._font);
      this.faces.set(face, glyphs);
    }
    return glyphs;
  }

  readonly measure = (text: string, style: TextStyle): number =>
    (this.glyphs(style.face).shape(text).advance * style.size) / 1000 + (style.boxed ? 2 * spacing.boxPad : 0);

  /** Whether a face has a glyph for a code point, asked once per face and code point. */
  private coverage(face: PdfFace): (codePoint: number) => boolean {
    let known = this.coverages.get(face);
    if (!known) {
      // PDFKit keeps the fontkit font of an embedded TTF on `font`; nothing public exposes coverage.
      const source = (this.glyphs(face).font as unknown as { font: GlyphSource }).font;
      // 0 unknown, 1 present, 2 missing: a flat table for the Basic Multilingual Plane, a map above it.
      const bmp = new Uint8Array(0x10000);
      const astral = new Map<number, boolean>();
      known = (codePoint) => {
        if (codePoint < 0x10000) {
          let answer = bmp[codePoint]!;
          if (answer === 0) bmp[codePoint] = answer = source.hasGlyphForCodePoint(codePoint) ? 1 : 2;
          return answer === 1;
        }
        let has = astral.get(codePoint);
        if (has === undefined) astral.set(codePoint, (has = source.hasGlyphForCodePoint(codePoint)));
        return has;
      };
      this.coverages.set(face, known);
    }
    return known;
  }

  /**
   * The text's glyph outlines as SVG path data in font units (y up), each with its pen position: a watermark is
   * drawn as shapes, so it never joins the page's text (copying, search, screen readers).
   */
  outlines(text: string, face: PdfFace): { glyphs: { path: string; x: number }[]; advance: number; unitsPerEm: number; capHeight: number } {
    const font = (this.glyphs(face).font as unknown as { font: FontkitFont }).font;
    const run = font.layout(text);
    let x = 0;
    const glyphs = run.glyphs.map((glyph, i) => {
      const placed = { path: glyph.path.toSVG(), x: x + (run.positions[i]?.xOffset ?? 0) };
      x += run.positions[i]?.xAdvance ?? glyph.advanceWidth;
      return placed;
    });
    return { glyphs, advance: x, unitsPerEm: font.unitsPerEm, capHeight: font.capHeight };
  }

  /** The text with every character the face cannot draw replaced by a visible mark (and remembered). */
  drawable(text: string, face: PdfFace, lang: Lang): string {
    const checked = replaceMissingGlyphs(unifyRadicals(text), this.coverage(face), replacementMark[lang]);
    for (const char of checked.replaced) this.replaced.add(char);
    return checked.text;
  }

  /** Runs in a base style as the pieces the line breaker takes: bold switches face, placeholders are boxed. */
  pieces(runs: readonly Run[], base: TextStyle, lang: Lang): StyledText<TextStyle>[] {
    return linkRuns(runs).flatMap((run): StyledText<TextStyle>[] => {
      if (run.missing) {
        const face: PdfFace = base.face.startsWith('sans') ? 'sans' : 'serif';
        const style: TextStyle = { ...base, face, color: colors.missing, italic: true, boxed: true };
        return [{ text: this.drawable(missingText(run, lang), face, lang), style, atomic: true }];
      }
      const face: PdfFace = run.bold ? (base.face.startsWith('sans') ? 'sansBold' : 'serifBold') : base.face;
      const style: TextStyle = { ...base, face, italic: run.italic || base.italic, ...(run.link ? { link: run.link, color: colors.link } : {}) };
      return this.withFallbacks(run.text, style).map((part) => ({ text: this.drawable(part.text, part.style.face, lang), style: part.style }));
    });
  }

  /**
   * The text in pieces by the face that draws them: a character its own face lacks (an emoji in a heading) is
   * drawn with the first fallback face that has it, as written, instead of a replacement mark.
   */
  private withFallbacks(text: string, style: TextStyle): { text: string; style: TextStyle }[] {
    if (this.fallbacks.length === 0) return [{ text, style }];
    const own = this.coverage(style.face);
    let complete = true;
    for (const char of text) {
      if (char.codePointAt(0)! >= 0x20 && !own(char.codePointAt(0)!)) {
        complete = false;
        break;
      }
    }
    if (complete) return [{ text, style }];
    const styles = new Map<PdfFace, TextStyle>([[style.face, style]]);
    const parts: { text: string; style: TextStyle }[] = [];
    for (const segment of graphemes(text)) {
      const needed = [...segment].map((char) => char.codePointAt(0)!).filter((cp) => cp >= 0x20 && !isIgnorable(cp));
      const face = needed.every(own) ? style.face : (this.fallbacks.find((f) => needed.every(this.coverage(f))) ?? style.face);
      if (!styles.has(face)) styles.set(face, { ...style, face });
      const last = parts[parts.length - 1];
      if (last && last.style.face === face) last.text += segment;
      else parts.push({ text: segment, style: styles.get(face)! });
    }
    return parts;
  }

  layout(runs: readonly Run[], base: TextStyle, width: number, lang: Lang): Line<TextStyle>[] {
    return layoutLines(this.pieces(runs, base, lang), width, this.measure);
  }

  /**
   * Draws one line in a box `width` wide whose top is `top` and height `lineHeight`. A justified line spreads its
   * slack over the gaps Japanese justification uses: after each CJK character, space and Latin word, never inside
   * a word (which would letter-space it); a line that would gape is left ragged instead.
   */
  drawLine(line: Line<TextStyle>, x: number, top: number, width: number, lineHeight: number, align: LineAlign): void {
    const slack = width - line.width;
    let cursor = x + (align === 'right' ? slack : align === 'center' ? slack / 2 : 0);
    let tracking = 0;
    if (align === 'justify' && !line.last && slack > 0) {
      const gaps = line.fragments.reduce((n, f) => n + (f.atomic ? 1 : f.units.length), 0) - 1;
      const size = line.fragments[0]?.style.size ?? 10;
      if (gaps > 0 && slack / gaps <= size * 0.5) tracking = slack / gaps;
    }
    for (const fragment of line.fragments) {
      const { style } = fragment;
      const baseline = top + lineHeight / 2 + style.size * 0.38;
      if (style.boxed) {
        this.box(cursor, top, fragment.width, lineHeight, style);
        this.text(fragment.text, cursor + spacing.boxPad, baseline, style);
        cursor += fragment.width + tracking;
        continue;
      }
      this.pieceRun(fragment.units, cursor, baseline, style, tracking);
      const drawn = fragment.width + tracking * (fragment.units.length - 1);
      if (style.link) this.pdf.link(cursor, top, drawn, lineHeight, style.link);
      cursor += fragment.width + tracking * fragment.units.length;
    }
  }

  /** Pieces drawn side by side as one glyph run, `tracking` points after each. */
  private pieceRun(units: readonly string[], x: number, baseline: number, style: TextStyle, tracking: number): void {
    const glyphs = this.glyphs(style.face);
    const after = tracking ? ` ${pdfNumber((-tracking * 1000) / style.size)} ` : ' ';
    const operands: string[] = [];
    for (const unit of units) {
      const shaped = glyphs.shape(unit);
      // Left unjustified: PDFKit's spacing would go after every letter too and push the line past its margin.
      if (shaped.displaced) return this.pdfkitText(units.join(''), x, baseline, style, 0);
      operands.push(shaped.operands);
    }
    textObject(this.pdf, { font: glyphs.font, size: style.size, color: style.color, x, baseline, italic: style.italic ?? false }, operands.join(after));
  }

  private box(x: number, top: number, width: number, lineHeight: number, style: TextStyle): void {
    const height = style.size * 1.35;
    this.pdf
      .save()
      .lineWidth(0.6)
      .strokeColor(colors.missingBox)
      .rect(x + 0.5, top + (lineHeight - height) / 2, width - 1, height)
      .stroke()
      .restore();
  }

  /** Text placed by its baseline, so fragments in different faces share one; `tracking` after every glyph. */
  text(text: string, x: number, baseline: number, style: TextStyle, tracking = 0): void {
    if (!text) return;
    const glyphs = this.glyphs(style.face);
    const shaped = glyphs.shape(text);
    if (shaped.displaced) return this.pdfkitText(text, x, baseline, style, tracking);
    textObject(this.pdf, { font: glyphs.font, size: style.size, color: style.color, x, baseline, italic: style.italic ?? false, characterSpacing: tracking }, shaped.operands);
  }

  /** PDFKit's own drawing, for text with a displaced glyph (a combining mark placed by the font), which a glyph run cannot place. */
  private pdfkitText(text: string, x: number, baseline: number, style: TextStyle, tracking: number): void {
    this.pdf.font(style.face).fontSize(style.size);
    this.pdf.fillColor(style.color).text(text, x, baseline, {
      lineBreak: false,
      baseline: 'alphabetic',
      ...(tracking ? { characterSpacing: tracking } : {}),
      ...(style.italic ? { oblique: 10 } : {}),
    });
  }
}
