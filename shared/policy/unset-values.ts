import { unfilledVariables } from './clauses/fill';
import type { PolicySection } from './model';
import { sectionHeadings } from './numbering';

/** An article still carrying a template's gap marker (【未設定：…】 / 【Not set: …】), with the values unset in it. */
export interface UnsetInArticle {
  readonly sectionId: string;
  readonly heading: { readonly ja: string; readonly en: string };
  readonly names: readonly string[];
}

/**
 * The articles of a policy that still show a template's gap markers, anywhere in them (headings, bodies and
 * structured rows, in either language). A published policy must show none: they are the tool's own notes.
 */
export function unsetValues(sections: readonly PolicySection[]): UnsetInArticle[] {
  const ja = sectionHeadings(sections, 'ja');
  const en = sectionHeadings(sections, 'en');
  const found: UnsetInArticle[] = [];
  sections.forEach((section, index) => {
    const names = unfilledVariables(JSON.stringify(section));
    if (names.length === 0) return;
    const headingJa = ja[index]?.text || section.headingJa;
    const headingEn = en[index]?.text || section.headingEn || headingJa;
    found.push({ sectionId: section.id, heading: { ja: headingJa, en: headingEn }, names });
  });
  return found;
}
