import { feeCue, findYenAmounts } from '../../extract';
import type { SectionOf } from '../../model';
import { matchesAny, sentencesOf } from '../../text';
import type { RequestKind } from '../../vocabulary';
import { cues } from '../cues';
import { hasContent, hasStructuredData, type CheckedDocument, type CheckedSection } from '../document';
import { ruleResult, warning } from '../result';
import type { CheckerWarning, RuleResult } from '../types';

/**
 * Art. 32(1)(iii), 33–38: how to request disclosure, correction, cessation of use and of provision (and
 * third-party records), and the fee if one is charged (Art. 38: the amount must be stated). Structured fields
 * first; otherwise a sentence that speaks of disclosure and of requesting it.
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

const coreKinds: readonly RequestKind[] = ['disclosure', 'correction', 'cessation_of_use', 'cessation_of_provision'];

export function checkRequestsProcedure(doc: CheckedDocument): RuleResult {
  const sections = requestSections(doc);
  if (sections.length === 0) {
    return ruleResult('requests-procedure', 'missing', {
      ja: '開示等の請求（開示、訂正、利用停止、第三者提供の停止など）の手続が見つかりません。請求先と方法を記載してください。',
      en: 'No procedure was found for requests for disclosure, correction, cessation of use or of provision. State where and how to make them.',
    });
  }
  const warnings: CheckerWarning[] = [];
  const data = sections.map(structured).filter((section) => section !== null);
  const text = sections.map((section) => section.text).join('\n');
  const kindsMissing =
    data.length > 0
      ? !coreKinds.every((kind) => data.some((section) => section.requestKinds.includes(kind)))
      : !matchesAny(text, cues.correction) || !matchesAny(text, cues.cessation);
  if (kindsMissing) {
    warnings.push(
      warning('requests-kinds-partial', {
        ja: '開示だけでなく、訂正・追加・削除、利用停止・消去、第三者提供の停止の請求も受け付けることを記載してください。',
        en: 'Besides disclosure, say that requests for correction, addition or deletion, cessation of use or erasure, and cessation of provision to third parties are accepted.',
      }, sections[0]?.id ?? null),
    );
  }
  const methodStated = data.some((section) => `${section.methodJa}${section.methodEn}`.trim() !== '') || matchesAny(text, cues.requestMethod);
  if (!methodStated) {
    warnings.push(
      warning('requests-no-method', {
        ja: '請求の方法（書面・メール・窓口など）や提出先が読み取れません。',
        en: 'How and where to make a request (in writing, by e-mail, at a desk) is not clear.',
      }, sections[0]?.id ?? null),
    );
  }
  return ruleResult(
    'requests-procedure',
    'met',
    { ja: '開示等の請求の手続が記載されています。', en: 'The procedure for requests for disclosure and other actions is stated.' },
    sections,
    warnings,
  );
}

export function checkRequestFee(doc: CheckedDocument): RuleResult {
  const sections = requestSections(doc);
  const charged = sections.map(structured).find((section) => section !== null && section.feeYen !== null);
  if (charged && charged.feeYen !== null) {
    const amount = charged.feeYen.toLocaleString('en-US');
    return ruleResult('request-fee', 'met', { ja: `手数料（${amount}円）が記載されています。`, en: `The fee (${amount} yen) is stated.` }, sections.filter((s) => s.id === charged.id));
  }
  const feeSentences = sections.flatMap((section) =>
    sentencesOf(section.text)
      .filter((sentence) => feeCue.test(sentence))
      .map((sentence) => ({ section, sentence })),
  );
  const withAmount = feeSentences.filter(({ sentence }) => findYenAmounts(sentence).length > 0);
  if (withAmount.length > 0) {
    return ruleResult('request-fee', 'met', { ja: '手数料の額が記載されています。', en: 'The amount of the fee is stated.' }, withAmount.map((entry) => entry.section));
  }
  const free = sections.filter((section) => matchesAny(section.text, cues.noFee));
  if (free.length > 0) {
    return ruleResult('request-fee', 'met', { ja: '手数料をとらない旨が記載されています。', en: 'The policy says no fee is charged.' }, free);
  }
  if (feeSentences.length > 0) {
    const sectionId = feeSentences[0]?.section.id ?? null;
    return ruleResult(
      'request-fee',
      'missing',
      {
        ja: '手数料をとる旨の記載はありますが、金額がありません。手数料を徴収する場合は、その額を記載してください。',
        en: 'A fee is mentioned without an amount. If a fee is charged, state the amount.',
      },
      feeSentences.map((entry) => entry.section),
      [warning('fee-without-amount', { ja: '「手数料」に金額（○○円）が書かれていません。', en: 'The fee has no amount in yen.' }, sectionId)],
    );
  }
  return ruleResult('request-fee', 'na', {
    ja: '手数料の記載はありません。手数料をとらない場合は記載不要ですが、とる場合はその額を記載してください。',
    en: 'No fee is mentioned. Nothing is needed if none is charged; if one is, state the amount.',
  });
}
