import type { LocalizedText } from '../../errors';
import { ruleCitations } from './citations';
import type { CheckedSection } from './document';
import type { CheckerWarning, RuleId, RuleResult, RuleStatus } from './types';

/** Builds a rule's result with its citation; section ids in policy order, each once. */
export function ruleResult(
  id: RuleId,
  status: RuleStatus,
  message: LocalizedText,
  sections: readonly CheckedSection[] = [],
  warnings: readonly CheckerWarning[] = [],
): RuleResult {
  return {
    id,
    status,
    citation: ruleCitations[id],
    message,
    sectionIds: [...new Set(sections.map((section) => section.id))],
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
