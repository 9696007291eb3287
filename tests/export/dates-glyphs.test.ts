import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { formatDateRange, formatDocumentDate } from '../../main/core/export/text/dates';
import { replaceMissingGlyphs } from '../../main/core/export/text/glyphs';
import { headingText } from '../../main/core/export/text/heading';

describe('document dates', () => {
  it('formats Japanese and English dates', () => {
    expect(formatDocumentDate('2026-12-28', 'ja')).toBe('2026年12月28日');
    expect(formatDocumentDate('2026-12-28', 'en')).toBe('December 28, 2026');
  });

  it('adds the era from the Japanese calendar, including 元年 and the day an era changes', () => {
    expect(formatDocumentDate('2026-12-28', 'ja', 'both')).toBe('2026年（令和8年）12月28日');
    expect(formatDocumentDate('2026-12-28', 'ja', 'only')).toBe('令和8年12月28日');
    expect(formatDocumentDate('2019-04-30', 'ja', 'only')).toBe('平成31年4月30日');
    expect(formatDocumentDate('2019-05-01', 'ja', 'both')).toBe('2019年（令和元年）5月1日');
  });

  it('never shifts a calendar date with the machine time zone', () => {
    expect(formatDocumentDate('2027-01-01', 'ja')).toBe('2027年1月1日');
    expect(formatDocumentDate('2026-12-31', 'en')).toBe('December 31, 2026');
  });

  it('joins a range with 〜', () => {
    expect(formatDateRange('2026-04-01', '2026-04-30', 'ja')).toBe('2026年4月1日〜2026年4月30日');
  });

  it('rejects a date that does not exist', () => {
    expect(() => formatDocumentDate('2026-02-30', 'ja')).toThrow(AppError);
  });
});

describe('glyph fallback', () => {
  const hasGlyph = (codePoint: number) => codePoint < 0x1f000 && codePoint !== 0xfe0f && codePoint !== 0x200d;

  it('replaces characters the font lacks with a visible mark and lists them once', () => {
    const result = replaceMissingGlyphs('連絡先📧 と 📧', hasGlyph, '〓');
    expect(result.text).toBe('連絡先〓 と 〓');
    expect(result.replaced).toEqual(['📧']);
  });

  it('treats an emoji sequence as one character and drops an unsupported variation selector', () => {
    const result = replaceMissingGlyphs('👨‍👩‍👧 ©\uFE0F', hasGlyph, '□');
    expect(result.text).toBe('□ ©');
    expect(result.replaced).toEqual(['👨‍👩‍👧']);
  });
});

describe('heading text', () => {
  it('composes article and plain numbering per language', () => {
    expect(headingText({ label: '第1条', text: '利用目的' }, 'ja')).toBe('第1条（利用目的）');
    expect(headingText({ label: 'Article 1', text: 'Purposes of Use' }, 'en')).toBe('Article 1 (Purposes of Use)');
    expect(headingText({ label: '1.', text: '概要', labelStyle: 'plain' }, 'ja')).toBe('1.\u3000概要');
    expect(headingText({ text: 'Overview' }, 'en')).toBe('Overview');
  });
});
