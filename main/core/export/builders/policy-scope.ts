import { sectionDataLines } from '../../../../shared/policy/section-data-text';
import type { DocumentLang, Lang } from '../model';
import type { PolicyBuildOptions, PolicyExportInput } from './policy-input';
import type { PrintOptions } from './policy-print';
import { isPreamble } from './policy-sections';

/**
 * What a policy document holds beyond its articles: which languages it can print, whether it gets a contents
 * page, and how a draft is marked.
 */
export const draftWords: Record<DocumentLang, string> = { ja: '下書き', en: 'DRAFT', both: '下書き / DRAFT' };

function hasText(input: PolicyExportInput, lang: Lang): boolean {
  return input.sections.some(
    (section) => (lang === 'ja' ? section.headingJa + section.bodyJa : section.headingEn + section.bodyEn).trim() !== '' || sectionDataLines(section, lang).length > 0,
  );
}

/**
 * A bilingual export of a policy written in one language only prints that language: a company does not publish
 * a column (or a part) of empty articles for a translation that does not exist.
 */
export function printedLang(input: PolicyExportInput, asked: DocumentLang): DocumentLang {
  if (asked !== 'both') return asked;
  const ja = hasText(input, 'ja');
  const en = hasText(input, 'en');
  if (ja && !en) return 'ja';
  if (en && !ja) return 'en';
  return 'both';
}

export function printOf(input: PolicyExportInput, options: PolicyBuildOptions): PrintOptions {
  return { ...(input.draft ? { draft: true } : {}), ...(options.era ? { era: true } : {}) };
}

/** Articles from which a policy counts as long, and the characters of text a printed page holds in each language. */
export const contentsRule = { articles: 12, pages: 6, charsPerPage: { ja: 1500, en: 3500 } } as const;

/**
 * 'auto': a contents page only for a long policy — 12 articles or more, or text that fills about six A4 pages
 * (1,500 Japanese or 3,500 English characters a page). A three-page policy is read straight through.
 */
export function wantsContents(input: PolicyExportInput, options: PolicyBuildOptions): boolean {
  const choice = options.contents ?? 'auto';
  if (choice !== 'auto') return choice === 'always';
  const articles = input.sections.filter((section, i) => !isPreamble(section, i)).length;
  if (articles >= contentsRule.articles) return true;
  const langs: Lang[] = options.lang === 'both' ? ['ja', 'en'] : [options.lang];
  const pages = langs.reduce((sum, lang) => {
    const chars = input.sections.reduce((n, section) => n + (lang === 'ja' ? section.bodyJa : section.bodyEn).length, 0);
    return sum + chars / contentsRule.charsPerPage[lang];
  }, 0);
  return pages >= contentsRule.pages;
}
