import { matchesAny, sentencesOf } from '../../text';
import { cues } from '../cues';
import type { CheckedDocument } from '../document';
import { quotes } from '../evidence';
import { ruleResult, warning } from '../result';
import type { CheckerWarning, RuleResult } from '../types';

/**
 * Art. 27(1): personal data goes to a third party only with the individual's prior consent, except in the
 * cases the article lists (law; life, body or property; public health and children; cooperation with
 * authorities; academic research). Met by a sentence that ties third parties to consent. An exception of the
 * business's own choosing ("when we judge it necessary") is not one of those cases: a warning.
 */
export function checkThirdParty(doc: CheckedDocument): RuleResult {
  // Either one sentence ties third parties to consent, or a section headed "third parties" speaks of consent
  // (the consent often sits in a list item under 「次の場合を除き」).
  const sections = doc.sections.filter(
    (section) =>
      section.kind !== 'cross_border' &&
      ((matchesAny(section.heading, cues.thirdParty) && matchesAny(section.body, cues.consent)) ||
        sentencesOf(section.text).some((sentence) => matchesAny(sentence, cues.thirdParty) && matchesAny(sentence, cues.consent))),
  );
  if (sections.length === 0) {
    return ruleResult('third-party', 'missing', {
      ja: '第三者提供についての記載（本人の同意なく第三者に提供しない旨と、法令上の例外）が見つかりません。',
      en: "No statement on provision to third parties was found (that personal data is not provided without the individual's consent, and the legal exceptions).",
    }, [], [], {
      lookedFor: { ja: '探したもの：第三者と同意を述べる文、または「第三者提供」の見出しの下の同意の記載。', en: 'Looked for: a sentence tying third parties to consent, or consent under a "third parties" heading.' },
    });
  }
  const provisionSections = doc.sections.filter((section) => section.kind === 'third_party_provision' || sections.includes(section));
  const warnings: CheckerWarning[] = provisionSections
    .filter((section) => matchesAny(section.text, cues.broadException))
    .map((section) =>
      warning('third-party-broad-exception', {
        ja: '「当社が必要と判断した場合」のような、法令に定めのない例外で同意なく第三者提供できるとする記載があります。個人情報保護法第27条第1項の例外に限ってください。',
        en: 'An exception such as "when the Company determines it necessary" lets data go to third parties without consent outside the cases of APPI Art. 27(1). Limit the exceptions to those cases.',
      }, section.id),
    );
  return ruleResult(
    'third-party',
    'met',
    { ja: '本人の同意なく第三者に提供しない旨が記載されています。', en: "The policy says personal data is not provided to third parties without the individual's consent." },
    sections,
    warnings,
    {
      evidence: (() => {
        const tied = quotes(sections, (sentence) => !sentence.heading && matchesAny(sentence.norm, cues.consent) && matchesAny(sentence.norm, cues.thirdParty));
        return tied.length > 0 ? tied : quotes(sections, (sentence) => !sentence.heading && matchesAny(sentence.norm, cues.consent));
      })(),
    },
  );
}
