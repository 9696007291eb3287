import { findCompanyNames } from '../../extract';
import { findTools } from '../../known-tools';
import { matchesAny, sentencesOf } from '../../text';
import { cues } from '../cues';
import { hasStructuredData, type CheckedDocument, type CheckedSection } from '../document';
import { ruleResult, warning } from '../result';
import type { CheckerWarning, ResolvedFacts, RuleResult } from '../types';

/**
 * Telecommunications Business Act Art. 27-12 (in force June 2023): for each tag or SDK that sends users'
 * information to another company, say what is sent, to whom and for what purpose, in an easily accessible
 * place (or get consent / offer opt-out). Structured rows must each name all three; in prose, a tool named
 * with no recipient or purpose nearby gets a warning.
 */
function transmissionSections(doc: CheckedDocument): CheckedSection[] {
  return doc.sections.filter(
    (section) =>
      section.kind === 'external_transmission' ||
      findTools(section.raw).length > 0 ||
      matchesAny(section.text, cues.externalTransmission) ||
      sentencesOf(section.text).some((sentence) => matchesAny(sentence, cues.cookie) && matchesAny(sentence, cues.cookieThirdParty)),
  );
}

function rowWarnings(section: CheckedSection): CheckerWarning[] {
  if (section.section.kind !== 'external_transmission') return [];
  return section.section.transmissions.flatMap((row, index) => {
    const gaps = [
      row.recipient.trim() === '' ? { ja: '送信先', en: 'recipient' } : null,
      `${row.dataSentJa}${row.dataSentEn}`.trim() === '' ? { ja: '送信される情報', en: 'information sent' } : null,
      `${row.purposeJa}${row.purposeEn}`.trim() === '' ? { ja: '利用目的', en: 'purpose' } : null,
    ].filter((gap) => gap !== null);
    if (gaps.length === 0) return [];
    const name = row.tool.trim() === '' ? `#${index + 1}` : row.tool;
    return [
      warning('external-tool-incomplete', {
        ja: `外部送信「${name}」の${gaps.map((gap) => gap.ja).join('・')}が記載されていません。`,
        en: `External transmission "${name}" has no ${gaps.map((gap) => gap.en).join(', ')}.`,
      }, section.id),
    ];
  });
}

/** A recipient is named when a company is (… Inc., 株式会社…) or the text says who receives the data. */
function namesRecipient(section: CheckedSection): boolean {
  return matchesAny(section.body, cues.recipient) || findCompanyNames(section.raw).length > 0;
}

function toolWarnings(section: CheckedSection): CheckerWarning[] {
  if (section.section.kind === 'external_transmission' && hasStructuredData(section.section)) return [];
  const recipient = namesRecipient(section);
  const purpose = matchesAny(section.body, cues.transmissionPurpose);
  if (recipient && purpose) return [];
  return findTools(section.raw).map((tool) =>
    warning('external-tool-unexplained', {
      ja: `「${tool.name}」について、${[recipient ? '' : '送信先', purpose ? '' : '利用目的'].filter((part) => part !== '').join('及び')}が記載されていません。`,
      en: `"${tool.name}" is named without ${[recipient ? '' : 'its recipient', purpose ? '' : 'its purpose'].filter((part) => part !== '').join(' or ')}.`,
    }, section.id),
  );
}

export function checkExternalTransmission(doc: CheckedDocument, facts: ResolvedFacts): RuleResult {
  if (!facts.externalTools.value) {
    return ruleResult('external-transmission', 'na', {
      ja: '外部送信（タグ、SDK等）は使用していません。',
      en: 'No external transmission (tags, SDKs) is used.',
    });
  }
  const sections = transmissionSections(doc);
  const warnings = sections.flatMap((section) => [...rowWarnings(section), ...toolWarnings(section)]);
  const rows = sections.flatMap((section) => (section.section.kind === 'external_transmission' ? section.section.transmissions : []));
  const explained =
    rows.length > 0
      ? rows.every((row) => row.recipient.trim() !== '' && `${row.dataSentJa}${row.dataSentEn}`.trim() !== '' && `${row.purposeJa}${row.purposeEn}`.trim() !== '')
      : sections.some(
          (section) => matchesAny(section.body, cues.dataSent) && namesRecipient(section) && matchesAny(section.body, cues.transmissionPurpose),
        );
  if (explained) {
    return ruleResult('external-transmission', 'met', {
      ja: '外部送信される情報、送信先及び利用目的が記載されています。',
      en: 'The information sent externally, its recipients and purposes are stated.',
    }, sections, warnings);
  }
  return ruleResult('external-transmission', 'missing', {
    ja: 'タグやSDKで外部に送信される情報について、送信される情報の内容、送信先、利用目的を記載してください（または同意の取得・オプトアウトの提供）。',
    en: 'For information sent to other companies by tags or SDKs, state what is sent, to whom and for what purpose (or obtain consent or offer an opt-out).',
  }, sections, warnings);
}
