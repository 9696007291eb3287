import type { PolicySection } from '../model';
import { sectionHeadings } from '../numbering';
import { languageOf, normalizeForMatch } from '../text';
import type { CheckedSection } from './document';
import type { Evidence } from './types';

/**
 * The policy's own sentences as evidence: each verdict quotes what meets it, with the article it sits in, so
 * the manager can see what the checker read (appi.md §5). Sentences are cut from the original text (quotes
 * are shown as written) and matched in their normalised form.
 */
export interface Sentence {
  readonly raw: string;
  readonly norm: string;
  /** A heading line rather than a sentence of the body. */
  readonly heading: boolean;
}

export interface ArticleLabel {
  readonly ja: string;
  readonly en: string;
}

const MAX_QUOTE = 220;

const opening = /[（「『(]/g;
const closing = /[）」』)]/g;
const depth = (value: string) => (value.match(opening)?.length ?? 0) - (value.match(closing)?.length ?? 0);

/**
 * Sentences of original text: after 。．!? (and ". "), and at line breaks — but not inside brackets on one line, so
 * 「株式会社○○（以下、「当社」といいます。）は、…」 is quoted whole.
 */
export function rawSentences(text: string): string[] {
  return text.split(/\n+/).flatMap((line) => {
    const pieces = line.split(/(?<=[。．！？!?])|(?<=\.)\s+/);
    const joined: string[] = [];
    let open = '';
    for (const piece of pieces) {
      open += open === '' || /[。．！？!?]$/.test(open) ? piece : ` ${piece}`;
      if (depth(open) <= 0) {
        joined.push(open);
        open = '';
      }
    }
    if (open !== '') joined.push(open);
    return joined.map((sentence) => sentence.trim()).filter((sentence) => sentence !== '');
  });
}

export function sentencesOfSection(headings: readonly string[], bodyRaw: string): Sentence[] {
  const heads = headings.filter((heading) => heading.trim() !== '').map((raw) => ({ raw: raw.trim(), norm: normalizeForMatch(raw.trim()), heading: true }));
  const body = rawSentences(bodyRaw).map((raw) => ({ raw, norm: normalizeForMatch(raw), heading: false }));
  return [...heads, ...body];
}

/**
 * Each section as the policy refers to it — 第6条 / Article 6 by the number the editor and the exports print
 * (shared/policy/numbering.ts), an unnumbered section by its heading, a preamble as 前文 / Preamble.
 */
export function articleLabels(sections: readonly PolicySection[]): ArticleLabel[] {
  const [ja, en] = [sectionHeadings(sections, 'ja'), sectionHeadings(sections, 'en')];
  return sections.map((_, index) => ({ ja: ja[index]?.label ?? '', en: en[index]?.label ?? '' }));
}

function shorten(quote: string): string {
  // Line breaks and runs of ASCII spaces become one space; a full-width space is kept as written.
  const flat = quote.replace(/[ \t\r\n]+/g, ' ').trim();
  return flat.length <= MAX_QUOTE ? flat : `${flat.slice(0, MAX_QUOTE - 1)}…`;
}

/** The article in the document's words: Japanese when the quote or its section is Japanese (an e-mail line in 第4条 stays 第4条). */
export function evidenceOf(section: CheckedSection, sentence: Pick<Sentence, 'raw'>): Evidence {
  const lang = languageOf(sentence.raw) === 'ja' || section.lang === 'ja' ? 'ja' : 'en';
  return { article: section.article[lang], quote: shorten(sentence.raw), sectionId: section.id };
}

export type SentenceTest = (sentence: Sentence) => boolean;

/**
 * The first sentence in each section that passes `test` (body sentences before headings), at most `limit` in
 * all, in policy order.
 */
export function quotes(sections: readonly CheckedSection[], test: SentenceTest, limit = 3): Evidence[] {
  const found: Evidence[] = [];
  for (const section of sections) {
    if (found.length >= limit) break;
    const body = section.sentences.find((sentence) => !sentence.heading && test(sentence));
    const hit = body ?? section.sentences.find((sentence) => sentence.heading && test(sentence));
    if (hit) found.push(evidenceOf(section, hit));
  }
  return found;
}

/** Every sentence that passes `test`, across sections, at most `limit`. */
export function allQuotes(sections: readonly CheckedSection[], test: SentenceTest, limit = 4): Evidence[] {
  const found: Evidence[] = [];
  for (const section of sections) {
    for (const sentence of section.sentences) {
      if (found.length >= limit) return found;
      if (!sentence.heading && test(sentence)) found.push(evidenceOf(section, sentence));
    }
  }
  return found;
}

/** A section's heading as evidence (a heading found with nothing usable under it). */
export function headingQuote(section: CheckedSection): Evidence[] {
  const heading = section.sentences.find((sentence) => sentence.heading);
  return heading ? [evidenceOf(section, heading)] : [];
}

/** Evidence lists joined, each quote once. */
export function mergeEvidence(...lists: readonly (readonly Evidence[])[]): Evidence[] {
  const seen = new Set<string>();
  return lists.flat().filter((entry) => {
    const key = `${entry.sectionId}\u0000${entry.quote}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
