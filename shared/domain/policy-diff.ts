import { z } from 'zod';
import { policySection, type PolicySection } from '../policy/model';
import { sectionHeadings } from '../policy/numbering';
import { sectionKinds } from '../policy/vocabulary';
import { policyVersionSummary } from './policy-version';

/**
 * What changed between two versions, section by section. Sections are matched by their stable id (kept when a
 * draft starts from a published version), not by position or heading, so a renamed or moved article is still
 * the same article. A kept section whose place among the kept sections changed is `moved`; one whose content
 * changed is `changed` (and `moved` says whether it also moved). Pure: the UI can diff unsaved text too.
 */
export const diffStatuses = ['added', 'removed', 'changed', 'moved', 'unchanged'] as const;
export type DiffStatus = (typeof diffStatuses)[number];

export const sectionDiff = z.object({
  sectionId: z.string(),
  status: z.enum(diffStatuses),
  moved: z.boolean(),
  kind: z.enum(sectionKinds),
  /** Zero-based positions in each version; null where the section is absent. */
  fromPosition: z.number().int().nullable(),
  toPosition: z.number().int().nullable(),
  /**
   * The heading as the version prints it (shared/policy/numbering.ts) — the newer version's, or the older one's for a
   * removed section — so the diff names an article by the number the document gives it, not by its position.
   */
  heading: z.object({ ja: z.string(), en: z.string() }),
  /** The fields whose values differ (headingJa, bodyEn, rows, feeYen …); [] unless changed. */
  changedFields: z.array(z.string()),
  before: policySection.nullable(),
  after: policySection.nullable(),
});
export type SectionDiff = z.output<typeof sectionDiff>;

export const diffCounts = z.object(Object.fromEntries(diffStatuses.map((status) => [status, z.number().int()])) as Record<DiffStatus, z.ZodNumber>);
export type DiffCounts = z.output<typeof diffCounts>;

export const policyDiff = z.object({
  from: policyVersionSummary,
  to: policyVersionSummary,
  sections: z.array(sectionDiff),
  counts: diffCounts,
});
export type PolicyDiff = z.output<typeof policyDiff>;

/** The fields of two sections with different values (all of them, by name, in a stable order). */
export function changedFields(before: PolicySection, after: PolicySection): string[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((key) => key !== 'id');
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  return keys.filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]));
}

/** Ids on a longest common subsequence of two orders: the kept sections that did not move. */
function stayedInPlace(from: readonly string[], to: readonly string[]): Set<string> {
  const lengths = Array.from({ length: from.length + 1 }, () => new Array<number>(to.length + 1).fill(0));
  for (let i = from.length - 1; i >= 0; i--) {
    for (let j = to.length - 1; j >= 0; j--) {
      lengths[i]![j] = from[i] === to[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  const stayed = new Set<string>();
  for (let i = 0, j = 0; i < from.length && j < to.length; ) {
    if (from[i] === to[j]) {
      stayed.add(from[i]!);
      i++;
      j++;
    } else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) i++;
    else j++;
  }
  return stayed;
}

/**
 * The sections in the order of the newer version, each removed section placed after the section that
 * preceded it in the older one (or first), so a reader sees it where it used to be.
 */
export function diffSections(from: readonly PolicySection[], to: readonly PolicySection[]): SectionDiff[] {
  const fromIndex = new Map(from.map((section, index) => [section.id, index]));
  const toIndex = new Map(to.map((section, index) => [section.id, index]));
  const kept = (order: readonly PolicySection[], other: Map<string, number>) =>
    order.filter((section) => other.has(section.id)).map((section) => section.id);
  const stayed = stayedInPlace(kept(from, toIndex), kept(to, fromIndex));
  const printed = (sections: readonly PolicySection[]) => {
    const [ja, en] = [sectionHeadings(sections, 'ja'), sectionHeadings(sections, 'en')];
    return (index: number) => ({ ja: ja[index]?.text ?? '', en: en[index]?.text ?? '' });
  };
  const [headingFrom, headingTo] = [printed(from), printed(to)];

  const entryOf = (before: PolicySection | null, after: PolicySection | null): SectionDiff => {
    const section = (after ?? before)!;
    const fields = before && after ? changedFields(before, after) : [];
    const moved = before !== null && after !== null && !stayed.has(section.id);
    const status: DiffStatus = !before ? 'added' : !after ? 'removed' : fields.length > 0 ? 'changed' : moved ? 'moved' : 'unchanged';
    return {
      sectionId: section.id,
      status,
      moved,
      kind: section.kind,
      fromPosition: before ? fromIndex.get(section.id)! : null,
      toPosition: after ? toIndex.get(section.id)! : null,
      heading: after ? headingTo(toIndex.get(section.id)!) : headingFrom(fromIndex.get(section.id)!),
      changedFields: fields,
      before,
      after,
    };
  };

  const removedAfter = new Map<string | null, PolicySection[]>();
  let anchor: string | null = null;
  for (const section of from) {
    if (toIndex.has(section.id)) anchor = section.id;
    else removedAfter.set(anchor, [...(removedAfter.get(anchor) ?? []), section]);
  }
  const result: SectionDiff[] = (removedAfter.get(null) ?? []).map((section) => entryOf(section, null));
  for (const section of to) {
    const index = fromIndex.get(section.id);
    result.push(entryOf(index === undefined ? null : from[index]!, section));
    for (const removed of removedAfter.get(section.id) ?? []) result.push(entryOf(removed, null));
  }
  return result;
}

export function countDiff(sections: readonly SectionDiff[]): DiffCounts {
  const counts = Object.fromEntries(diffStatuses.map((status) => [status, 0])) as DiffCounts;
  for (const section of sections) counts[section.status]++;
  return counts;
}
