import type { LocalizedText } from '../../../errors';
import { feeCue, findYenAmounts } from '../../extract';
import type { SectionOf } from '../../model';
import { matchesAny, sentencesOf } from '../../text';
import type { RequestKind } from '../../vocabulary';
import { cues } from '../cues';
import { hasContent, hasStructuredData, type CheckedDocument, type CheckedSection } from '../document';
import { allQuotes, mergeEvidence, quotes, type Sentence } from '../evidence';
import { listOf, ruleResult, warning } from '../result';
import type { CheckerWarning, RuleResult } from '../types';

/**
 * Art. 32(1)(iii), 33–38: how to make each request the Act gives the individual — notification of the purposes
 * (Art. 32(2)), disclosure (Art. 33(1)), disclosure of third-party provision records (Art. 33(5)), correction
 * (Art. 34), cessation of use or erasure and of provision (Art. 35) — and the fee if one is charged (Art. 38: the
 * amount must be stated). Structured fields first; otherwise the words of the sections about requests.
 */
function requestSections(doc: CheckedDocument): CheckedSection[] {
  return doc.sections.filter(
    (section) =>
      (section.kind === 'request_procedures' && hasContent(section)) ||
      (section.kind !== 'authorized_organization' &&
        sentencesOf(section.text).some((sentence) => matchesAny(sentence, cues.disclosure) && matchesAny(sentence, cues.request))),
  );
}

const structured = (section: CheckedSection): SectionOf<'request_procedures'> | null =>
  section.section.kind === 'request_procedures' && hasStructuredData(section.section) ? section.section : null;

interface KindSpec {
  readonly kinds: readonly RequestKind[];
  readonly label: LocalizedText;
  readonly patterns: readonly RegExp[];
}

/** The requests of Art. 32(1)(iii), grouped as the law lists them; cessation of use and of provision together. */
const kindSpecs: readonly KindSpec[] = [
  { kinds: ['purpose_notification'], label: { ja: '利用目的の通知（第32条第2項）', en: 'notification of the purposes of use (Art. 32(2))' }, patterns: cues.purposeNotification },
  { kinds: ['disclosure'], label: { ja: '開示（第33条）', en: 'disclosure (Art. 33)' }, patterns: cues.disclosure },
  { kinds: ['third_party_records'], label: { ja: '第三者提供記録の開示（第33条第5項）', en: 'disclosure of third-party provision records (Art. 33(5))' }, patterns: cues.thirdPartyRecords },
  { kinds: ['correction'], label: { ja: '訂正・追加・削除（第34条）', en: 'correction, addition or deletion (Art. 34)' }, patterns: cues.correction },
  {
    kinds: ['cessation_of_use', 'cessation_of_provision'],
    label: { ja: '利用停止・消去・第三者提供の停止（第35条）', en: 'cessation of use, erasure and cessation of provision (Art. 35)' },
    patterns: cues.cessation,
  },
];

const lookedFor: LocalizedText = {
  ja: '探したもの：開示等の請求の欄、または開示と請求を述べる文。そのうえで、利用目的の通知、開示、第三者提供記録の開示、訂正等、利用停止等のそれぞれの語。',
  en: 'Looked for: the request-procedures fields, or a sentence about requesting disclosure; then, for each request, its words (notification of purposes, disclosure, third-party provision records, correction, cessation of use or provision).',
};

export function checkRequestsProcedure(doc: CheckedDocument): RuleResult {
  const sections = requestSections(doc);
  if (sections.length === 0) {
    return ruleResult('requests-procedure', 'missing', {
      ja: '開示等の請求（利用目的の通知、開示、第三者提供記録の開示、訂正、利用停止、第三者提供の停止など）の手続が見つかりません。請求先と方法を記載してください。',
      en: 'No procedure was found for requests (notification of purposes, disclosure, third-party provision records, correction, cessation of use or of provision). State where and how to make them.',
    }, [], [], { lookedFor });
  }
  const warnings: CheckerWarning[] = [];
  const data = sections.map(structured).filter((section) => section !== null);
  const text = sections.map((section) => section.text).join('\n');
  const covered = (spec: KindSpec) =>
    data.some((section) => spec.kinds.some((kind) => section.requestKinds.includes(kind))) || matchesAny(text, spec.patterns);
  const absent = kindSpecs.filter((spec) => !covered(spec));
  const kindTest = (sentence: Sentence) => kindSpecs.some((spec) => matchesAny(sentence.norm, spec.patterns)) && matchesAny(sentence.norm, cues.request);
  const evidence = mergeEvidence(allQuotes(sections, kindTest, 3), quotes(sections, (sentence) => !sentence.heading && matchesAny(sentence.norm, cues.requestMethod), 1));
  const methodStated = data.some((section) => `${section.methodJa}${section.methodEn}`.trim() !== '') || matchesAny(text, cues.requestMethod);
  if (!methodStated) {
    warnings.push(
      warning('requests-no-method', {
        ja: '請求の方法（書面・メール・窓口など）や提出先が読み取れません。',
        en: 'How and where to make a request (in writing, by e-mail, at a desk) is not clear.',
      }, sections[0]?.id ?? null),
    );
  }
  if (absent.length > 0) {
    const list = listOf(absent.map((spec) => spec.label));
    return ruleResult('requests-procedure', 'missing', {
      ja: `開示等の請求の手続はありますが、次の請求に応じる手続が読み取れません：${list.ja}。`,
      en: `There is a request procedure, but not for: ${list.en}.`,
    }, sections, warnings, { evidence, lookedFor });
  }
  return ruleResult(
    'requests-procedure',
    'met',
    { ja: '開示等の請求の手続が記載されています。', en: 'The procedure for requests for disclosure and other actions is stated.' },
    sections,
    warnings,
    { evidence },
  );
}

const feeLookedFor: LocalizedText = {
  ja: '探したもの：手数料の欄、または「手数料」「実費」「fee」を含む文と、その金額（○○円）または無料である旨。',
  en: 'Looked for: the fee field, or a sentence with 手数料 / 実費 / "fee" and its amount in yen, or that no fee is charged.',
};

export function checkRequestFee(doc: CheckedDocument): RuleResult {
  const sections = requestSections(doc);
  const feeTest = (sentence: Sentence) => !sentence.heading && feeCue.test(sentence.norm);
  const freeTest = (sentence: Sentence) => !sentence.heading && matchesAny(sentence.norm, cues.noFee);
  const amountTest = (sentence: Sentence) => feeTest(sentence) && findYenAmounts(sentence.raw).length > 0;
  const charged = sections.map(structured).find((section) => section !== null && section.feeYen !== null);
  if (charged && charged.feeYen !== null) {
    const fee = charged.feeYen;
    const amount = fee.toLocaleString('en-US');
    const own = sections.filter((s) => s.id === charged.id);
    // One source of truth: a sentence that says "free" or another amount contradicts the fee field.
    const free = allQuotes(sections, freeTest, 2);
    const other = allQuotes(sections, (sentence) => amountTest(sentence) && !findYenAmounts(sentence.raw).includes(fee), 2);
    if (free.length > 0 || other.length > 0) {
      return ruleResult('request-fee', 'missing', {
        ja: `手数料の欄は${amount}円ですが、本文に矛盾する記載（無料、または別の金額）があります。公開される文書が両方を述べないよう、本文を直してください。`,
        en: `The fee field says ${amount} yen, but the text says otherwise (free, or another amount). Correct the text so the published policy does not state both.`,
      }, own, [], { evidence: [...free, ...other] });
    }
    return ruleResult('request-fee', 'met', { ja: `手数料（${amount}円）が記載されています。`, en: `The fee (${amount} yen) is stated.` }, own, [], {
      evidence: quotes(own, amountTest),
    });
  }
  const withAmount = allQuotes(sections, amountTest, 2);
  if (withAmount.length > 0) {
    return ruleResult('request-fee', 'met', { ja: '手数料の額が記載されています。', en: 'The amount of the fee is stated.' }, [], [], { evidence: withAmount });
  }
  const free = allQuotes(sections, freeTest, 2);
  if (free.length > 0) {
    return ruleResult('request-fee', 'met', { ja: '手数料をとらない旨が記載されています。', en: 'The policy says no fee is charged.' }, [], [], { evidence: free });
  }
  const feeSentences = allQuotes(sections, feeTest, 2);
  if (feeSentences.length > 0) {
    return ruleResult(
      'request-fee',
      'missing',
      {
        ja: '手数料をとる旨の記載はありますが、金額がありません。手数料を徴収する場合は、その額を記載してください。',
        en: 'A fee is mentioned without an amount. If a fee is charged, state the amount.',
      },
      [],
      [warning('fee-without-amount', { ja: '「手数料」に金額（○○円）が書かれていません。', en: 'The fee has no amount in yen.' }, feeSentences[0]?.sectionId ?? null)],
      { evidence: feeSentences, lookedFor: feeLookedFor },
    );
  }
  return ruleResult('request-fee', 'na', {
    ja: '手数料の記載は見つかりません。手数料をとらない場合は記載不要ですが、とる場合はその額を記載してください。',
    en: 'No fee is mentioned. Nothing is needed if none is charged; if one is, state the amount.',
  }, [], [], { lookedFor: feeLookedFor });
}
