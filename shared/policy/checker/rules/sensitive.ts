import { matchesAny, sentencesOf } from '../../text';
import { cues } from '../cues';
import type { CheckedDocument } from '../document';
import { quotes } from '../evidence';
import { ruleResult } from '../result';
import type { ResolvedFacts, RuleResult } from '../types';

/**
 * Art. 20(2): sensitive personal information (medical history, criminal record, creed, disability, health
 * check results, …) may be acquired only with the individual's prior consent, save the listed exceptions.
 * Met by a sentence that speaks of sensitive information and of consent together.
 */
export function checkSensitiveConsent(doc: CheckedDocument, facts: ResolvedFacts): RuleResult {
  if (!facts.sensitive.value) {
    return ruleResult('sensitive-consent', 'na', {
      ja: '要配慮個人情報の取扱いの記載は見つかりません。',
      en: 'No handling of sensitive personal information is stated.',
    }, [], [], { lookedFor: { ja: '探したもの：要配慮個人情報、病歴、健康診断、犯罪の経歴、信条、障害などの語。', en: 'Looked for: sensitive personal information, medical history, health checks, criminal records, creed, disability and similar words.' } });
  }
  const sections = doc.sections.filter((section) =>
    sentencesOf(section.text).some((sentence) => matchesAny(sentence, cues.sensitive) && matchesAny(sentence, cues.consent)),
  );
  if (sections.length > 0) {
    return ruleResult('sensitive-consent', 'met', {
      ja: '要配慮個人情報をあらかじめ本人の同意を得て取得する旨が記載されています。',
      en: "The policy says sensitive personal information is acquired only with the individual's prior consent.",
    }, sections, [], { evidence: quotes(sections, (sentence) => matchesAny(sentence.norm, cues.sensitive) && matchesAny(sentence.norm, cues.consent)) });
  }
  const mentions = doc.sections.filter((section) => matchesAny(section.text, cues.sensitive));
  return ruleResult('sensitive-consent', 'missing', {
    ja: '要配慮個人情報（病歴、健康診断の結果など）を取り扱う場合は、あらかじめ本人の同意を得て取得する旨を記載してください。',
    en: "When sensitive personal information (medical history, health check results, …) is handled, state that it is acquired only with the individual's prior consent.",
  }, mentions, [], {
    evidence: quotes(mentions, (sentence) => matchesAny(sentence.norm, cues.sensitive)),
    lookedFor: { ja: '探したもの：要配慮個人情報と同意を同じ文で述べる記載。', en: 'Looked for: a sentence tying sensitive information to consent.' },
  });
}
