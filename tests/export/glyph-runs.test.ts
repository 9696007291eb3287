import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportDocument } from '../../main/core/export/model';
import { renderPdf } from '../../main/core/export/render/pdf';
import { FaceGlyphs, fillOperator, pdfNumber, type EmbeddedFont } from '../../main/core/export/render/pdf/glyph-runs';
import { contentWidth, page } from '../../main/core/export/render/pdf/theme';
import { KINSOKU_PARAGRAPH } from './sample';

/**
 * Lines are drawn as glyph runs built from the pieces they were measured as: kerning kept, a displaced glyph
 * handed back to PDFKit, and a justified Japanese line ending exactly at the right margin.
 */
function fakeFont(positions: Record<string, { xAdvance: number; advanceWidth?: number; yOffset?: number }>): EmbeddedFont & { calls: string[] } {
  const calls: string[] = [];
  return {
    id: 'F1',
    calls,
    ref: () => ({}),
    encode(text: string) {
      calls.push(text);
      const chars = Array.from(text);
      return [
        chars.map((_, i) => (i + 1).toString(16).padStart(4, '0')),
        chars.map((char) => {
          const p = positions[char] ?? { xAdvance: 500 };
          return { xAdvance: p.xAdvance, advanceWidth: p.advanceWidth ?? p.xAdvance, xOffset: 0, yOffset: p.yOffset ?? 0 };
        }),
      ];
    },
  };
}

describe('glyph runs', () => {
  it('keeps the font’s kerning as TJ adjustments and sums the advance', () => {
    const glyphs = new FaceGlyphs(fakeFont({ A: { xAdvance: 600, advanceWidth: 718 }, V: { xAdvance: 714 } }));
    expect(glyphs.shape('AV')).toEqual({ operands: '<0001> 118 <0002>', advance: 1314, displaced: false });
  });

  it('shapes each piece once per document', () => {
    const font = fakeFont({});
    const glyphs = new FaceGlyphs(font);
    for (let i = 0; i < 3; i++) glyphs.shape('個');
    expect(font.calls).toEqual(['個']);
  });

  it('flags a glyph the font displaces, which a glyph run cannot place', () => {
    expect(new FaceGlyphs(fakeFont({ '\u0301': { xAdvance: 0, yOffset: 120 } })).shape('e\u0301').displaced).toBe(true);
  });

  it('writes colours and numbers as PDF operands', () => {
    expect(fillOperator('#1a1a1a')).toBe('0.102 0.102 0.102 rg');
    expect(pdfNumber(-1 / 3)).toBe('-0.333');
    expect(pdfNumber(1e-7)).toBe('0');
  });
});

describe('justified Japanese text in the PDF', () => {
  it('ends every line but the last at the right margin, and keeps every character', async () => {
    const doc: ExportDocument = {
      lang: 'ja',
      title: '両端揃え',
      metadata: { company: '株式会社サンプル' },
      blocks: [{ type: 'paragraph', content: KINSOKU_PARAGRAPH, lang: 'ja' }],
    };
    const dir = path.resolve('test-results/export');
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 'justified.pdf');
    fs.writeFileSync(file, (await renderPdf(doc)).bytes);
    const xml = execFileSync('pdftotext', ['-bbox-layout', file, '-'], { encoding: 'utf8' });
    const right = page.marginLeft + contentWidth;
    const lines = [...xml.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"[^>]*>([\s\S]*?)<\/line>/g)]
      .map((m) => ({ xMin: Number(m[1]), xMax: Number(m[3]), text: [...m[4]!.matchAll(/>([^<]+)<\/word>/g)].map((w) => w[1]).join('') }))
      .filter((line) => Math.abs(line.xMin - page.marginLeft) < 1);
    const body = lines.slice(lines.findIndex((line) => line.text.startsWith('当社は')));
    expect(body.length).toBeGreaterThan(4);
    for (const line of body.slice(0, -1)) expect(Math.abs(line.xMax - right), line.text).toBeLessThan(0.6);
    expect(body.at(-1)!.xMax).toBeLessThan(right - 5);
    expect(body.map((line) => line.text).join('').replace(/\s/g, '')).toBe(KINSOKU_PARAGRAPH.replace(/\s/g, ''));
  });
});
