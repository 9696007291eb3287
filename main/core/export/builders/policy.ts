import type { Desk } from '../../../../shared/domain/desk';
import { policyKindLabels } from '../../../../shared/policy/labels';
import { signedInText } from '../../../../shared/policy/signature';
import { sectionNumbers, type SectionNumber } from '../../../../shared/policy/numbering';
import type { PolicySection } from '../../../../shared/policy/model';
import type { Block, ExportDocument, HeadingBlock, Inline, Lang } from '../model';
import { companyName, representativeName, representativeTitle } from './company';
import { documentOf } from './documents';
import type { PolicyBuildOptions, PolicyExportInput } from './policy-input';
import { columnParts, wideParts } from './policy-sections';
import { bothLabels, policyWords } from './policy-words';
import { dateText, eraOf, given, headerLang, withLang } from './text';
import { draftWords, printedLang, printOf, wantsContents } from './policy-scope';

/**
 * A policy as a document: title, company, effective date, contents, the sections as numbered articles
 * (第1条（利用目的） / Article 1 (Purposes of Use)) with their structured tables and the desks printed from their
 * records, the revision history (制定 / 改定) and the signature. Japanese, English, or both — one language after
 * the other, or side by side per article.
 */
function title(input: PolicyExportInput, lang: Lang): string {
  return (lang === 'ja' ? input.titleJa : input.titleEn).trim() || policyKindLabels[input.kind][lang];
}

/** The numbers the editor and the checker show too (shared/policy/numbering.ts): counted, or as the document wrote them. */
function articleNumbers(sections: readonly PolicySection[]): (SectionNumber | null)[] {
  return sectionNumbers(sections);
}

function historyBlocks(input: PolicyExportInput, langs: readonly Lang[], era: ReturnType<typeof eraOf>): Block[] {
  const lang = langs[0]!;
  const w = policyWords(lang);
  const heading: Block = { type: 'heading', level: 1, text: langs.map((l) => policyWords(l).history).join(' / '), lang };
  if (input.revisions.length === 0) {
    // A published policy without a history prints none; a draft shows where it will go.
    return input.draft ? [heading, { type: 'paragraph', content: [{ missing: true, text: w.noHistory }], lang }] : [];
  }
  const rows = input.revisions.map((revision): Inline[] => {
    const date = revision.effectiveOn ? langs.map((l) => dateText(revision.effectiveOn, l, era)).join('\n') : input.draft ? given('') : '—';
    const event = langs.map((l) => policyWords(l)[revision.event]).join(' / ');
    const summaries = [...new Set(langs.map((l) => (l === 'ja' ? revision.changeSummaryJa : revision.changeSummaryEn).trim()).filter(Boolean))];
    // The first version needs no summary: it is the establishment.
    const summary: Inline = summaries.length > 0 ? summaries.join('\n') : revision.event === 'established' || !input.draft ? '—' : given('');
    return [date, event, summary];
  });
  return [
    heading,
    {
      type: 'table',
      lang,
      columns: [
        { header: bothLabels('date', langs), width: 0.26 },
        { header: bothLabels('event', langs), width: 0.16 },
        { header: bothLabels('summary', langs), width: 0.58 },
      ],
      rows,
    },
  ];
}

/** The signature, unless the policy's own text carries one (an imported policy): it appears once (issue 11 item 3). */
function signed(input: PolicyExportInput, lang: Lang, options: PolicyBuildOptions): Block[] {
  const names = [input.company.representativeNameJa, input.company.representativeNameEn];
  return signedInText(input.sections, lang, names) ? [] : [signature(input, lang, options)];
}

function signature(input: PolicyExportInput, lang: Lang, options: PolicyBuildOptions): Block {
  const name = representativeName(input.company, lang);
  return {
    type: 'signature',
    date: input.effectiveOn || options.today,
    company: given(companyName(input.company, lang)),
    // Published without a representative on record: the company signs alone (no 未記入 under it).
    ...(name || input.draft ? { title: representativeTitle(input.company, lang) } : {}),
    name: name || !input.draft ? name : given(''),
    lang,
  };
}

const bare = (text: string) => text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/**
 * A section's heading as printed, if any: the opening section's unnumbered heading that only repeats the document's
 * title (the title line an imported page starts with, kept as its preamble's heading) is not printed again under it.
 */
function printedHeading(heading: HeadingBlock | null, at: { index: number; number: SectionNumber | null }, input: PolicyExportInput, lang: Lang): HeadingBlock[] {
  if (!heading) return [];
  return at.index === 0 && at.number === null && bare(heading.text) === bare(title(input, lang)) ? [] : [heading];
}

/** One language's articles, tables and desks, then its history and signature. */
function languageBlocks(input: PolicyExportInput, lang: Lang, options: PolicyBuildOptions, fallback: boolean): Block[] {
  const desks = new Map<number, Desk>(input.desks.map((desk) => [desk.id, desk]));
  const numbers = articleNumbers(input.sections);
  const print = printOf(input, options);
  let fellBack = false;
  const body = input.sections.flatMap((section, i) => {
    const parts = columnParts(section, numbers[i]!, lang, fallback, print);
    fellBack ||= parts.fellBack;
    return [...printedHeading(parts.heading, { index: i, number: numbers[i]! }, input, lang), ...parts.blocks, ...wideParts(section, desks, [lang], print)];
  });
  const w = policyWords(lang);
  const notice: Block[] = fellBack ? [{ type: 'note', content: w.fallback(w.otherLang), lang }] : [];
  return [...notice, ...body, ...historyBlocks(input, [lang], eraOf(options.era)), ...signed(input, lang, options)];
}

/** Side by side: each article a bilingual pair, its tables and desks in both languages after it. */
function columnBlocks(input: PolicyExportInput, options: PolicyBuildOptions): Block[] {
  const desks = new Map<number, Desk>(input.desks.map((desk) => [desk.id, desk]));
  const numbers = articleNumbers(input.sections);
  const both: Lang[] = ['ja', 'en'];
  const print = printOf(input, options);
  const body = input.sections.flatMap((section, i): Block[] => {
    const ja = columnParts(section, numbers[i]!, 'ja', false, print);
    const en = columnParts(section, numbers[i]!, 'en', false, print);
    return [
      // The contents list each pair once, by its Japanese heading: both columns are on the same page.
      {
        type: 'bilingual',
        ja: [...printedHeading(ja.heading, { index: i, number: numbers[i]! }, input, 'ja'), ...ja.blocks],
        en: [...printedHeading(en.heading, { index: i, number: numbers[i]! }, input, 'en').map((heading) => ({ ...heading, toc: false })), ...en.blocks],
      },
      ...wideParts(section, desks, both, print),
    ];
  });
  return [...body, ...historyBlocks(input, both, eraOf(options.era)), ...signed(input, 'ja', options), ...signed(input, 'en', options)];
}

export function buildPolicy(input: PolicyExportInput, asked: PolicyBuildOptions): ExportDocument {
  const options = { ...asked, lang: printedLang(input, asked.lang) };
  const metadata = {
    company: companyName(input.company, headerLang(options)),
    ...(input.effectiveOn ? { effectiveDate: input.effectiveOn } : {}),
    subject: title(input, headerLang(options)),
  };
  // The contents get a page of their own: their page numbers are drawn once every page is laid out, so text
  // after them on the same page would come before them in the file's reading order (and in copied text).
  const toc: Block[] = wantsContents(input, options) ? [{ type: 'toc' }, { type: 'pageBreak' }] : [];
  const print = {
    ...(options.era ? { era: true } : {}),
    ...(input.draft ? { watermark: draftWords[options.lang], draftMark: draftWords[options.lang] } : {}),
    ...(options.wordNumbering ? { wordNumbering: true } : {}),
  };
  if (options.lang === 'both' && options.layout === 'columns') {
    return {
      lang: 'both',
      title: title(input, 'ja'),
      subtitle: title(input, 'en'),
      metadata,
      ...print,
      blocks: [...toc, ...columnBlocks(input, options)],
    };
  }
  const fallback = options.lang !== 'both';
  const doc = documentOf(options, (lang) => ({ title: title(input, lang), blocks: languageBlocks(input, lang, options, fallback) }), metadata);
  return { ...doc, ...print, blocks: [...toc, ...withLang(doc.blocks, headerLang(options))] };
}
