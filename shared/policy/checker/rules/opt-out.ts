import type { LocalizedText } from '../../../errors';
import { matchesAny } from '../../text';
import { cues } from '../cues';
import type { CheckedDocument } from '../document';
import { allQuotes, mergeEvidence } from '../evidence';
import { isOptOutSentence } from '../facts';
import { listOf, ruleResult, warning } from '../result';
import type { ResolvedFacts, RuleResult } from '../types';

/**
 * Art. 27(2)–(4): personal data may go to third parties without consent (opt-out) only if, in advance, the
 * individual is told or can easily know the eight items and the PPC has been notified: (i) the provider's name,
 * address and representative, (ii) that provision to third parties is a purpose of use, (iii) the items provided,
 * (iv) how they are acquired, (v) how they are provided, (vi) that provision stops at the individual's request,
 * (vii) how that request is accepted, (viii) the Rules' further matters (Rule Art. 11(4): how the data is updated,
 * the date provision is to start). Item (i) is the business-identity rule's; the rest are read here.
 */
const items: readonly { patterns: readonly RegExp[]; label: LocalizedText }[] = [
  { patterns: cues.optOutItemPurpose, label: { ja: '第三者への提供を利用目的とすること（第2号）', en: 'that provision to third parties is a purpose of use (item ii)' } },
  { patterns: cues.optOutItemItems, label: { ja: '提供される個人データの項目（第3号）', en: 'the items of personal data provided (item iii)' } },
  { patterns: cues.optOutItemAcquisition, label: { ja: '取得の方法（第4号）', en: 'how the data is acquired (item iv)' } },
  { patterns: cues.optOutItemMethod, label: { ja: '提供の方法（第5号）', en: 'how the data is provided (item v)' } },
  { patterns: cues.optOutItemStop, label: { ja: '本人の求めに応じて提供を停止すること（第6号）', en: "that provision stops at the individual's request (item vi)" } },
  { patterns: cues.optOutItemRequestMethod, label: { ja: '本人の求めを受け付ける方法（第7号）', en: 'how the request is accepted (item vii)' } },
  { patterns: cues.optOutItemUpdate, label: { ja: '個人データの更新の方法（第8号、施行規則第11条第4項）', en: 'how the data is updated (item viii; Rule Art. 11(4))' } },
  { patterns: cues.optOutItemStart, label: { ja: '提供を開始する予定日（第8号、施行規則第11条第4項）', en: 'the date provision is to start (item viii; Rule Art. 11(4))' } },
];

const lookedFor: LocalizedText = {
  ja: '探したもの：第三者提供についての「オプトアウト」「本人の求めに応じて提供を停止」「第27条第2項」の記載と、同項の各事項（利用目的、項目、取得の方法、提供の方法、停止、求めの受付方法、更新の方法、提供開始予定日）。Cookieや広告配信のオプトアウトは対象外です。',
  en: "Looked for: opt-out provision to third parties (\"opt-out\", \"stop providing at the individual's request\", Art. 27(2)) and each item of that paragraph. A cookie or advertising opt-out is not this.",
};

// Art. 27(2): the items are notified to the PPC before provision starts (and published by it). A policy that
// says nothing of the notification may still have made it: a warning to confirm, not a missing item.
const ppcNotified = [
  /個人情報保護委員会[^。]{0,30}(届出|届け出|届けで)|届出[^。]{0,20}個人情報保護委員会/,
  /(notif(y|ied|ication)|report(ed)?|fil(ed|ing))[^.]{0,60}(personal information protection commission|\bppc\b)|(personal information protection commission|\bppc\b)[^.]{0,40}(notif|filed)/,
];

export function checkOptOut(doc: CheckedDocument, facts: ResolvedFacts): RuleResult {
  if (!facts.optOut.value) {
    return ruleResult('opt-out', 'na', { ja: 'オプトアウトによる第三者提供の記載は見つかりません。', en: 'No opt-out provision to third parties is stated.' }, [], [], { lookedFor });
  }
  const sections = doc.sections.filter((section) => section.sentences.some((sentence) => isOptOutSentence(sentence.norm)));
  // The items often sit in a list under the opt-out sentence: read the whole section.
  const text = sections.map((section) => section.body).join('\n');
  const missing = items.filter((item) => !matchesAny(text, item.patterns));
  const evidence = mergeEvidence(
    allQuotes(sections, (sentence) => isOptOutSentence(sentence.norm), 1),
    allQuotes(sections, (sentence) => items.some((item) => matchesAny(sentence.norm, item.patterns)), 4),
  );
  const notified = matchesAny(doc.text, ppcNotified);
  const warnings = notified
    ? []
    : [
        warning('opt-out-ppc-notification', {
          ja: 'オプトアウトによる第三者提供について、個人情報保護委員会への届出の記載が見つかりません。提供を始める前に第27条第2項の事項を届け出る必要があります。届出済みか確認してください。',
          en: 'No statement was found that the opt-out provision was notified to the PPC. The items of Art. 27(2) must be notified before provision starts: confirm that it was done.',
        }, sections[0]?.id ?? null),
      ];
  if (missing.length === 0) {
    return ruleResult('opt-out', 'met', {
      ja: 'オプトアウトによる第三者提供について、第27条第2項の事項が記載されています。',
      en: 'For opt-out provision, the items of Art. 27(2) are stated.',
    }, sections, warnings, { evidence: mergeEvidence(evidence, notified ? allQuotes(doc.sections, (sentence) => matchesAny(sentence.norm, ppcNotified), 1) : []) });
  }
  const list = listOf(missing.map((item) => item.label));
  return ruleResult('opt-out', 'missing', {
    ja: `オプトアウトによる第三者提供について、次の事項が見つかりません：${list.ja}。あらかじめ本人に通知し、又は容易に知り得る状態に置き、個人情報保護委員会に届け出る必要があります。`,
    en: `For opt-out provision to third parties, not found: ${list.en}. They must be made known in advance and notified to the PPC.`,
  }, sections, warnings, { evidence, lookedFor });
}
