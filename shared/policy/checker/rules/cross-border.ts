import type { LocalizedText } from '../../../errors';
import { findCountries } from '../../countries';
import { matchesAny } from '../../text';
import { cues } from '../cues';
import type { CheckedDocument } from '../document';
import { listOf, ruleResult } from '../result';
import type { ResolvedFacts, RuleResult } from '../types';

/**
 * Art. 28 with Rule Art. 17(2): provision to a third party abroad needs consent given after the individual is
 * told the country's name, that country's system for protecting personal information, and the recipient's
 * measures. The alternative — a recipient with a system for taking equivalent measures (Rule Art. 16) — is
 * met by saying so. Structured destinations must each name all three.
 */
export function checkCrossBorder(doc: CheckedDocument, facts: ResolvedFacts): RuleResult {
  if (!facts.crossBorder.value) {
    return ruleResult('cross-border', 'na', { ja: '外国にある第三者への提供はありません。', en: 'No personal data is provided to third parties abroad.' });
  }
  const sections = doc.sections.filter(
    (section) =>
      section.kind === 'cross_border' ||
      matchesAny(section.text, cues.abroad) ||
      findCountries(section.raw).length > 0,
  );
  const destinations = sections.flatMap((section) => (section.section.kind === 'cross_border' ? section.section.destinations : []));
  const labels = {
    country: { ja: '提供先の国名', en: 'the name of the country' },
    regime: { ja: '当該国の個人情報保護制度', en: "that country's personal information protection system" },
    measures: { ja: '提供先が講ずる措置', en: 'the measures the recipient takes' },
  } satisfies Record<string, LocalizedText>;

  let missing: LocalizedText[];
  if (destinations.length > 0) {
    const each = (ja: (d: (typeof destinations)[number]) => string, en: (d: (typeof destinations)[number]) => string) =>
      destinations.every((d) => `${ja(d)}${en(d)}`.trim() !== '');
    missing = [
      ...(each((d) => d.countryJa, (d) => d.countryEn) ? [] : [labels.country]),
      ...(each((d) => d.regimeJa, (d) => d.regimeEn) ? [] : [labels.regime]),
      ...(each((d) => d.measuresJa, (d) => d.measuresEn) ? [] : [labels.measures]),
    ];
  } else {
    const text = sections.map((section) => section.text).join('\n');
    const raw = sections.map((section) => section.raw).join('\n');
    if (matchesAny(text, cues.equivalentSystem)) {
      return ruleResult('cross-border', 'met', {
        ja: '提供先が相当措置を継続的に講ずる体制を整備している旨が記載されています。',
        en: 'The policy says the recipient has a system for continuously taking equivalent measures.',
      }, sections);
    }
    missing = [
      ...(findCountries(raw).length > 0 ? [] : [labels.country]),
      ...(matchesAny(text, cues.regime) ? [] : [labels.regime]),
      ...(matchesAny(text, cues.recipientMeasures) ? [] : [labels.measures]),
    ];
  }
  const inferred = facts.crossBorder.inferred
    ? { ja: '（ポリシーの記載から外国への提供があると判断しました。）', en: ' (Provision abroad was inferred from the policy.)' }
    : { ja: '', en: '' };
  if (missing.length === 0) {
    return ruleResult('cross-border', 'met', { ja: '外国にある第三者への提供について必要な情報が記載されています。', en: 'The information required for provision abroad is stated.' }, sections);
  }
  const list = listOf(missing);
  return ruleResult('cross-border', 'missing', {
    ja: `外国にある第三者への提供について、次の情報が見つかりません：${list.ja}。${inferred.ja}`,
    en: `For provision to third parties abroad, not found: ${list.en}.${inferred.en}`,
  }, sections);
}
