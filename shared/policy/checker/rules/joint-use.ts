import type { LocalizedText } from '../../../errors';
import { matchesAny, normalizeForMatch } from '../../text';
import { cues } from '../cues';
import { hasStructuredData, type CheckedDocument, type CheckedSection } from '../document';
import { allQuotes, mergeEvidence, quotes } from '../evidence';
import { listOf, ruleResult, warning } from '../result';
import type { CheckerWarning, ResolvedFacts, RuleResult } from '../types';
import { jointUseStatedTwice } from './fact-duplicates';

/**
 * Art. 27(5)(iii): for joint use, the individual must be told in advance that data is used jointly, the items
 * used, the scope of the joint users, their purposes, and the name, address and (for a corporation)
 * representative of the one responsible. From structured fields when filled; otherwise each item must appear
 * with content after it — a heading such as 「共同利用する者の範囲」 followed by nothing states nothing.
 */
export type Item = 'items' | 'users' | 'purposes' | 'responsible';

export const itemLabels: Record<Item, LocalizedText> = {
  items: { ja: '共同して利用される個人データの項目', en: 'the items of personal data used jointly' },
  users: { ja: '共同して利用する者の範囲', en: 'the scope of the joint users' },
  purposes: { ja: '利用する者の利用目的', en: 'the purposes of the joint users' },
  responsible: { ja: '管理について責任を有する者の名称・住所・代表者', en: 'the name, address and representative of the person responsible' },
};

const itemCues: Record<Item, readonly RegExp[]> = {
  items: cues.jointItems,
  users: cues.jointUsers,
  purposes: cues.jointPurposes,
  responsible: cues.jointResponsible,
};

type ItemState = 'stated' | 'empty' | 'absent';

// Words that continue an item's label (「…責任を有する者の氏名又は名称、住所及び代表者の氏名」).
const labelTail = /の|氏名|名称|住所|代表者|及び|又は|並びに|、|,|name|address|representative|and|or|of|the|\s|[()]/g;

/** Whether an item's cue is followed, on its line or the next lines up to the next item, by any content. */
export function textItemState(lines: readonly string[], item: Item): ItemState {
  const all = Object.values(itemCues);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const match = itemCues[item].map((pattern) => pattern.exec(line)).find((found) => found !== null);
    if (!match) continue;
    // After a colon comes the content; without one, the rest of the line is still the item's label.
    const rest = line.slice(match.index + match[0].length);
    const colon = rest.indexOf(':');
    const following: string[] = [colon >= 0 ? rest.slice(colon + 1) : rest.replace(labelTail, '')];
    for (let j = i + 1; j < lines.length && !all.some((patterns) => matchesAny(lines[j] ?? '', patterns)); j++) following.push(lines[j] ?? '');
    const content = following.join('').replace(/[\s:;、,.。()「」『』【】\-・*※]|は次のとおり|は以下のとおり|as follows/g, '');
    return content.length >= 2 ? 'stated' : 'empty';
  }
  return 'absent';
}

function structuredStates(section: CheckedSection): Record<Item, ItemState> | null {
  const s = section.section;
  if (s.kind !== 'joint_use' || !hasStructuredData(s)) return null;
  const filled = (...values: string[]): ItemState => (values.some((value) => value.trim() !== '') ? 'stated' : 'absent');
  const responsible =
    filled(s.responsibleNameJa, s.responsibleNameEn) === 'stated' &&
    filled(s.responsibleAddressJa, s.responsibleAddressEn) === 'stated' &&
    filled(s.responsibleRepresentativeJa, s.responsibleRepresentativeEn) === 'stated';
  return {
    items: filled(s.jointItemsJa, s.jointItemsEn),
    users: filled(s.jointUsersJa, s.jointUsersEn),
    purposes: filled(s.jointPurposesJa, s.jointPurposesEn),
    responsible: responsible ? 'stated' : 'absent',
  };
}

export function checkJointUse(doc: CheckedDocument, facts: ResolvedFacts): RuleResult {
  if (!facts.jointUse.value) {
    return ruleResult('joint-use', 'na', { ja: '共同利用の記載は見つかりません。', en: 'No joint use is stated.' }, [], [], {
      lookedFor: { ja: '探したもの：共同利用の欄、または「共同利用」「共同して利用」の語（しない旨の文は除く）。', en: 'Looked for: a joint-use section, or the words "joint use" / "used jointly" (not in a sentence saying there is none).' },
    });
  }
  const sections = doc.sections.filter((section) => section.kind === 'joint_use' || matchesAny(section.text, cues.jointUse));
  const items: Item[] = ['items', 'users', 'purposes', 'responsible'];
  const states = new Map<Item, ItemState>(items.map((item) => [item, 'absent']));
  const better = (a: ItemState, b: ItemState): ItemState => (a === 'stated' || b === 'stated' ? 'stated' : a === 'empty' || b === 'empty' ? 'empty' : 'absent');
  for (const section of sections) {
    const fromData = structuredStates(section);
    // Prose only: the structured fields were judged above, and their printed form would restate them.
    const lines = normalizeForMatch(`${section.section.bodyJa}\n${section.section.bodyEn}`).split('\n');
    for (const item of items) {
      const state = better(fromData?.[item] ?? 'absent', textItemState(lines, item));
      states.set(item, better(states.get(item) ?? 'absent', state));
    }
  }
  const missing = items.filter((item) => states.get(item) !== 'stated');
  const warnings: CheckerWarning[] = items
    .filter((item) => states.get(item) === 'empty')
    .map((item) =>
      warning('joint-use-empty-item', {
        ja: `「${itemLabels[item].ja}」の見出しはありますが、内容が記載されていません。`,
        en: `The heading for ${itemLabels[item].en} is there, but nothing follows it.`,
      }, sections[0]?.id ?? null),
    );
  warnings.push(...jointUseStatedTwice(sections));
  const allCues = items.flatMap((item) => itemCues[item]);
  const evidence = mergeEvidence(
    quotes(sections, (sentence) => matchesAny(sentence.norm, cues.jointUse), 1),
    allQuotes(sections, (sentence) => matchesAny(sentence.norm, allCues), 4),
  );
  if (missing.length === 0) {
    return ruleResult('joint-use', 'met', { ja: '共同利用に必要な事項が記載されています。', en: 'The joint-use items are stated.' }, sections, warnings, { evidence });
  }
  const list = listOf(missing.map((item) => itemLabels[item]));
  return ruleResult(
    'joint-use',
    'missing',
    {
      ja: `共同利用について、次の事項が記載されていません：${list.ja}。共同利用を始める前に本人に通知し、又は容易に知り得る状態に置く必要があります。`,
      en: `For joint use, these are not stated: ${list.en}. They must be notified or made easily available before joint use begins.`,
    },
    sections,
    warnings,
    {
      evidence,
      lookedFor: {
        ja: '探したもの：共同利用の欄の各項目、または各事項の見出し・語（「共同して利用される個人データの項目」「共同して利用する者の範囲」「利用する者の利用目的」「管理について責任を有する者」）とその内容。',
        en: 'Looked for: the joint-use fields, or each item\'s label and its content (items used jointly, scope of joint users, their purposes, the person responsible).',
      },
    },
  );
}
