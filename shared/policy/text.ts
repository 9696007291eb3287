/**
 * Text as the policy tools match it. Real policies mix full- and half-width forms (１，０００円, （1）), look-alike
 * Kangxi radicals (⼈ for 人) and typographic quotes, so every cue is matched against NFKC-normalised, lower-cased
 * text. The original text is never replaced by this form: it is for matching only.
 */

const dashes = /[\u2010-\u2015\u2212]/g;
const singleQuotes = /[\u2018\u2019\u201B\u2032]/g;
const doubleQuotes = /[\u201C\u201D\u201F\u2033]/g;

/**
 * The rules of one check normalise the same section texts many times over (a quarter of a 30-section check went
 * here), so a check keeps what it normalised — for that check only (withMatchCache). A cache kept across checks
 * held every policy opened until a bound, and what it held was promoted to the old generation: a server opening
 * policies all day grew ~40 KB per open until a major GC came (bench/memory.bench.ts).
 */
let active: Map<string, string> | null = null;

/** Runs `work` with normalised texts remembered until it returns (nested calls share the outer one's). */
export function withMatchCache<T>(work: () => T): T {
  if (active) return work();
  active = new Map();
  try {
    return work();
  } finally {
    active = null;
  }
}

/** NFKC, lower case, one kind of dash and quote, runs of spaces and tabs collapsed (line breaks kept). */
export function normalizeForMatch(value: string): string {
  const known = active?.get(value);
  if (known !== undefined) return known;
  const normalized = value
    .normalize('NFKC')
    .replace(dashes, '-')
    .replace(singleQuotes, "'")
    .replace(doubleQuotes, '"')
    .toLowerCase()
    .replace(/[ \t\f\v\u00A0]+/g, ' ');
  active?.set(value, normalized);
  return normalized;
}

/** For comparing names and addresses: normalised with every space removed (株式会社 GFD = 株式会社GFD). */
export function compactForMatch(value: string): string {
  return normalizeForMatch(value).replace(/\s+/g, '');
}

const isCjk = (code: number) => (code >= 0x3040 && code <= 0x30ff) || (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
const isLatin = (code: number) => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);

/** 'ja' when Japanese characters make up a fair share of the letters, else 'en'. Counted, not matched: a match array of every letter was most of its cost. */
export function languageOf(value: string): 'ja' | 'en' {
  const end = Math.min(value.length, 20_000);
  let cjkChars = 0;
  let latinChars = 0;
  for (let i = 0; i < end; i++) {
    const code = value.charCodeAt(i);
    if (isCjk(code)) cjkChars++;
    else if (isLatin(code)) latinChars++;
  }
  // Compare in words: about two Japanese characters, or five Latin letters, make one.
  const japanese = cjkChars / 2;
  const english = latinChars / 5;
  return japanese > 0 && japanese >= english ? 'ja' : 'en';
}

/** What `\s` matches: ECMAScript white space and line terminators. */
function isSpace(code: number): boolean {
  return (
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x20 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

const FULL_STOP = 0x2e; // .
const LINE_FEED = 0x0a;
/** 。 ． ! ? — a sentence ends after each (full-width ！？ are ! and ? after NFKC). */
const endsSentence = (code: number) => code === 0x3002 || code === 0xff0e || code === 0x21 || code === 0x3f;

/**
 * Sentences of normalised text: split after 。．!?, after a full stop followed by white space, and at line breaks;
 * each trimmed, empty ones dropped. A scan of character codes, not a split on a look-behind regex, which was the
 * largest single cost of a check (tests/unit/policy/text-scan.test.ts holds the two equal).
 */
export function sentencesOf(normalized: string): string[] {
  const sentences: string[] = [];
  const push = (from: number, to: number) => {
    const sentence = normalized.slice(from, to).trim();
    if (sentence !== '') sentences.push(sentence);
  };
  const length = normalized.length;
  let start = 0;
  for (let i = 0; i < length; i++) {
    const code = normalized.charCodeAt(i);
    if (endsSentence(code)) {
      push(start, i + 1);
      start = i + 1;
    } else if (code === LINE_FEED) {
      push(start, i);
      while (i + 1 < length && normalized.charCodeAt(i + 1) === LINE_FEED) i++;
      start = i + 1;
    } else if (code === FULL_STOP && i + 1 < length && isSpace(normalized.charCodeAt(i + 1))) {
      push(start, i + 1);
      while (i + 1 < length && isSpace(normalized.charCodeAt(i + 1))) i++;
      start = i + 1;
    }
  }
  push(start, length);
  return sentences;
}

/** Whether any of the patterns matches. */
export function matchesAny(text: string, patterns: readonly RegExp[]): boolean {
  return patterns.some((pattern) => pattern.test(text));
}
