import { graphemes } from './graphemes';
import { canBreakBetween, isCjk } from './kinsoku';

/**
 * Greedy line layout for mixed Japanese and Latin text, measured by the caller's font metrics. It breaks between
 * two CJK characters, at spaces between Latin words, and moves a break back when the next line would start (or
 * this one end) with a character 禁則 forbids there (追い出し). It knows nothing of fonts: `S` is whatever style
 * the renderer measures with.
 */
export interface StyledText<S> {
  text: string;
  style: S;
  /** Never broken inside (a boxed 未記入 placeholder). */
  atomic?: boolean;
}

export interface LineFragment<S> {
  text: string;
  style: S;
  width: number;
  atomic: boolean;
  /**
   * The pieces it was measured as, in order (a CJK character, a Latin word, a space): drawn piece by piece, the
   * line is exactly as wide as measured, and a justified line gets its extra space after each piece.
   */
  units: string[];
}

export interface Line<S> {
  fragments: LineFragment<S>[];
  /** Natural width, trailing spaces excluded. */
  width: number;
  /** Ends its paragraph or a hard break: such a line is never justified. */
  last: boolean;
}

export type Measure<S> = (text: string, style: S) => number;

interface Unit<S> {
  text: string;
  style: S;
  width: number;
  kind: 'text' | 'space' | 'break';
  atomic: boolean;
  /** Part of a word too long for a line, cut between any two characters. */
  cut?: boolean;
}

const EPSILON = 0.01;

function tokenize<S>(pieces: readonly StyledText<S>[], maxWidth: number, measure: Measure<S>): Unit<S>[] {
  const units: Unit<S>[] = [];
  for (const piece of pieces) {
    if (piece.atomic) {
      units.push({ text: piece.text, style: piece.style, width: measure(piece.text, piece.style), kind: 'text', atomic: true });
      continue;
    }
    let word = '';
    const flushWord = () => {
      if (!word) return;
      const width = measure(word, piece.style);
      if (isAddress(word)) {
        // A web or mail address breaks after its separators (/ . ? & = # - _ @), never inside a name: each
        // part is a unit, cut only when a part alone is wider than the line.
        for (const part of addressParts(word)) {
          const partWidth = measure(part, piece.style);
          if (partWidth <= maxWidth) units.push({ text: part, style: piece.style, width: partWidth, kind: 'text', atomic: false, cut: true });
          else for (const segment of graphemes(part)) units.push(unit(segment, piece.style, measure, true));
        }
      } else if (width <= maxWidth) units.push({ text: word, style: piece.style, width, kind: 'text', atomic: false });
      else for (const segment of graphemes(word)) units.push(unit(segment, piece.style, measure, true));
      word = '';
    };
    for (const segment of graphemes(piece.text)) {
      if (segment === '\n' || segment === '\r\n') {
        flushWord();
        units.push({ text: '', style: piece.style, width: 0, kind: 'break', atomic: false });
      } else if (segment === ' ' || segment === '\t') {
        flushWord();
        const last = units[units.length - 1];
        if (last?.kind === 'space' && last.style === piece.style) continue;
        units.push({ text: ' ', style: piece.style, width: measure(' ', piece.style), kind: 'space', atomic: false });
      } else if (isCjk(segment)) {
        flushWord();
        units.push(unit(segment, piece.style, measure, false));
      } else {
        word += segment;
      }
    }
    flushWord();
  }
  return units;
}

/** A URL or an email address (something with a scheme, www., a path or an @ between names). */
function isAddress(word: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\/|^www\.|^[^\s@]+@[^\s@]+\.[a-z]{2,}|^[a-z0-9-]+(\.[a-z0-9-]+)+\/\S/i.test(word);
}

/** https://www.example.co.jp/privacy?x=1 → https:// · www. · example. · co. · jp/ · privacy? · x=1. */
function addressParts(word: string): string[] {
  return word.match(/[^/.?&=#_@-]*(?:[/.?&=#_@-]+|$)/g)?.filter((part) => part !== '') ?? [word];
}

function unit<S>(text: string, style: S, measure: Measure<S>, cut: boolean): Unit<S> {
  return { text, style, width: measure(text, style), kind: 'text', atomic: false, cut };
}

/** Whether a line may break before units[index]. */
function breakBefore<S>(units: readonly Unit<S>[], index: number): boolean {
  const before = units[index - 1];
  const after = units[index];
  if (!before || !after) return false;
  if (before.kind === 'space') return true;
  if (after.kind === 'space') return false;
  if (before.cut && after.cut) return true;
  return canBreakBetween(before.text, after.text);
}

function toLine<S>(units: readonly Unit<S>[], last: boolean): Line<S> {
  let end = units.length;
  while (end > 0 && units[end - 1]!.kind === 'space') end--;
  const fragments: LineFragment<S>[] = [];
  let width = 0;
  let previousCut = false;
  for (const u of units.slice(0, end)) {
    width += u.width;
    const previous = fragments[fragments.length - 1];
    if (previous && previous.style === u.style && !previous.atomic && !u.atomic) {
      previous.text += u.text;
      previous.width += u.width;
      // The parts of one address (or of a cut word) are drawn as one piece: justification never spaces them out.
      if (u.cut && previousCut) previous.units[previous.units.length - 1] += u.text;
      else previous.units.push(u.text);
    } else {
      fragments.push({ text: u.text, style: u.style, width: u.width, atomic: u.atomic, units: [u.text] });
    }
    previousCut = u.cut === true;
  }
  return { fragments, width, last };
}

export function layoutLines<S>(pieces: readonly StyledText<S>[], maxWidth: number, measure: Measure<S>): Line<S>[] {
  const units = tokenize(pieces, maxWidth, measure);
  const lines: Line<S>[] = [];
  let i = 0;
  let wrapped = false;
  while (i < units.length) {
    // A wrapped line never starts with the space it broke at.
    if (wrapped) while (units[i]?.kind === 'space') i++;
    if (i >= units.length) break;
    const start = i;
    let width = 0;
    let j = start;
    while (j < units.length && units[j]!.kind !== 'break') {
      const next = width + units[j]!.width;
      // Spaces may hang past the margin (they are trimmed); anything else starts a new line, but a line takes
      // at least one unit so an oversized one cannot loop.
      if (units[j]!.kind !== 'space' && next > maxWidth + EPSILON && j > start) break;
      width = next;
      j++;
    }
    if (j >= units.length || units[j]!.kind === 'break') {
      lines.push(toLine(units.slice(start, j), true));
      i = j + 1;
      wrapped = false;
      continue;
    }
    let end = j;
    while (end > start && !breakBefore(units, end)) end--;
    // No break opportunity on the whole line (a run of forbidden characters): break where it overflows.
    if (end === start) end = j;
    lines.push(toLine(units.slice(start, end), false));
    i = end;
    wrapped = true;
  }
  // An empty paragraph still takes its one (empty) line.
  if (lines.length === 0) lines.push({ fragments: [], width: 0, last: true });
  return lines;
}
