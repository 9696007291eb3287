import type { CheckedDocument } from './document';
import type { CheckerInventory, CheckerWarning, ResolvedFacts, RuleId, RuleResult } from './types';

/**
 * The inventory against the policy (issue 14 item 5): a purpose of use an inventory entry holds that the policy's
 * text does not state (Art. 17(1), 21, 32(1)(ii)), joint use recorded in the inventory while the policy states none
 * (Art. 27(5)(iii)), and provision abroad recorded while the policy states none (Art. 28). Each is a warning on the
 * rule it concerns, naming the entry, so the manager either adds it to the policy or corrects the inventory.
 */
const SHOWN = 5;

/** Compared without spaces, punctuation and a closing 「のため（に）」, so 「商品の発送のため」 matches 「商品の発送」. */
export function purposeKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s、。，．,.・「」『』（）()［］[\]：:；;！!？?]/g, '')
    .replace(/(のため(に)?|ため)$/u, '');
}

function listed(names: readonly string[], lang: 'ja' | 'en'): string {
  const shown = names.slice(0, SHOWN);
  const more = names.length - shown.length;
  if (lang === 'ja') return `「${shown.join('」「')}」${more > 0 ? `ほか${more}件` : ''}`;
  return `"${shown.join('", "')}"${more > 0 ? ` and ${more} more` : ''}`;
}

function warningsFor(doc: CheckedDocument, facts: ResolvedFacts, inventory: CheckerInventory): Partial<Record<RuleId, CheckerWarning[]>> {
  // The whole text's key only when there is a purpose to look for: it is a pass over every character of the policy.
  const text = inventory.purposes.length > 0 ? purposeKey(doc.raw) : '';
  const unstated = inventory.purposes.filter((row) => {
    const key = purposeKey(row.purpose);
    return key !== '' && !text.includes(key);
  });
  const out: Partial<Record<RuleId, CheckerWarning[]>> = {};
  if (unstated.length > 0) {
    const purposes = unstated.map((row) => row.purpose);
    const entries = [...new Set(unstated.map((row) => row.entryName))];
    out.purposes = [
      {
        code: 'inventory-purpose-unstated',
        sectionId: null,
        message: {
          ja: `個人情報管理台帳の利用目的${listed(purposes, 'ja')}（台帳の項目${listed(entries, 'ja')}）が、このポリシーに見当たりません。利用目的に加えるか、台帳を見直してください。`,
          en: `The inventory holds purposes of use the policy does not state: ${listed(purposes, 'en')} (entries ${listed(entries, 'en')}). Add them to the purposes, or correct the inventory.`,
        },
      },
    ];
  }
  if (inventory.jointUse.length > 0 && !facts.jointUse.value) {
    const entries = inventory.jointUse.map((row) => row.entryName);
    out['joint-use'] = [
      {
        code: 'inventory-joint-use-unstated',
        sectionId: null,
        message: {
          ja: `個人情報管理台帳では${listed(entries, 'ja')}を共同利用していますが、このポリシーは共同利用を記載していません。共同利用の事項（法第27条第5項第3号）を記載してください。`,
          en: `The inventory records joint use of ${listed(entries, 'en')}, but the policy states no joint use. State the joint-use items (Art. 27(5)(iii)).`,
        },
      },
    ];
  }
  if (inventory.abroad.length > 0 && !facts.crossBorder.value) {
    const entries = inventory.abroad.map((row) => (row.note ? `${row.entryName}（${row.note}）` : row.entryName));
    const entriesEn = inventory.abroad.map((row) => (row.note ? `${row.entryName} (${row.note})` : row.entryName));
    out['cross-border'] = [
      {
        code: 'inventory-abroad-unstated',
        sectionId: null,
        message: {
          ja: `個人情報管理台帳では${listed(entries, 'ja')}を外国にある第三者に提供していますが、このポリシーは外国への提供を記載していません（法第28条）。`,
          en: `The inventory records provision abroad of ${listed(entriesEn, 'en')}, but the policy states no provision to third parties abroad (Art. 28).`,
        },
      },
    ];
  }
  return out;
}

/** The rules' results with the inventory's warnings added to the rules they concern; without an inventory, as they were. */
export function withInventoryWarnings(results: RuleResult[], doc: CheckedDocument, facts: ResolvedFacts, inventory?: CheckerInventory): RuleResult[] {
  if (!inventory) return results;
  const extra = warningsFor(doc, facts, inventory);
  return results.map((result) => {
    const warnings = extra[result.id];
    return warnings ? { ...result, warnings: [...result.warnings, ...warnings] } : result;
  });
}
