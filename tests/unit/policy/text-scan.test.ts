import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { languageOf, sentencesOf } from '../../../shared/policy/text';

/** The definitions the scans replaced (a split on a look-behind regex, match arrays): the scans must agree with them. */
const sentencesByRegex = (text: string) =>
  text
    .split(/(?<=[。．!?])|(?<=\.)\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
const languageByRegex = (text: string): 'ja' | 'en' => {
  const sample = text.slice(0, 20_000);
  const japanese = (sample.match(/[\u3040-\u30FF\u3400-\u9FFF\uF900-\uFAFF]/g)?.length ?? 0) / 2;
  const english = (sample.match(/[A-Za-z]/g)?.length ?? 0) / 5;
  return japanese > 0 && japanese >= english ? 'ja' : 'en';
};

// Text built from the characters that decide a split, among ordinary Japanese and English letters.
const pieces = ['。', '．', '.', '!', '?', '\n', '\n\n', ' ', '\t', '\u3000', '\u00a0', '当社', 'は', '個人情報', 'Company', 'e.g', '1', '、', '"', '（', '）'];
const policyText = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((parts) => parts.join(''));

describe('policy text scans', () => {
  it('splits sentences exactly as the regex split did, for any mix of stops, spaces and line breaks', () => {
    fc.assert(fc.property(policyText, (text) => {
      expect(sentencesOf(text)).toEqual(sentencesByRegex(text));
    }), { numRuns: 2000 });
  });

  it('splits sentences of arbitrary text as the regex did', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
      expect(sentencesOf(text)).toEqual(sentencesByRegex(text));
    }), { numRuns: 1000 });
  });

  it('keeps a sentence whole across an abbreviation and splits after a stop that ends a line', () => {
    expect(sentencesOf('お問い合わせは窓口へ。\n受付時間は平日です。Contact us, e.g. by mail. Thanks!')).toEqual([
      'お問い合わせは窓口へ。',
      '受付時間は平日です。',
      'Contact us, e.g.',
      'by mail.',
      'Thanks!',
    ]);
  });

  it('tells the language as the counting by match arrays did', () => {
    fc.assert(fc.property(policyText, (text) => {
      expect(languageOf(text)).toBe(languageByRegex(text));
    }), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
      expect(languageOf(text)).toBe(languageByRegex(text));
    }), { numRuns: 1000 });
  });
});
