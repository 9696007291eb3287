import type { LocalizedText } from '../../../errors';
import { matchesAny, sentencesOf } from '../../text';
import { cues } from '../cues';
import { hasContent, type CheckedDocument, type CheckedSection } from '../document';
import { allQuotes, quotes } from '../evidence';
import { listOf, ruleResult, warning } from '../result';
import type { CheckerWarning, ResolvedFacts, RuleResult } from '../types';

/**
 * Art. 32(1)(iv) with Cabinet Order Art. 10(i): the security control measures taken must be made known. The
 * guidelines (GL 10) describe them as organizational, human, physical and technical measures, plus an
 * understanding of the foreign environment where data is handled abroad (GL 10-7); a policy that covers only
 * some of them gets a warning naming the rest.
 */
function securitySections(doc: CheckedDocument): CheckedSection[] {
  return doc.sections.filter(
    (section) =>
      (section.kind === 'security_measures' && hasContent(section)) ||
      sentencesOf(section.text).some((sentence) => matchesAny(sentence, cues.security) && matchesAny(sentence, cues.securityAction)),
  );
}

const categories: readonly { patterns: readonly RegExp[]; label: LocalizedText }[] = [
  { patterns: cues.securityOrganizational, label: { ja: '組織的', en: 'organizational' } },
  { patterns: cues.securityHuman, label: { ja: '人的', en: 'human' } },
  { patterns: cues.securityPhysical, label: { ja: '物理的', en: 'physical' } },
  { patterns: cues.securityTechnical, label: { ja: '技術的', en: 'technical' } },
];

export function checkSecurityMeasures(doc: CheckedDocument, facts: ResolvedFacts): RuleResult {
  const sections = securitySections(doc);
  if (sections.length === 0) {
    return ruleResult('security-measures', 'missing', {
      ja: '安全管理措置の記載が見つかりません。組織的・人的・物理的・技術的安全管理措置の内容を記載してください。',
      en: 'No security control measures were found. Describe the organizational, human, physical and technical measures taken.',
    }, [], [], {
      lookedFor: {
        ja: '探したもの：安全管理措置の欄、または漏えい・不正アクセス等の防止と措置・対策を述べる文。',
        en: 'Looked for: a security-measures section, or a sentence about preventing leaks, loss or unauthorized access together with the measures taken.',
      },
    });
  }
  // Prefer the dedicated sections when there are any: a passing mention elsewhere is not a description.
  const dedicated = sections.filter((section) => section.kind === 'security_measures');
  const described = dedicated.length > 0 ? dedicated : sections;
  const text = described.map((section) => section.body).join('\n');
  const absent = categories.filter((category) => !matchesAny(text, category.patterns)).map((category) => category.label);
  const warnings: CheckerWarning[] = [];
  const first = described[0]?.id ?? null;
  if (absent.length > 0) {
    const list = listOf(absent);
    warnings.push(
      warning('security-categories', {
        ja: `${list.ja}安全管理措置の内容が読み取れません。講じている措置を具体的に記載してください。`,
        en: `No ${list.en} measures are described. Say what measures are taken.`,
      }, first),
    );
  }
  if (facts.crossBorder.value && !matchesAny(text, cues.foreignEnvironment)) {
    warnings.push(
      warning('security-foreign-environment', {
        ja: '外国で個人データを取り扱う場合は、当該国の個人情報保護制度を把握したうえで安全管理措置を講じている旨（外的環境の把握）を記載してください。',
        en: "Personal data is handled abroad: say that the measures take account of that country's personal information protection system (understanding the foreign environment).",
      }, first),
    );
  }
  const strict = allQuotes(described, (sentence) => matchesAny(sentence.norm, cues.security) && matchesAny(sentence.norm, cues.securityAction), 3);
  const byCategory = allQuotes(described, (sentence) => categories.some((category) => matchesAny(sentence.norm, category.patterns)) && matchesAny(sentence.norm, cues.securityAction), 3);
  const evidence = strict.length > 0 ? strict : byCategory.length > 0 ? byCategory : quotes(described, (sentence) => !sentence.heading);
  return ruleResult('security-measures', 'met', { ja: '安全管理措置が記載されています。', en: 'The security control measures are stated.' }, described, warnings, { evidence });
}
