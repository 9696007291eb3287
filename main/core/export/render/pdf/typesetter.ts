import type { FontFace } from '../../fonts';
import { missingText } from '../../inline';
import type { Lang, Run } from '../../model';
import { replaceMissingGlyphs, replacementMark, unifyRadicals } from '../../text/glyphs';
import { graphemes } from '../../text/graphemes';
import { isCjk } from '../../text/kinsoku';
import { layoutLines, type Line, type StyledText } from '../../text/lines';
import { colors, spacing, type TextStyle } from './theme';

/** The part of fontkit's font object PDFKit keeps on its current font, which knows the font's glyph coverage. */
interface GlyphSource {
  hasGlyphForCodePoint(codePoint: number): boolean;
}

export type LineAlign = 'left' | 'center' | 'right' | 'justify';

interface Segment {
  text: string;
  kind: 'cjk' | 'latin' | 'space';
  /** Justification gaps after it: one per CJK character, one after a Latin word or a space. */
  gaps: number;
}

/** A fragment cut into runs of CJK characters, Latin words and spaces, for justification. */
function segments(text: string): Segment[] {
  const out: Segment[] = [];
  for (const segment of graphemes(text)) {
    const kind: Segment['kind'] = segment === ' ' ? 'space' : isCjk(segment) ? 'cjk' : 'latin';
    const last = out[out.length - 1];
    if (last && last.kind === kind && kind !== 'space') {
      last.text += segment;
      if (kind === 'cjk') last.gaps++;
    } else {
      out.push({ text: segment, kind, gaps: 1 });
    }
  }
  return out;
}

/**
 * Measures, breaks and draws text on a PDFKit document. PDFKit draws each fragment where it is told; line breaking
 * (text/lines.ts) and justification are ours, since pagination needs every line as its own item (table cells,
 * columns, keep-with-next), a line may mix faces and a boxed placeholder, and PDFKit's justification only
 * stretches spaces, which Japanese text does not have.
 */
export class Typesetter {
  /** Characters drawn as a replacement mark, in order of first appearance. */
  readonly replaced = new Set<string>();
  private readonly widths = new Map<string, number>();
  private readonly glyphs = new Map<FontFace, (codePoint: number) => boolean>();

  constructor(readonly pdf: PDFKit.PDFDocument) {}

  use(style: TextStyle): void {
    this.pdf.font(style.face).fontSize(style.size);
  }

  readonly measure = (text: string, style: TextStyle): number => {
    const key = `${style.face}|${style.size}|${style.boxed ? 1 : 0}|${text}`;
    let width = this.widths.get(key);
    if (width === undefined) {
      this.use(style);
      width = this.pdf.widthOfString(text) + (style.boxed ? 2 * spacing.boxPad : 0);
      this.widths.set(key, width);
    }
    return width;
  };

  /** Whether a face has a glyph for a code point, asked once per face and code point. */
  private coverage(face: FontFace): (codePoint: number) => boolean {
    let known = this.glyphs.get(face);
    if (!known) {
      this.pdf.font(face);
      // PDFKit keeps the fontkit font of an embedded TTF on its private `_font.font`; nothing public exposes coverage.
      const source = (this.pdf as unknown as { _font: { font: GlyphSource } })._font.font;
      const answers = new Map<number, boolean>();
      known = (codePoint) => {
        let has = answers.get(codePoint);
        if (has === undefined) answers.set(codePoint, (has = source.hasGlyphForCodePoint(codePoint)));
        return has;
      };
      this.glyphs.set(face, known);
    }
    return known;
  }

  /** The text with every character the face cannot draw replaced by a visible mark (and remembered). */
  drawable(text: string, face: FontFace, lang: Lang): string {
    const checked = replaceMissingGlyphs(unifyRadicals(text), this.coverage(face), replacementMark[lang]);
    for (const char of checked.replaced) this.replaced.add(char);
    return checked.text;
  }

  /** Runs in a base style as the pieces the line breaker takes: bold switches face, placeholders are boxed. */
  pieces(runs: readonly Run[], base: TextStyle, lang: Lang): StyledText<TextStyle>[] {
    return runs.map((run) => {
      if (run.missing) {
        const face: FontFace = base.face.startsWith('sans') ? 'sans' : 'serif';
        const style: TextStyle = { ...base, face, color: colors.missing, italic: true, boxed: true };
        return { text: this.drawable(missingText(run, lang), face, lang), style, atomic: true };
      }
      const face: FontFace = run.bold ? (base.face.startsWith('sans') ? 'sansBold' : 'serifBold') : base.face;
      const style: TextStyle = { ...base, face, italic: run.italic || base.italic };
      return { text: this.drawable(run.text, face, lang), style };
    });
  }

  layout(runs: readonly Run[], base: TextStyle, width: number, lang: Lang): Line<TextStyle>[] {
    return layoutLines(this.pieces(runs, base, lang), width, this.measure);
  }

  /**
   * Draws one line in a box `width` wide whose top is `top` and height `lineHeight`. A justified line spreads its
   * slack over the gaps Japanese justification uses: between CJK characters and at spaces and script boundaries,
   * never inside a Latin word (which would letter-space it); a line that would gape is left ragged instead.
   */
  drawLine(line: Line<TextStyle>, x: number, top: number, width: number, lineHeight: number, align: LineAlign): void {
    const slack = width - line.width;
    let cursor = x + (align === 'right' ? slack : align === 'center' ? slack / 2 : 0);
    let tracking = 0;
    if (align === 'justify' && !line.last && slack > 0) {
      const gaps = line.fragments.reduce((n, f) => n + (f.atomic ? 1 : segments(f.text).reduce((m, seg) => m + seg.gaps, 0)), 0) - 1;
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
      } else if (tracking === 0) {
        this.text(fragment.text, cursor, baseline, style);
        cursor += fragment.width;
      } else {
        for (const seg of segments(fragment.text)) {
          if (seg.kind !== 'space') this.text(seg.text, cursor, baseline, style, seg.kind === 'cjk' ? tracking : 0);
          cursor += this.measure(seg.text, style) + tracking * seg.gaps;
        }
      }
    }
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

  /** Text placed by its baseline, so fragments in different faces share one. */
  text(text: string, x: number, baseline: number, style: TextStyle, tracking = 0, extra: PDFKit.Mixins.TextOptions = {}): void {
    if (!text) return;
    this.use(style);
    this.pdf.fillColor(style.color).text(text, x, baseline, {
      lineBreak: false,
      baseline: 'alphabetic',
      ...(tracking ? { characterSpacing: tracking } : {}),
      ...(style.italic ? { oblique: 10 } : {}),
      ...extra,
    });
  }
}
