import type { LocalizedText } from '../../../errors';
import { findCompanyNames } from '../../extract';
import { findTools } from '../../known-tools';
import { matchesAny, sentencesOf } from '../../text';
import { cues } from '../cues';
import { hasStructuredData, type CheckedDocument, type CheckedSection } from '../document';
import { allQuotes, mergeEvidence, type Sentence } from '../evidence';
import { ruleResult, warning } from '../result';
import type { CheckerWarning, ResolvedFacts, RuleResult } from '../types';

/**
 * Telecommunications Business Act Art. 27-12 (in force June 2023): for each tag or SDK that sends users'
 * information to another company, say what is sent, to whom and for what purpose, in an easily accessible
 * place (or get consent / offer opt-out). Structured rows must each name all three. Prose counts as much as a
 * table (appi.md §5): a paragraph that says what is sent, to which tools or kinds of recipients ("third parties
 * that deliver advertisements", 「広告配信事業者」) and why states it, with or without an opt-out.
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

/** Who receives: a company (… Inc., 株式会社…), a named tool, words that say who, or a kind of recipient. */
const recipientTest = (sentence: Pick<Sentence, 'norm' | 'raw'>): boolean =>
  matchesAny(sentence.norm, cues.recipient) ||
  matchesAny(sentence.norm, cues.recipientKind) ||
  findCompanyNames(sentence.raw).length > 0 ||
  findTools(sentence.raw).length > 0;
const dataTest = (sentence: Pick<Sentence, 'norm'>): boolean => matchesAny(sentence.norm, cues.dataSent) || matchesAny(sentence.norm, cues.cookie);
const purposeTest = (sentence: Pick<Sentence, 'norm'>): boolean => matchesAny(sentence.norm, cues.transmissionPurpose);

interface Reading {
  readonly data: boolean;
  readonly recipient: boolean;
  readonly purpose: boolean;
}

/** What a section's prose says about the transmission: read over the whole section (a paragraph, not one sentence). */
function readingOf(section: CheckedSection): Reading {
  const body = section.sentences.filter((sentence) => !sentence.heading);
  return { data: body.some(dataTest), recipient: body.some(recipientTest), purpose: body.some(purposeTest) };
}

function toolWarnings(section: CheckedSection): CheckerWarning[] {
  if (section.section.kind === 'external_transmission' && hasStructuredData(section.section)) return [];
  const { recipient, purpose } = readingOf(section);
  if (recipient && purpose) return [];
  return findTools(section.raw).map((tool) =>
    warning('external-tool-unexplained', {
      ja: `「${tool.name}」について、${[recipient ? '' : '送信先', purpose ? '' : '利用目的'].filter((part) => part !== '').join('及び')}が記載されていません。`,
      en: `"${tool.name}" is named without ${[recipient ? '' : 'its recipient', purpose ? '' : 'its purpose'].filter((part) => part !== '').join(' or ')}.`,
    }, section.id),
  );
}

const lookedFor: LocalizedText = {
  ja: '探したもの：外部送信の欄、またはタグ・SDK・第三者のCookie等を述べる段落と、そこに書かれた送信される情報、送信先（ツール名・事業者名・「広告配信事業者」のような送信先の種類）、利用目的。',
  en: 'Looked for: the external-transmission table, or a paragraph about tags, SDKs or third-party cookies saying what is sent, to which tools, companies or kinds of recipients, and why.',
};

const partLabels = {
  data: { ja: '送信される情報', en: 'what is sent' },
  recipient: { ja: '送信先', en: 'the recipients' },
  purpose: { ja: '利用目的', en: 'the purpose' },
} satisfies Record<keyof Reading, LocalizedText>;

export function checkExternalTransmission(doc: CheckedDocument, facts: ResolvedFacts): RuleResult {
  if (!facts.externalTools.value) {
    return ruleResult('external-transmission', 'na', {
      ja: '外部送信（タグ、SDK、第三者のCookie等）の記載は見つかりません。',
      en: 'No external transmission (tags, SDKs, third-party cookies) is stated.',
    }, [], [], { lookedFor });
  }
  const sections = transmissionSections(doc);
  const warnings = sections.flatMap((section) => [...rowWarnings(section), ...toolWarnings(section)]);
  const rows = sections.flatMap((section) => (section.section.kind === 'external_transmission' ? section.section.transmissions : []));
  const explainedSections = sections.filter((section) => {
    const reading = readingOf(section);
    return reading.data && reading.recipient && reading.purpose;
  });
  const explained =
    rows.length > 0
      ? rows.every((row) => row.recipient.trim() !== '' && `${row.dataSentJa}${row.dataSentEn}`.trim() !== '' && `${row.purposeJa}${row.purposeEn}`.trim() !== '')
      : explainedSections.length > 0;
  const quoted = explainedSections.length > 0 ? explainedSections : sections;
  const evidence = mergeEvidence(
    allQuotes(quoted, (sentence) => recipientTest(sentence) && (dataTest(sentence) || purposeTest(sentence)), 3),
    allQuotes(quoted, (sentence) => matchesAny(sentence.norm, cues.optOut), 1),
  );
  if (explained) {
    return ruleResult('external-transmission', 'met', {
      ja: '外部送信される情報、送信先及び利用目的が記載されています。',
      en: 'The information sent externally, its recipients and purposes are stated.',
    }, quoted, warnings, { evidence });
  }
  const union = sections.map(readingOf).reduce<Reading>((a, b) => ({ data: a.data || b.data, recipient: a.recipient || b.recipient, purpose: a.purpose || b.purpose }), { data: false, recipient: false, purpose: false });
  const absent = (Object.keys(partLabels) as (keyof Reading)[]).filter((part) => !union[part]).map((part) => partLabels[part]);
  const gap = absent.length > 0 && absent.length < 3
    ? { ja: `（見つからないもの：${absent.map((part) => part.ja).join('、')}）`, en: ` (not found: ${absent.map((part) => part.en).join(', ')})` }
    : { ja: '', en: '' };
  return ruleResult('external-transmission', 'missing', {
    ja: `タグやSDKで外部に送信される情報について、送信される情報の内容、送信先、利用目的を記載してください（または同意の取得・オプトアウトの提供）${gap.ja}。`,
    en: `For information sent to other companies by tags or SDKs, state what is sent, to whom and for what purpose (or obtain consent or offer an opt-out)${gap.en}.`,
  }, sections, warnings, { evidence, lookedFor });
}
