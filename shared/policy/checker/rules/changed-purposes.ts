import type { LocalizedText } from '../../../errors';
import { matchesAny } from '../../text';
import { cues } from '../cues';
import type { CheckedDocument } from '../document';
import { quotes } from '../evidence';
import { ruleResult } from '../result';
import type { ResolvedFacts, RuleResult } from '../types';

/**
 * Art. 21(3): when the purposes of use are changed, the changed purposes are notified to the individual or
 * published. Required when the purposes changed — read from the version in force (the draft's purposes differ
 * from it) or given by the caller. Met by a sentence saying changed purposes are notified or published; such a
 * sentence also meets the rule when nothing changed (the policy says how it would be done).
 */
const lookedFor: LocalizedText = {
  ja: '探したもの：利用目的を変更した場合に変更後の目的を通知・公表する旨の文（「利用目的を変更した場合には…通知又は公表します」）。',
  en: 'Looked for: a sentence saying that changed purposes of use are notified or published ("If we change the purposes, we will notify you or publish them").',
};

export function checkChangedPurposes(doc: CheckedDocument, facts: ResolvedFacts): RuleResult {
  const test = (norm: string) => matchesAny(norm, cues.purposeChangeNotice);
  const sections = doc.sections.filter((section) => section.sentences.some((sentence) => test(sentence.norm)));
  const evidence = quotes(sections, (sentence) => test(sentence.norm), 2);
  if (evidence.length > 0) {
    return ruleResult('changed-purposes', 'met', {
      ja: '利用目的を変更したときに通知又は公表する旨が記載されています。',
      en: 'The policy says changed purposes of use are notified or published.',
    }, sections, [], { evidence });
  }
  if (!facts.purposesChanged.value) {
    return ruleResult('changed-purposes', 'na', facts.purposesChanged.inferred
      ? { ja: '公開中の版から利用目的の変更は見つかりません。', en: 'No change of the purposes of use from the published version was found.' }
      : { ja: '利用目的の変更はないとされています。', en: 'The purposes of use are given as unchanged.' }, [], [], { lookedFor });
  }
  const purposes = doc.sections.filter((section) => section.kind === 'purposes_of_use');
  return ruleResult('changed-purposes', 'missing', {
    ja: '利用目的が公開中の版から変わっています。変更後の利用目的を本人に通知し、又は公表する必要があります（変更前の目的と関連性を有すると合理的に認められる範囲を超える変更には、本人の同意が必要です）。その旨を記載してください。',
    en: 'The purposes of use differ from the published version. The changed purposes must be notified to individuals or published (a change beyond what is reasonably related to the former purposes needs consent). Say so in the policy.',
  }, purposes, [], { evidence: quotes(purposes, (sentence) => sentence.heading, 1), lookedFor });
}
