/**
 * Text as the policy tools match it. Real policies mix full- and half-width forms (１，０００円, （1）), look-alike
 * Kangxi radicals (⼈ for 人) and typographic quotes, so every cue is matched against NFKC-normalised, lower-cased
 * text. The original text is never replaced by this form: it is for matching only.
 */

const dashes = /[\u2010-\u2015\u2212]/g;
const singleQuotes = /[\u2018\u2019\u201B\u2032]/g;
const doubleQuotes = /[\u201C\u201D\u201F\u2033]/g;

/** NFKC, lower case, one kind of dash and quote, runs of spaces and tabs collapsed (line breaks kept). */
export function normalizeForMatch(value: string): string {
  return value
    .normalize('NFKC')
    .replace(dashes, '-')
    .replace(singleQuotes, "'")
    .replace(doubleQuotes, '"')
    .toLowerCase()
    .replace(/[ \t\f\v\u00A0]+/g, ' ');
}

/** For comparing names and addresses: normalised with every space removed (株式会社 GFD = 株式会社GFD). */
export function compactForMatch(value: string): string {
  return normalizeForMatch(value).replace(/\s+/g, '');
}

const cjk = /[\u3040-\u30FF\u3400-\u9FFF\uF900-\uFAFF]/g;
const latin = /[A-Za-z]/g;

/** 'ja' when Japanese characters make up a fair share of the letters, else 'en'. */
export function languageOf(value: string): 'ja' | 'en' {
  const sample = value.length > 20_000 ? value.slice(0, 20_000) : value;
  // Compare in words: about two Japanese characters, or five Latin letters, make one.
  const japanese = (sample.match(cjk)?.length ?? 0) / 2;
  const english = (sample.match(latin)?.length ?? 0) / 5;
  return japanese > 0 && japanese >= english ? 'ja' : 'en';
}

/** Sentences of normalised text: split after 。．.!?！？ and at line breaks. */
export function sentencesOf(normalized: string): string[] {
  return normalized
    .split(/(?<=[。．!?])|(?<=\.)\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}

/** Whether any of the patterns matches. */
export function matchesAny(text: string, patterns: readonly RegExp[]): boolean {
  return patterns.some((pattern) => pattern.test(text));
}
