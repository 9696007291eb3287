import type { LocalizedText } from '../../../errors';
import { matchesAny } from '../../text';
import { cues } from '../cues';
import type { CheckedDocument } from '../document';
import { allQuotes, mergeEvidence } from '../evidence';
import { listOf, ruleResult } from '../result';
import type { ResolvedFacts, RuleResult } from '../types';

/**
 * Art. 41, 43, 44: a business that produces pseudonymised information publishes its purposes of use (Art.
 * 41(4), read with Art. 21); one that produces anonymised information publishes the items of information it
 * contains (Art. 43(3)) and, when providing it to third parties, the items and the method of provision (Art.
 * 43(4), 44). Required when used: read from the words 仮名加工情報 / 匿名加工情報 (not "in an anonymized form").
 */
const lookedFor: LocalizedText = {
  ja: '探したもの：「仮名加工情報」「匿名加工情報」の記載（作成しない旨の文は除く）と、仮名加工情報の利用目的、匿名加工情報に含まれる情報の項目、第三者に提供する場合はその項目と提供の方法。',
  en: 'Looked for: pseudonymised or anonymised information (not a sentence saying none is produced), with the purposes of pseudonymised information, the items in anonymised information and, if it is provided to third parties, the items and the method.',
};

export function checkProcessedInformation(doc: CheckedDocument, facts: ResolvedFacts): RuleResult {
  if (!facts.processedInformation.value) {
    return ruleResult('pseudonymised-anonymised', 'na', {
      ja: '仮名加工情報・匿名加工情報の作成の記載は見つかりません。',
      en: 'No production of pseudonymised or anonymised information is stated.',
    }, [], [], { lookedFor });
  }
  const about = (norm: string) => matchesAny(norm, cues.processedInformation) && !matchesAny(norm, cues.processedNegated);
  const sections = doc.sections.filter((section) => section.sentences.some((sentence) => about(sentence.norm)));
  const text = sections.map((section) => section.body).join('\n');
  const missing: LocalizedText[] = [];
  if (matchesAny(text, cues.pseudonymised) && !/目的|purpose/.test(text)) {
    missing.push({ ja: '仮名加工情報の利用目的（第41条第4項）', en: 'the purposes of use of pseudonymised information (Art. 41(4))' });
  }
  if (matchesAny(text, cues.anonymised)) {
    if (!matchesAny(text, cues.processedItems)) missing.push({ ja: '匿名加工情報に含まれる情報の項目（第43条第3項）', en: 'the items of information in the anonymised information (Art. 43(3))' });
    const provides = /第三者(へ|に)(の)?提供|third part/.test(text);
    if (provides && !matchesAny(text, cues.processedMethod)) missing.push({ ja: '匿名加工情報の第三者提供の方法（第43条第4項、第44条）', en: 'the method of providing anonymised information to third parties (Art. 43(4), 44)' });
  }
  const evidence = mergeEvidence(
    allQuotes(sections, (sentence) => about(sentence.norm), 2),
    allQuotes(sections, (sentence) => matchesAny(sentence.norm, cues.processedItems) || matchesAny(sentence.norm, cues.processedMethod) || /目的|purpose/.test(sentence.norm), 2),
  );
  if (missing.length === 0) {
    return ruleResult('pseudonymised-anonymised', 'met', {
      ja: '仮名加工情報・匿名加工情報について公表すべき事項が記載されています。',
      en: 'The matters to publish about pseudonymised or anonymised information are stated.',
    }, sections, [], { evidence });
  }
  const list = listOf(missing);
  return ruleResult('pseudonymised-anonymised', 'missing', {
    ja: `仮名加工情報・匿名加工情報について、次の事項が見つかりません：${list.ja}。`,
    en: `For pseudonymised or anonymised information, not found: ${list.en}.`,
  }, sections, [], { evidence, lookedFor });
}
