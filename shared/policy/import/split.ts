import { findCountries } from '../countries';
import { findCompanyNames, findEmails, findFeeAmounts, findPhones, findUrls } from '../extract';
import { findTools } from '../known-tools';
import { makeSection, type PolicySection } from '../model';
import { languageOf } from '../text';
import { classifySection, headingCueScore } from './classify';
import { findHeadings } from './headings';
import { splitLines, type SourceLine } from './lines';

/**
 * Splits a pasted or imported policy into sections, classifies each and extracts what can be read from it.
 * No text is ever dropped: every source line lands in exactly one section's heading or body, as written
 * (trailing spaces aside); the text before the first heading is a section of its own. Each section's text
 * goes into the ja or en fields by its language. Numbering is kept as written: each heading keeps the number it
 * carries (第6条, Article 3, 1., （1）) and the section is marked 'as_written', so the editor, the checker and the
 * exports print the document's own numbers (shared/policy/numbering.ts); the preamble is unnumbered ('none').
 * A title line printed twice (a web page's title above the same heading) is one heading.
 */
export interface Extracted {
  readonly companyNames: string[];
  readonly emails: string[];
  readonly phones: string[];
  /** Yen amounts stated as a fee (手数料 1，000円 → 1000). */
  readonly feesYen: number[];
  /** Names of known external tools (Google Analytics, Sentry, …). */
  readonly tools: string[];
  /** ISO codes of countries named (US, EU, …). */
  readonly countries: string[];
  readonly urls: string[];
}

export interface ImportedSection {
  readonly section: PolicySection;
  readonly confidence: number;
  readonly language: 'ja' | 'en';
  /** 1-based source lines the section spans (heading included). */
  readonly firstLine: number;
  readonly lastLine: number;
  readonly extracted: Extracted;
}

export interface PolicyImport {
  readonly sections: ImportedSection[];
  readonly language: 'ja' | 'en';
  readonly extracted: Extracted;
}

export function extractFrom(text: string): Extracted {
  return {
    companyNames: findCompanyNames(text),
    emails: findEmails(text),
    phones: findPhones(text),
    feesYen: findFeeAmounts(text),
    tools: findTools(text).map((tool) => tool.name),
    countries: findCountries(text).map((country) => country.code),
    urls: findUrls(text),
  };
}

interface Block {
  heading: SourceLine | null;
  /** The heading line again, right under it (folded into the heading, its line kept in the span). */
  repeats: SourceLine[];
  body: SourceLine[];
}

const sameLine = (a: SourceLine, b: SourceLine) => a.norm.normalize('NFKC') === b.norm.normalize('NFKC');

function blocksOf(lines: readonly SourceLine[]): Block[] {
  const headings = findHeadings(lines);
  const blocks: Block[] = [{ heading: null, repeats: [], body: [] }];
  for (const line of lines) {
    const last = blocks.at(-1)!;
    const repeat = last.heading !== null && !line.blank && last.body.every((kept) => kept.blank) && sameLine(last.heading, line);
    if (repeat) last.repeats.push(line);
    else if (headings.has(line.index)) blocks.push({ heading: line, repeats: [], body: [] });
    else last.body.push(line);
  }
  return blocks.filter((block) => block.heading !== null || block.body.some((line) => !line.blank));
}

/** Body lines as written, without the blank lines around them. */
function bodyText(lines: readonly SourceLine[]): string {
  const first = lines.findIndex((line) => !line.blank);
  if (first < 0) return '';
  const last = lines.findLastIndex((line) => !line.blank);
  return lines
    .slice(first, last + 1)
    .map((line) => line.raw)
    .join('\n');
}

function toSection(block: Block, index: number, isPreamble: boolean): ImportedSection {
  const heading = block.heading?.text ?? '';
  const body = bodyText(block.body);
  const language = languageOf(`${heading}\n${body}`);
  const classified = classifySection(heading, body);
  // The text before the first real heading (or under the document's title) introduces the policy.
  // A title alone is kept as a custom section; it is surely a title, so confidence is middling, not low.
  const kind = isPreamble ? (body === '' ? 'custom' : 'basic_policy_statement') : classified.kind;
  const preambleConfidence = body === '' ? 0.5 : classified.kind === 'basic_policy_statement' ? classified.confidence : 0.4;
  const confidence = isPreamble ? preambleConfidence : classified.confidence;
  const lineNumbers = [block.heading, ...block.repeats, ...block.body].filter((line) => line !== null).map((line) => line.index + 1);
  const fields = language === 'ja' ? { headingJa: heading, bodyJa: body } : { headingEn: heading, bodyEn: body };
  // Built without the schema's length limits: an imported text is kept whole, however long.
  const numbering = isPreamble ? 'none' : 'as_written';
  const section = { ...makeSection(kind, `imported-${index + 1}`), ...fields, numbering } as PolicySection;
  return {
    section,
    confidence,
    language,
    firstLine: lineNumbers[0] ?? 0,
    lastLine: lineNumbers.at(-1) ?? 0,
    extracted: extractFrom(`${heading}\n${body}`),
  };
}

export function splitIntoSections(text: string): PolicyImport {
  const lines = splitLines(text);
  const blocks = blocksOf(lines);
  const firstContent = lines.find((line) => !line.blank);
  // The first block is the preamble when it has no heading, or only the document's title — a first line that
  // names a topic (「お問い合わせ窓口」, "How We Use Information") is a heading like any other.
  const isTitle = (heading: SourceLine) => heading === firstContent && heading.shortPlain && headingCueScore(heading.text) < 4;
  const sections = blocks.map((block, index) => toSection(block, index, index === 0 && (block.heading === null || isTitle(block.heading))));
  return { sections, language: languageOf(text), extracted: extractFrom(text) };
}
