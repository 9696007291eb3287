/**
 * Japanese line-breaking rules (禁則処理, after JIS X 4051 and the W3C's Requirements for Japanese Text Layout):
 * a line never starts with closing brackets, Japanese punctuation, small kana, the prolonged sound mark or
 * iteration marks, and never ends with an opening bracket. Between two CJK characters a line may otherwise break
 * anywhere; between Latin words only at spaces.
 */
export const noLineStart: ReadonlySet<string> = new Set([
  ...'、。，．,.・：；:;？！?!‼⁇⁈⁉',
  ...'）」』】〕〉》〗〙〟｝］｠)]}»’”',
  ...'ゝゞヽヾ々〻ー゠〜～',
  ...'ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ',
  ...'ｧｨｩｪｫｯｬｭｮｰ｡､｣',
  ...'%‰℃°′″゛゜',
]);

export const noLineEnd: ReadonlySet<string> = new Set([...'（「『【〔〈《〖〘〝｛［｟([{«‘“｢']);

/** Kept together as a pair: 「……」「――」. */
const inseparable: ReadonlySet<string> = new Set([...'…‥―—']);

const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef\u30fb\u30fc]/u;

/** A character around which a line may break without a space (ideographs, kana, full-width forms). */
export function isCjk(char: string): boolean {
  return cjk.test(char);
}

function isDigit(char: string): boolean {
  return (char >= '0' && char <= '9') || (char >= '０' && char <= '９');
}

function lastChar(text: string): string {
  const chars = Array.from(text);
  return chars[chars.length - 1] ?? '';
}

function firstChar(text: string): string {
  return text.codePointAt(0) === undefined ? '' : String.fromCodePoint(text.codePointAt(0)!);
}

/**
 * Whether a line may end after `before` and the next start with `after`, two adjacent pieces of text with no
 * space between them (a space is always a break opportunity, handled by the caller).
 */
export function canBreakBetween(before: string, after: string): boolean {
  const end = lastChar(before);
  const start = firstChar(after);
  if (!end || !start) return false;
  if (noLineStart.has(start) || noLineEnd.has(end)) return false;
  if (end === start && inseparable.has(end)) return false;
  // A number stays with the unit after it: 「15年」「9時」 never split (a line may still break before a number).
  if (isDigit(end)) return false;
  return isCjk(end) || isCjk(start);
}
