import { describe, expect, it } from 'vitest';
import { canBreakBetween, noLineEnd, noLineStart } from '../../main/core/export/text/kinsoku';
import { layoutLines, type Line } from '../../main/core/export/text/lines';
import { KINSOKU_PARAGRAPH } from './sample';

// A monospace measure: full-width characters 1, everything else 0.5, so widths are easy to reason about.
const measure = (text: string) => Array.from(text).reduce((w, c) => w + (c.charCodeAt(0) > 0xff ? 1 : 0.5), 0);
const text = (line: Line<null>) => line.fragments.map((f) => f.text).join('');
const lay = (input: string, width: number) => layoutLines([{ text: input, style: null }], width, measure);

describe('禁則 break opportunities', () => {
  it('never breaks before closing punctuation, small kana or the prolonged sound mark', () => {
    for (const after of ['。', '、', '）', '」', '』', '】', 'ー', 'っ', 'ャ', '々', '・', '！', '？']) {
      expect(canBreakBetween('あ', after), after).toBe(false);
    }
  });

  it('never breaks after an opening bracket', () => {
    for (const before of ['（', '「', '『', '【', '〔', '〈', '《']) expect(canBreakBetween(before, 'あ'), before).toBe(false);
  });

  it('breaks between ideographs and kana, but not inside 「……」 or between a number and its unit', () => {
    expect(canBreakBetween('漢', '字')).toBe(true);
    expect(canBreakBetween('の', '方')).toBe(true);
    expect(canBreakBetween('…', '…')).toBe(false);
    expect(canBreakBetween('15', '年')).toBe(false);
    expect(canBreakBetween('9', '時')).toBe(false);
    expect(canBreakBetween('第', '57')).toBe(true);
  });

  it('does not break between two Latin words without a space', () => {
    expect(canBreakBetween('privacy', '@example')).toBe(false);
  });
});

describe('line layout', () => {
  it('keeps every line of a long Japanese paragraph free of 禁則 violations at every width', () => {
    let naiveViolations = 0;
    for (let width = 8; width <= 40; width++) {
      const lines = lay(KINSOKU_PARAGRAPH, width);
      expect(lines.map(text).join('')).toBe(KINSOKU_PARAGRAPH);
      for (const line of lines) {
        const chars = Array.from(text(line));
        expect(noLineStart.has(chars[0]!), `width ${width}: line starts with ${chars[0]}: ${text(line)}`).toBe(false);
        expect(noLineEnd.has(chars[chars.length - 1]!), `width ${width}: line ends with ${chars[chars.length - 1]}`).toBe(false);
        expect(line.width).toBeLessThanOrEqual(width);
      }
      // The same text cut every `width` characters: how often a naive breaker would have got it wrong.
      const chars = Array.from(KINSOKU_PARAGRAPH);
      for (let i = width; i < chars.length; i += width) if (noLineStart.has(chars[i]!)) naiveViolations++;
    }
    expect(naiveViolations).toBeGreaterThan(10);
  });

  it('breaks English at spaces and drops the space it breaks at', () => {
    const lines = lay('We use the personal information we obtain for these purposes.', 6);
    expect(lines.map(text)).toEqual(['We use the', 'personal', 'information', 'we obtain', 'for these', 'purposes.']);
  });

  it('marks only the last line and hard-broken lines as last (never justified)', () => {
    const lines = lay('あいうえおかきくけこ\nさしすせそ', 4);
    expect(lines.map(text)).toEqual(['あいうえ', 'おかきく', 'けこ', 'さしすせ', 'そ']);
    expect(lines.map((line) => line.last)).toEqual([false, false, true, false, true]);
  });

  it('cuts a word longer than the line between characters rather than overflow', () => {
    const lines = lay('https://example.co.jp/privacy/policy/2026', 8);
    expect(lines.every((line) => line.width <= 8)).toBe(true);
    expect(lines.map(text).join('')).toBe('https://example.co.jp/privacy/policy/2026');
  });

  it('keeps an atomic piece (a 未記入 box) whole and styles fragments by piece', () => {
    const lines = layoutLines(
      [
        { text: '管理責任者：', style: 'plain' },
        { text: '未記入（氏名）', style: 'box', atomic: true },
      ],
      9,
      measure,
    );
    expect(lines.map((line) => line.fragments.map((f) => `${f.style}:${f.text}`))).toEqual([['plain:管理責任者：'], ['box:未記入（氏名）']]);
  });

  it('gives an empty paragraph one empty last line', () => {
    expect(lay('', 10)).toEqual([{ fragments: [], width: 0, last: true }]);
  });
});
