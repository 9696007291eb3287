import type { SnippetPart } from '../../../shared/domain/policy-search';
import { foldForSearch } from '../store/search';

/**
 * The piece of a section's text around the first match, with every match in it marked — cut from the original
 * text, not the folded copy the index holds, so the user reads １，０００円 as written. Matching is done on the
 * folded text character by character, with a map back to the original positions.
 */
const RADIUS = 40;

// A character with the marks that combine with it (half-width ﾞ and ﾟ too): NFKC folds ｶﾞ to ガ only together.
const units = /\P{M}[\p{M}\uFF9E\uFF9F]*|[\s\S]/gu;

function foldWithMap(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  for (const match of text.matchAll(units)) {
    const piece = foldForSearch(match[0]);
    folded += piece;
    for (let unit = 0; unit < piece.length; unit++) origin.push(match.index);
  }
  origin.push(text.length);
  return { folded, origin };
}

type Range = [number, number];

function matchRanges(text: string, terms: readonly string[]): Range[] {
  const whole = foldForSearch(text);
  if (!terms.some((term) => whole.includes(term))) return [];
  // Folding that keeps every length (the usual case: kana, kanji, ASCII) maps positions one to one.
  const { folded, origin } = whole.length === text.length ? { folded: whole, origin: null } : foldWithMap(text);
  const at = (index: number) => (origin === null ? index : origin[index]!);
  const ranges: Range[] = [];
  for (const term of terms) {
    for (let index = folded.indexOf(term); index >= 0; index = folded.indexOf(term, index + term.length)) {
      ranges.push([at(index), at(index + term.length)]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Range[] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

/** Keeps a cut off the middle of a surrogate pair. */
function safeCut(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff ? index - 1 : index;
}

/** The snippet of the first text (in the order given) that contains a term; null when none does. */
export function snippetOf(texts: readonly string[], terms: readonly string[]): SnippetPart[] | null {
  for (const text of texts) {
    const ranges = matchRanges(text, terms);
    const first = ranges[0];
    if (!first) continue;
    const start = safeCut(text, Math.max(0, first[0] - RADIUS));
    const end = safeCut(text, Math.min(text.length, first[1] + RADIUS));
    const parts: SnippetPart[] = [];
    const push = (from: number, to: number, match: boolean) => {
      if (to > from) parts.push({ text: text.slice(from, to).replace(/\s+/g, ' '), match });
    };
    let at = start;
    for (const [from, to] of ranges) {
      if (from >= end) break;
      push(at, from, false);
      push(from, Math.min(to, end), true);
      at = Math.min(to, end);
    }
    push(at, end, false);
    if (start > 0) parts.unshift({ text: '…', match: false });
    if (end < text.length) parts.push({ text: '…', match: false });
    return parts;
  }
  return null;
}

/** The opening of a text, for a hit whose words could not be placed in it (e.g. split by a line break). */
export function openingOf(text: string): SnippetPart[] {
  const end = safeCut(text, Math.min(text.length, RADIUS * 2));
  return [{ text: text.slice(0, end).replace(/\s+/g, ' ') + (end < text.length ? '…' : ''), match: false }];
}
