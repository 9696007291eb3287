import type { LocalizedText } from '../../errors';
import { ruleCitations } from './citations';
import type { CheckedSection } from './document';
import { headingQuote, mergeEvidence } from './evidence';
import { ruleLevelOf } from './levels';
import type { CheckerWarning, Evidence, RuleId, RuleResult, RuleStatus } from './types';

export interface Findings {
  /** The sentences that meet the rule (or came closest). Without them a met rule quotes its sections' headings. */
  readonly evidence?: readonly Evidence[];
  /** What was looked for and not found (missing or not applicable). */
  readonly lookedFor?: LocalizedText;
}

/**
 * Builds a rule's result with its level and citation; section ids in policy order, each once (the sections of
 * the evidence included).
 */
export function ruleResult(
  id: RuleId,
  status: RuleStatus,
  message: LocalizedText,
  sections: readonly CheckedSection[] = [],
  warnings: readonly CheckerWarning[] = [],
  findings: Findings = {},
): RuleResult {
  const evidence = mergeEvidence(findings.evidence ?? (status === 'met' ? sections.flatMap(headingQuote) : []));
  const ids = [...sections.map((section) => section.id), ...evidence.map((entry) => entry.sectionId)];
  return {
    id,
    level: ruleLevelOf(id),
    status,
    citation: ruleCitations[id],
    message,
    sectionIds: [...new Set(ids)],
    evidence,
    lookedFor: findings.lookedFor ?? null,
    warnings: [...warnings],
  };
}

export function warning(code: string, message: LocalizedText, sectionId: string | null = null): CheckerWarning {
  return { code, message, sectionId };
}

/** Joins localized fragments into a list for a message: 「名称、住所」 / "name, address". */
export function listOf(items: readonly LocalizedText[]): LocalizedText {
  return { ja: items.map((item) => item.ja).join('、'), en: items.map((item) => item.en).join(', ') };
}
