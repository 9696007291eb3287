import type { Desk } from '../../../../shared/domain/desk';
import { headingTitle } from '../../../../shared/policy/article-heading';
import { headingFor, isPreamble as isUnnumberedPreamble, type SectionNumber } from '../../../../shared/policy/numbering';
import { sectionKindLabels } from '../../../../shared/policy/labels';
import type { PolicySection } from '../../../../shared/policy/model';
import { sectionDataLines } from '../../../../shared/policy/section-data-text';
import { plainText } from '../inline';
import type { Block, ColumnBlock, HeadingBlock, Inline, KeyValueBlock, Lang } from '../model';
import { withEraDates } from '../text/dates';
import { bodyBlocks } from './policy-subheadings';
import { deskRows, type DeskOptions } from './desk-block';
import { missingTranslation, proseParagraph, proseParagraphs, type PrintOptions } from './policy-print';
import { bothLabels, policyWords } from './policy-words';

/**
 * One policy section as document blocks. The prose and the structured items that read as text (purposes, joint
 * use, cross-border, requests, revisions — worded by shared/policy as the checker reads them) fit a column of a
 * bilingual pair; the external-transmission table and the desks, printed from the linked desk records, span the
 * page. With `fallback`, a section with no text in the document's language prints the other language's text
 * (a policy imported in one language still exports whole), and says so.
 */
const other = (lang: Lang): Lang => (lang === 'ja' ? 'en' : 'ja');
const bodyOf = (section: PolicySection, lang: Lang) => (lang === 'ja' ? section.bodyJa : section.bodyEn);
const headingOf = (section: PolicySection, lang: Lang) => (lang === 'ja' ? section.headingJa : section.headingEn);

export interface ColumnParts {
  heading: HeadingBlock | null;
  blocks: ColumnBlock[];
  /** Some of the text is the other language's. */
  fellBack: boolean;
}

function dataBlocks(section: PolicySection, lang: Lang, print: PrintOptions = {}): ColumnBlock[] {
  // The transmissions print as a table (wideParts), not again as lines.
  if (section.kind === 'external_transmission') return [];
  const lines = sectionDataLines(section, lang).map((line) => (print.era && lang === 'ja' ? withEraDates(line) : line));
  if (lines.length === 0) return [];
  if (section.kind === 'purposes_of_use') return [{ type: 'list', ordered: false, items: lines.map((line) => line.replace(/^(・|- )/, '')), lang }];
  return lines.map((line) => proseParagraph(line, lang, {}));
}

export function articleTitle(section: PolicySection, lang: Lang, fallback: boolean): string {
  const own = headingTitle(headingOf(section, lang));
  if (own) return own;
  const theirs = fallback ? headingTitle(headingOf(section, other(lang))) : '';
  return theirs || sectionKindLabels[section.kind][lang];
}

/** A preamble keeps its own heading (often the policy's title as written), unnumbered; none when it has none. */
function preambleHeading(section: PolicySection, lang: Lang, fallback: boolean): HeadingBlock | null {
  const text = headingOf(section, lang).trim() || (fallback ? headingOf(section, other(lang)).trim() : '');
  return text ? { type: 'heading', level: 1, text, lang } : null;
}

/** The preamble, printed without an article number (shared/policy/numbering.ts decides, for every view). */
export function isPreamble(section: PolicySection, index: number): boolean {
  return isUnnumberedPreamble(section, index);
}

/**
 * A numbered article's heading. Counted numbers are a label (第1条 + 利用目的, which Word's own numbering may
 * take over); a number the document wrote (第6条, 1., （1）) is part of the heading line as written, never
 * re-wrapped or renumbered. A section with no heading in this language borrows the other's title (fallback).
 */
function numberedHeading(section: PolicySection, number: SectionNumber, lang: Lang, fallback: boolean): HeadingBlock {
  const label = lang === 'ja' ? number.ja : number.en;
  if (!number.written) return { type: 'heading', level: 1, label, text: articleTitle(section, lang, fallback), labelStyle: 'article', lang };
  const borrowed = fallback && !headingOf(section, lang).trim() ? headingTitle(headingOf(section, other(lang))) : '';
  const shown = borrowed ? { ...section, [lang === 'ja' ? 'headingJa' : 'headingEn']: borrowed } : section;
  return { type: 'heading', level: 1, text: headingFor(shown, number, lang).text, lang };
}

export function columnParts(section: PolicySection, article: SectionNumber | null, lang: Lang, fallback: boolean, print: PrintOptions = {}): ColumnParts {
  const heading: HeadingBlock | null = article !== null ? numberedHeading(section, article, lang, fallback) : preambleHeading(section, lang, fallback);
  let fellBack = fallback && !headingTitle(headingOf(section, lang)) && !!headingTitle(headingOf(section, other(lang)));
  const blocks: ColumnBlock[] = [];
  const own = bodyOf(section, lang);
  const theirs = bodyOf(section, other(lang));
  if (own.trim()) blocks.push(...bodyBlocks(own, lang, (text) => proseParagraphs(text, lang, print)));
  else if (theirs.trim() && fallback) {
    blocks.push(...bodyBlocks(theirs, other(lang), (text) => proseParagraphs(text, other(lang), print)));
    fellBack = true;
  }
  const data = dataBlocks(section, lang, print);
  if (data.length === 0 && fallback && dataBlocks(section, other(lang)).length > 0) {
    blocks.push(...dataBlocks(section, other(lang), print));
    fellBack = true;
  } else {
    blocks.push(...data);
  }
  // A bilingual document says once that the article has no text in this language, rather than a blank column.
  if (!fallback && blocks.length === 0 && (theirs.trim() || dataBlocks(section, other(lang)).length > 0)) blocks.push(missingTranslation(lang, print));
  return { heading, blocks, fellBack };
}

/** Label / value rows of one desk in each language; both languages share a row, 「電話 / Phone」. */
function mergedDeskRows(desk: Desk, langs: readonly Lang[], options: DeskOptions): KeyValueBlock['rows'] {
  const perLang = langs.map((lang) => deskRows(desk, lang, options));
  return perLang[0]!.map((row, i) => {
    const rows = perLang.map((rowsOfLang) => rowsOfLang[i]!);
    const labels = rows.map((r, j) => plainText(r.label, langs[j]!));
    const values = rows.map((r) => r.value);
    const distinct = values.filter((value, j) => j === 0 || plainText(value, langs[j]!) !== plainText(values[0]!, langs[0]!));
    const value: Inline = distinct.flatMap((content, j) => [...(j > 0 ? [{ text: '\n' }] : []), ...(typeof content === 'string' ? [{ text: content }] : content)]);
    return { label: labels.join(' / '), value };
  });
}

function deskBlocks(section: PolicySection & { deskIds: number[] }, desks: ReadonlyMap<number, Desk>, langs: readonly Lang[], print: PrintOptions): Block[] {
  const lang = langs[0]!;
  if (section.deskIds.length === 0) return [];
  return section.deskIds.flatMap((id): Block[] => {
    const desk = desks.get(id);
    if (!desk) {
      // A published policy never prints a gap; a draft shows the broken link.
      if (!print.draft) return [];
      return [{ type: 'keyValue', lang, rows: [{ label: bothLabels('noDesk', langs), value: [{ missing: true, text: policyWords(lang).desk(id) }] }] }];
    }
    return [{ type: 'keyValue', lang, labelWidth: 0.24, keepTogether: true, rows: mergedDeskRows(desk, langs, { omitEmpty: !print.draft }) }];
  });
}

function transmissionTable(section: Extract<PolicySection, { kind: 'external_transmission' }>, langs: readonly Lang[], print: PrintOptions): Block[] {
  if (section.transmissions.length === 0) return [];
  const pick = (ja: string, en: string) => [...new Set(langs.map((lang) => (lang === 'ja' ? ja : en).trim()).filter(Boolean))].join('\n');
  const cell = (text: string): Inline => (text ? text : print.draft ? [{ missing: true }] : '—');
  return [
    {
      type: 'table',
      lang: langs[0]!,
      columns: [
        { header: bothLabels('tool', langs), width: 0.17 },
        { header: bothLabels('recipient', langs), width: 0.2 },
        { header: bothLabels('dataSent', langs), width: 0.24 },
        { header: bothLabels('purpose', langs), width: 0.24 },
        { header: bothLabels('optOut', langs), width: 0.15 },
      ],
      rows: section.transmissions.map((row) => [
        cell(row.tool),
        cell(row.recipient),
        cell(pick(row.dataSentJa, row.dataSentEn)),
        cell(pick(row.purposeJa, row.purposeEn)),
        row.optOutUrl || '—',
      ]),
    },
  ];
}

/** What spans the page after a section: the external-transmission table and the linked desks. */
export function wideParts(section: PolicySection, desks: ReadonlyMap<number, Desk>, langs: readonly Lang[], print: PrintOptions = { draft: true }): Block[] {
  if (section.kind === 'external_transmission') return transmissionTable(section, langs, print);
  if (section.kind === 'complaint_desk' || section.kind === 'authorized_organization' || section.kind === 'contact') {
    return deskBlocks(section, desks, langs, print);
  }
  return [];
}
