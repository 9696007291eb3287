import { unfilledVariables } from './clauses/fill';
import type { PolicySection } from './model';
import { sectionHeadings } from './numbering';

/** What each template value is, as the company record or the policy form names it. */
const valueLabels: Readonly<Record<string, { ja: string; en: string }>> = {
  companyName: { ja: '事業者の名称', en: 'company name' },
  companyAddress: { ja: '事業者の住所', en: 'company address' },
  representative: { ja: '代表者の氏名', en: 'representative' },
  protectionManager: { ja: '個人情報保護管理者', en: 'protection manager' },
  serviceName: { ja: 'サービス名', en: 'service name' },
  authorizedOrgName: { ja: '認定個人情報保護団体の名称', en: 'authorized organization' },
  foreignCountries: { ja: '外国の名称', en: 'foreign countries' },
};

/** A template value's name for the reader (the marker's own name when it is not one of the library's). */
export function unsetValueLabel(name: string, lang: 'ja' | 'en'): string {
  return valueLabels[name]?.[lang] ?? name;
}

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
