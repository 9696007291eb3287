import { matchesAny } from '../../text';
import { cues } from '../cues';
import type { CheckedDocument, CheckedSection } from '../document';
import { allQuotes } from '../evidence';
import { warning } from '../result';
import type { CheckerWarning, Evidence, ResolvedFacts } from '../types';

/**
 * Art. 17(1) with GL 3-1-1: a business that provides personal data to third parties must say so in its purposes of
 * use (「第三者への提供」 as a purpose); for an opt-out provision it is item (ii) of Art. 27(2). Provision is read
 * from the opt-out fact or a sentence that says data is provided (not one that says it is not provided without
 * consent). The purposes count when they, or a sentence naming provision as a purpose of use, say it.
 */
const provides = [
  /第三者(へ|に)(個人データ|個人情報|情報)?を?提供(します|いたします|する(ことがあります|場合があります))|第三者(へ|に)(の)?提供を行(います|う)/,
  /(we|the company)( may)? (provides?|discloses?|shares?|sells?)[^.\n]{0,50}(to )?(third parties|partner|affiliate)/,
];
const refused = [/(しません|いたしません|行いません|ありません|ない)/, /\b(not|never|no)\b/];
const provisionAsPurpose = [
  /第三者(へ|に)(の)?提供|第三者提供|(他社|提携先|提携企業|グループ会社|パートナー企業)[^。\n]{0,20}(へ|に)(の)?提供/,
  /(provi(de|sion|ding)|disclos\w*|shar\w*|sell\w*|sale)[^.\n]{0,60}(third part|partner|affiliate|group compan)/,
];

function providesToThirdParties(doc: CheckedDocument, facts: ResolvedFacts): boolean {
  if (facts.optOut.value) return true;
  return doc.sections.some((section) =>
    section.sentences.some((sentence) => !sentence.heading && matchesAny(sentence.norm, provides) && !matchesAny(sentence.norm, refused)),
  );
}

export function provisionPurpose(
  doc: CheckedDocument,
  facts: ResolvedFacts,
  purposes: readonly CheckedSection[],
): { evidence: Evidence[]; warning: CheckerWarning | null } {
  const inPurposes = allQuotes(purposes, (sentence) => !sentence.heading && matchesAny(sentence.norm, provisionAsPurpose), 2);
  if (inPurposes.length > 0) return { evidence: inPurposes, warning: null };
  if (!providesToThirdParties(doc, facts)) return { evidence: [], warning: null };
  const elsewhere = allQuotes(doc.sections, (sentence) => !sentence.heading && matchesAny(sentence.norm, cues.optOutItemPurpose), 1);
  if (elsewhere.length > 0) return { evidence: elsewhere, warning: null };
  return {
    evidence: [],
    warning: warning(
      'purposes-third-party-provision',
      {
        ja: 'ポリシーは個人データを第三者に提供するとしていますが、利用目的に第三者への提供が含まれていません。第三者への提供を想定する場合は、その旨を利用目的として記載してください（個人情報保護法第17条第1項、ガイドライン通則編3-1-1）。',
        en: 'The policy says personal data is provided to third parties, but the purposes of use do not include that provision. When provision to third parties is intended, state it as a purpose of use (APPI Art. 17(1); GL General Rules 3-1-1).',
      },
      purposes[0]?.id ?? null,
    ),
  };
}
