import type { Lang } from '../../model';
import { colors, contentWidth, page, sizes, spacing, type TextStyle } from './theme';
import type { Typesetter } from './typesetter';

/**
 * The running header (company at the left, document title at the right, a hairline under them) and the footer
 * ("3 / 12", centred), drawn on every buffered page once the number of pages is known. A draft's mark (案 / DRAFT)
 * leads the header, bold and boxed, so no page of a draft can pass for the document as filed.
 */
function fitted(ts: Typesetter, text: string, style: TextStyle, width: number): string {
  if (ts.measure(text, style) <= width) return text;
  const chars = Array.from(text);
  while (chars.length > 0 && ts.measure(`${chars.join('')}…`, style) > width) chars.pop();
  return `${chars.join('')}…`;
}

/**
 * A draft's watermark (下書き / DRAFT): large, light grey, along the page's diagonal, drawn as glyph outlines so it
 * is seen on every printed page but is no part of the text a reader copies or searches.
 */
function drawWatermark(ts: Typesetter, text: string): void {
  const { glyphs, advance, unitsPerEm, capHeight } = ts.outlines(text, 'sansBold');
  const angle = Math.atan2(page.height, page.width);
  // As wide as 70% of the diagonal, at most 110 pt high.
  const diagonal = Math.hypot(page.width, page.height);
  const size = Math.min(110, (diagonal * 0.7 * unitsPerEm) / Math.max(advance, 1));
  const scale = size / unitsPerEm;
  const { pdf } = ts;
  pdf.save();
  pdf.translate(page.width / 2, page.height / 2).rotate((-angle * 180) / Math.PI);
  // Outlines are y-up, PDFKit's page is y-down: flipped.
  pdf.scale(scale, -scale).translate(-advance / 2, -capHeight / 2);
  pdf.fillColor('#000000').fillOpacity(0.09);
  for (const glyph of glyphs) {
    if (!glyph.path) continue;
    pdf.save().translate(glyph.x, 0).path(glyph.path).fill().restore();
  }
  pdf.restore();
}

export function drawFrames(ts: Typesetter, company: string, headerText: string, lang: Lang, draftMark?: string, watermark?: string): void {
  const { pdf } = ts;
  const style: TextStyle = { face: 'sans', size: sizes.header, color: colors.muted };
  const markStyle: TextStyle = { face: 'sansBold', size: sizes.header + 1, color: colors.text };
  const mark = draftMark ? ts.drawable(draftMark, 'sansBold', lang) : '';
  const markWidth = mark ? ts.measure(mark, markStyle) + 2 * spacing.boxPad : 0;
  const markGap = mark ? 8 : 0;
  const left = fitted(ts, ts.drawable(company, 'sans', lang), style, contentWidth * 0.45 - markWidth - markGap);
  const right = fitted(ts, ts.drawable(headerText, 'sans', lang), style, contentWidth - ts.measure(left, style) - 24);
  const range = pdf.bufferedPageRange();
  const total = range.start + range.count;
  for (let i = range.start; i < total; i++) {
    pdf.switchToPage(i);
    if (watermark) drawWatermark(ts, watermark);
    const baseline = page.headerY + sizes.header;
    if (mark) {
      ts.text(mark, page.marginLeft + spacing.boxPad, baseline, markStyle);
      pdf
        .save()
        .lineWidth(0.8)
        .strokeColor(colors.text)
        .rect(page.marginLeft, baseline - markStyle.size - 1, markWidth, markStyle.size + 4)
        .stroke()
        .restore();
    }
    ts.text(left, page.marginLeft + markWidth + markGap, baseline, style);
    ts.text(right, page.width - page.marginRight - ts.measure(right, style), baseline, style);
    pdf
      .save()
      .lineWidth(0.5)
      .strokeColor(colors.rule)
      .moveTo(page.marginLeft, baseline + 4)
      .lineTo(page.width - page.marginRight, baseline + 4)
      .stroke()
      .restore();
    const folio = `${i + 1} / ${total}`;
    ts.text(folio, (page.width - ts.measure(folio, style)) / 2, page.footerY, style);
  }
}
