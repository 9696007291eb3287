import { matchesAny } from '../../text';
import { cues } from '../cues';
import { hasContent, hasStructuredData, type CheckedDocument, type CheckedSection } from '../document';
import { mergeEvidence, quotes } from '../evidence';
import { ruleResult, warning } from '../result';
import type { CheckerWarning, ResolvedFacts, RuleResult } from '../types';
import { provisionPurpose } from './purposes-provision';

/**
 * Art. 17(1), 21, 32(1)(ii): the purposes of use of all retained personal data, "as specifically as possible".
 * Structured rows count first; otherwise a section about purposes (by kind, heading or a list intro) with
 * content. A purpose as vague as "for business activities" with nothing more concrete does not tell anyone
 * what happens to their data (GL 3-1-1): that is a warning.
 */
// Sections that speak of purposes without listing the business's own: 「利用目的の通知」 in the requests, the joint
// users' purposes, a revision note. Their mention of 利用目的 does not state the purposes of use.
const notPurposes = new Set(['revisions', 'request_procedures', 'joint_use', 'third_party_provision', 'cross_border', 'external_transmission', 'complaint_desk', 'authorized_organization', 'contact']);

/** A sentence that introduces a list of purposes (「次の目的で利用します」, "for the following purposes"), not a passing mention. */
function introducesPurposes(section: CheckedSection): boolean {
  return section.sentences.some((sentence) => !sentence.heading && matchesAny(sentence.norm, cues.purposesIntro));
}

function purposeSections(doc: CheckedDocument): CheckedSection[] {
  return doc.sections.filter(
    (section) =>
      section.kind === 'purposes_of_use' ||
      (!notPurposes.has(section.kind) && (matchesAny(section.heading, cues.purposesHeading) || introducesPurposes(section))),
  );
}

/** Vague when a vague phrase is used and, with those phrases removed, no concrete activity is named. */
export function isVague(text: string): boolean {
  if (!matchesAny(text, cues.vaguePurpose)) return false;
  let rest = text;
  for (const pattern of cues.vaguePurpose) rest = rest.replace(new RegExp(pattern.source, 'g'), ' ');
  return !matchesAny(rest, cues.concretePurpose);
}

function purposeText(section: CheckedSection): string {
  const { section: s } = section;
  if (s.kind === 'purposes_of_use' && hasStructuredData(s)) {
    return s.rows.map((row) => `${row.purposeJa}\n${row.purposeEn}`).join('\n').toLowerCase();
  }
  // The heading is left out: 「利用目的」 says nothing about the purposes themselves.
  return section.body;
}

export function checkPurposes(doc: CheckedDocument, facts: ResolvedFacts): RuleResult {
  const candidates = purposeSections(doc);
  const filled = candidates.filter(hasContent);
  if (filled.length === 0) {
    const message =
      candidates.length > 0
        ? { ja: '利用目的の見出しはありますが、利用目的が記載されていません。', en: 'There is a heading for the purposes of use, but no purposes are listed.' }
        : { ja: '利用目的の記載が見つかりません。取り扱うすべての個人情報について、利用目的をできる限り具体的に記載してください。', en: 'No purposes of use were found. State, as specifically as possible, the purposes for all personal information handled.' };
    return ruleResult('purposes', 'missing', message, candidates, [], {
      evidence: quotes(candidates, (sentence) => sentence.heading),
      lookedFor: {
        ja: '探したもの：利用目的の欄、「利用目的」の見出し、または「以下の目的で利用します」のような記載と、その後に続く目的。',
        en: 'Looked for: the purposes table, a "purposes" heading, or words such as "for the following purposes", followed by the purposes themselves.',
      },
    });
  }
  const warnings: CheckerWarning[] = [];
  const allText = filled.map(purposeText).join('\n');
  if (isVague(allText)) {
    warnings.push(
      warning(
        'purposes-vague',
        {
          ja: '利用目的が「事業活動のため」のような抽象的な表現にとどまっています。何のために使うのか（例：商品の発送、お問い合わせへの回答）を具体的に記載してください。',
          en: 'The purposes of use are as vague as "for business purposes". Say what the data is used for (e.g. shipping orders, answering inquiries).',
        },
        filled[0]?.id ?? null,
      ),
    );
  }
  // Quote concrete purposes first; a list intro (「以下の目的で利用します」) when that is all there is.
  const concrete = quotes(filled, (sentence) => !sentence.heading && matchesAny(sentence.norm, cues.concretePurpose) && !isVague(sentence.norm));
  const provision = provisionPurpose(doc, facts, filled);
  if (provision.warning) warnings.push(provision.warning);
  const evidence = mergeEvidence(concrete.length > 0 ? concrete : quotes(filled, (sentence) => !sentence.heading), provision.evidence);
  return ruleResult('purposes', 'met', { ja: '利用目的が記載されています。', en: 'The purposes of use are stated.' }, filled, warnings, { evidence });
}
