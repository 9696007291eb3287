import type { LocalizedText } from '../../../errors';
import { findCountries, type Country } from '../../countries';
import { matchesAny } from '../../text';
import { cues } from '../cues';
import type { CheckedDocument } from '../document';
import { allQuotes, mergeEvidence, quotes } from '../evidence';
import { listOf, ruleResult } from '../result';
import type { ResolvedFacts, RuleResult } from '../types';

/**
 * Art. 28 with Rule Art. 17(2): provision to a third party abroad needs consent given after the individual is
 * told the country's name, that country's system for protecting personal information, and the recipient's
 * measures. The alternative — a recipient with a system for taking equivalent measures (Art. 28(3), Rule 16, 18) —
 * is met by saying so. The EU/EEA and the UK are designated by Rule Art. 15 and outside Art. 28: their system is
 * not asked for. Structured destinations must each name what applies to them.
 */
const designated = new Set(['EU', 'GB', 'IE', 'DE', 'FR', 'NL']);
const isDesignated = (country: Country) => designated.has(country.code);

// A country field that names no country: 「海外」, 「委託先の所在国」, 「未定」, "overseas". A name the list does not
// know (エストニア) is taken as written; only these placeholders are refused.
const placeholderCountry = /海外|外国|所在(する)?国|各国|未定|不明|調査中|overseas|abroad|foreign|various|several|(to be|not yet) (determined|decided|confirmed)|\btbd\b|\bn\/a\b/i;

/** Whether a destination row's country field names a country (in either language). */
export function namesCountry(countryJa: string, countryEn: string): boolean {
  const text = `${countryJa}\n${countryEn}`.trim();
  if (text === '') return false;
  return findCountries(text).length > 0 || !placeholderCountry.test(text);
}

const labels = {
  country: { ja: '提供先の国名', en: 'the name of the country' },
  regime: { ja: '当該国の個人情報保護制度', en: "that country's personal information protection system" },
  measures: { ja: '提供先が講ずる措置', en: 'the measures the recipient takes' },
} satisfies Record<string, LocalizedText>;

const lookedFor: LocalizedText = {
  ja: '探したもの：提供先の外国の欄、または外国・海外への提供を述べる文と、その国名、当該国の個人情報保護制度、提供先が講ずる措置（または相当措置を継続的に講ずる体制）。EU・英国は施行規則第15条の指定国のため制度は求めません。',
  en: "Looked for: the destinations abroad, or a sentence about provision abroad, with the country's name, its personal information protection system and the recipient's measures (or a system for equivalent measures). The EU and UK are designated (Rule Art. 15): their system is not asked for.",
};

export function checkCrossBorder(doc: CheckedDocument, facts: ResolvedFacts): RuleResult {
  if (!facts.crossBorder.value) {
    return ruleResult('cross-border', 'na', {
      ja: '外国にある第三者への提供の記載は見つかりません。',
      en: 'No provision to third parties abroad is stated.',
    }, [], [], { lookedFor });
  }
  const sections = doc.sections.filter(
    (section) => section.kind === 'cross_border' || matchesAny(section.text, cues.abroad) || findCountries(section.raw).length > 0,
  );
  const destinations = sections.flatMap((section) => (section.section.kind === 'cross_border' ? section.section.destinations : []));
  const abroadTest = (norm: string, raw: string) => matchesAny(norm, cues.abroad) || findCountries(raw).length > 0;
  const evidence = mergeEvidence(
    allQuotes(sections, (sentence) => abroadTest(sentence.norm, sentence.raw), 2),
    quotes(sections, (sentence) => matchesAny(sentence.norm, cues.regime) || matchesAny(sentence.norm, cues.recipientMeasures) || matchesAny(sentence.norm, cues.equivalentSystem), 2),
  );
  const inferred = facts.crossBorder.inferred
    ? { ja: '（ポリシーの記載から外国への提供があると判断しました。）', en: ' (Provision abroad was read from the policy.)' }
    : { ja: '', en: '' };

  let missing: LocalizedText[];
  if (destinations.length > 0) {
    const rows = destinations.map((d) => ({ d, designated: findCountries(`${d.countryJa}\n${d.countryEn}`).some(isDesignated) }));
    const all = (pick: (row: (typeof rows)[number]) => boolean) => rows.every(pick);
    missing = [
      ...(all(({ d }) => namesCountry(d.countryJa, d.countryEn)) ? [] : [labels.country]),
      ...(all(({ d, designated: eu }) => eu || `${d.regimeJa}${d.regimeEn}`.trim() !== '') ? [] : [labels.regime]),
      ...(all(({ d, designated: eu }) => eu || `${d.measuresJa}${d.measuresEn}`.trim() !== '') ? [] : [labels.measures]),
    ];
  } else {
    const text = sections.map((section) => section.text).join('\n');
    const raw = sections.map((section) => section.raw).join('\n');
    if (matchesAny(text, cues.equivalentSystem)) {
      return ruleResult('cross-border', 'met', {
        ja: '提供先が相当措置を継続的に講ずる体制を整備している旨が記載されています。',
        en: 'The policy says the recipient has a system for continuously taking equivalent measures.',
      }, sections, [], { evidence });
    }
    const named = findCountries(raw);
    if (named.length > 0 && named.every(isDesignated)) {
      return ruleResult('cross-border', 'na', {
        ja: `記載された提供先（${named.map((c) => c.ja).join('、')}）は施行規則第15条で指定された国・地域のため、第28条の情報提供は求められません。`,
        en: `The destinations named (${named.map((c) => c.en).join(', ')}) are designated by Rule Art. 15, so Art. 28's information is not required.`,
      }, sections, [], { evidence });
    }
    missing = [
      ...(named.length > 0 ? [] : [labels.country]),
      ...(matchesAny(text, cues.regime) ? [] : [labels.regime]),
      ...(matchesAny(text, cues.recipientMeasures) ? [] : [labels.measures]),
    ];
  }
  if (missing.length === 0) {
    return ruleResult('cross-border', 'met', { ja: '外国にある第三者への提供について必要な情報が記載されています。', en: 'The information required for provision abroad is stated.' }, sections, [], { evidence });
  }
  const list = listOf(missing);
  return ruleResult('cross-border', 'missing', {
    ja: `外国にある第三者への提供について、次の情報が見つかりません：${list.ja}。${inferred.ja}`,
    en: `For provision to third parties abroad, not found: ${list.en}.${inferred.en}`,
  }, sections, [], { evidence, lookedFor });
}
