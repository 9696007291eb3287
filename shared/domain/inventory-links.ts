import { z } from 'zod';
import { dataItemCodes, type DataItemCode } from './incident-items';
import type { InventorySummary } from './inventory';

/**
 * What an incident's items and number of people are proposed as, from the inventory entries it touches: the union
 * of their items (in the catalogue's order) and, as the upper bound of people, the sum of their counts — a person
 * may be in several data sets, so the sum can only overstate (Rule Art. 8(1)(iii) lets the report give an upper
 * bound). The incident form shows the proposal; the user applies it and may still edit every value.
 */
export const incidentProposal = z.object({
  dataItems: z.array(z.enum(dataItemCodes)),
  otherDataItems: z.array(z.string()),
  sensitive: z.boolean(),
  /** Null when no touched entry has a count. */
  individualsUpperBound: z.number().int().nullable(),
  /** Entries without a count: the bound leaves them out, so the form says so. */
  uncountedEntries: z.array(z.string()),
});
export type IncidentProposal = z.output<typeof incidentProposal>;

export function proposeFromEntries(entries: readonly InventorySummary[]): IncidentProposal {
  const codes = new Set<DataItemCode>();
  const others: string[] = [];
  let sensitive = false;
  let bound: number | null = null;
  const uncounted: string[] = [];
  for (const entry of entries) {
    for (const code of entry.heldItems) codes.add(code);
    for (const item of entry.otherHeldItems) if (!others.includes(item.itemName)) others.push(item.itemName);
    sensitive ||= entry.sensitive;
    if (entry.peopleCount === null) uncounted.push(entry.entryName);
    else bound = (bound ?? 0) + entry.peopleCount;
  }
  return {
    dataItems: dataItemCodes.filter((code) => codes.has(code)),
    otherDataItems: others.slice(0, 30),
    sensitive,
    individualsUpperBound: bound,
    uncountedEntries: uncounted,
  };
}
