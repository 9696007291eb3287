import { matchesAny, sentencesOf } from '../../text';
import { cues } from '../cues';
import { hasStructuredData, type CheckedDocument } from '../document';
import { allQuotes, quotes } from '../evidence';
import { ruleResult, warning } from '../result';
import type { RuleResult } from '../types';
import { historyDateWarnings } from './history-dates';

/**
 * Revisions (appi.md §5: good practice, and required where a change needs consent): how changes to the policy
 * are announced and when they take effect. Met by a sentence about changing the policy together with how the
 * change is made known; a policy with no date at all (制定・改定・施行日, "Effective …") gets a warning.
 */
export function checkRevisions(doc: CheckedDocument, history?: readonly string[]): RuleResult {
  const changing = doc.sections.filter((section) =>
    sentencesOf(section.text).some((sentence) => matchesAny(sentence, cues.policySelf) && matchesAny(sentence, cues.change)),
  );
  const announced = changing.filter((section) => matchesAny(section.body, cues.announce));
  const dated = doc.sections.some((section) => section.section.kind === 'revisions' && hasStructuredData(section.section)) || matchesAny(doc.text, cues.date);
  const warnings = dated
    ? historyDateWarnings(doc, history)
    : [warning('revisions-no-date', {
        ja: '制定日・改定日・施行日の記載がありません。いつから効力を持つ版かが分かるよう、日付を記載してください。',
        en: 'No date is given (established, revised or effective). Date the policy so readers know which version applies.',
      }, changing[0]?.id ?? null)];
  if (announced.length > 0) {
    return ruleResult('revisions', 'met', {
      ja: '本ポリシーの改定方法（周知の方法や効力発生時期）が記載されています。',
      en: 'How revisions of the policy are announced and take effect is stated.',
    }, announced, warnings, { evidence: allQuotes(announced, (sentence) => matchesAny(sentence.norm, cues.change) || matchesAny(sentence.norm, cues.announce), 2) });
  }
  return ruleResult('revisions', 'missing', changing.length > 0
    ? {
        ja: '本ポリシーを変更できる旨はありますが、変更の周知方法や効力発生時期が記載されていません。',
        en: 'The policy says it may change, but not how changes are announced or when they take effect.',
      }
    : {
        ja: '本ポリシーの改定についての記載（周知方法・効力発生時期）が見つかりません。',
        en: 'Nothing says how revisions of the policy are announced or when they take effect.',
      }, changing, warnings, {
        evidence: quotes(changing, (sentence) => matchesAny(sentence.norm, cues.policySelf) && matchesAny(sentence.norm, cues.change)),
        lookedFor: { ja: '探したもの：本ポリシーの変更を述べる文と、その周知の方法（掲載・通知・公表）または効力発生時期。', en: 'Looked for: a sentence about changing this policy, with how the change is made known (posted, notified, published) or when it takes effect.' },
      });
}
