import { z } from 'zod';
import { dataItemCatalog, dataItemCodes, type DataItemCode } from './incident-items';
import { isoDateField } from './incident-instant';
import { idField, isoTimestamp, optionalText, requiredText, revisionField } from '../validation/fields';

/**
 * 個人情報管理台帳: one entry per data set a company holds (JIS Q 15001's inventory; appi.md §7), the basis of the
 * safety measures of APPI Art. 23, which the PPC guideline (通則編 10) sorts into four categories: organisational
 * (組織的), human (人的), physical (物理的) and technical (技術的) measures. Items share the incident's catalogue
 * (incident-items.ts), so an incident that picks the entries it touches gets its items proposed from them.
 */
export const inventorySubjects = [
  'customers',
  'prospects',
  'members',
  'employees',
  'former_employees',
  'applicants',
  'business_contacts',
  'shareholders',
  'family',
  'other',
] as const;
export type InventorySubject = (typeof inventorySubjects)[number];

/** How the data was acquired: directly in writing (Art. 21(2) asks the purpose be stated beforehand), otherwise … */
export const acquisitionKinds = ['direct_written', 'direct_other', 'third_party', 'public', 'entrusted', 'other'] as const;
export type AcquisitionKind = (typeof acquisitionKinds)[number];

export const storageMedia = ['electronic', 'paper', 'both'] as const;
export type StorageMedium = (typeof storageMedia)[number];

export const DEFAULT_REVIEW_MONTHS = 12;

export const otherHeldItem = z
  .object({
    itemName: requiredText(100),
    /** 要配慮個人情報 (Art. 2(3)) outside the catalogue. */
    itemSensitive: z.boolean().default(false),
  })
  .strict();
export type OtherHeldItem = z.output<typeof otherHeldItem>;

const countField = z.number({ error: 'count' }).int({ error: 'count' }).min(0, { error: 'count' }).max(1_000_000_000, { error: 'count' });
const monthsField = z.number({ error: 'reviewMonths' }).int({ error: 'reviewMonths' }).min(1, { error: 'reviewMonths' }).max(60, { error: 'reviewMonths' });

const inventoryFields = z.object({
  companyId: idField,
  entryName: requiredText(200),
  subjects: z.array(z.enum(inventorySubjects, { error: 'invalidChoice' })).max(inventorySubjects.length, { error: 'tooMany' }).default([]),
  subjectsNote: optionalText(400),
  heldItems: z.array(z.enum(dataItemCodes, { error: 'invalidChoice' })).max(dataItemCodes.length, { error: 'tooMany' }).default([]),
  otherHeldItems: z.array(otherHeldItem).max(50, { error: 'tooMany' }).default([]),
  /** The number of people (本人の数); null when not counted. */
  peopleCount: countField.nullable().default(null),
  purposes: z.array(requiredText(400)).max(30, { error: 'tooMany' }).default([]),
  acquisition: z.enum(acquisitionKinds, { error: 'invalidChoice' }),
  acquisitionNote: optionalText(400),
  storageMedium: z.enum(storageMedia, { error: 'invalidChoice' }),
  storageSystem: optionalText(200),
  storageLocation: optionalText(200),
  /** '' = Japan. Storing abroad is a safety-measure matter (GL 10-7: 外的環境の把握). */
  storageCountry: optionalText(100),
  accessScope: optionalText(400),
  retention: optionalText(200),
  disposal: optionalText(400),
  entrusteeIds: z.array(idField).max(50, { error: 'tooMany' }).default([]),
  thirdPartyProvision: z.boolean().default(false),
  thirdPartyNote: optionalText(400),
  jointUse: z.boolean().default(false),
  jointUseNote: optionalText(400),
  abroad: z.boolean().default(false),
  abroadNote: optionalText(400),
  risks: optionalText(2000),
  measuresOrganizational: optionalText(2000),
  measuresHuman: optionalText(2000),
  measuresPhysical: optionalText(2000),
  measuresTechnical: optionalText(2000),
  ownerDepartment: optionalText(200),
  lastReviewedOn: isoDateField.nullable().default(null),
  reviewMonths: monthsField.default(DEFAULT_REVIEW_MONTHS),
});

/** Sets are kept in the catalogue's order and without repeats, so equal entries compare equal. */
function canonical<T extends { subjects: InventorySubject[]; heldItems: DataItemCode[]; entrusteeIds: number[] }>(value: T): T {
  return {
    ...value,
    subjects: inventorySubjects.filter((subject) => value.subjects.includes(subject)),
    heldItems: dataItemCodes.filter((code) => value.heldItems.includes(code)),
    entrusteeIds: [...new Set(value.entrusteeIds)].sort((a, b) => a - b),
  };
}

function checkNotes(value: { thirdPartyProvision: boolean; jointUse: boolean; abroad: boolean; abroadNote: string }, ctx: z.RefinementCtx) {
  // Provision abroad must say where (Art. 28; Rule 17: the country is what the person is told).
  if (value.abroad && value.abroadNote === '') ctx.addIssue({ code: 'custom', message: 'required', path: ['abroadNote'] });
}

export const inventoryInput = inventoryFields.strict().superRefine(checkNotes).transform(canonical);
export type InventoryInput = z.input<typeof inventoryInput>;
export type InventoryValues = z.output<typeof inventoryInput>;

export const inventoryUpdateInput = inventoryFields
  .extend({ id: idField, revision: revisionField })
  .strict()
  .superRefine(checkNotes)
  .transform(canonical);

export const inventoryEntry = inventoryFields.extend({
  id: z.number().int(),
  revision: z.number().int(),
  companyName: z.string(),
  entrusteeNames: z.array(z.string()),
  /** Last review + review months; null when never reviewed (shown as 未見直し, counted as due). */
  nextReviewOn: z.string().nullable(),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
});
export type InventoryEntry = z.output<typeof inventoryEntry>;

/** An entry as the list shows it: enough for the table, the review chip and the incident's picker. */
export const inventorySummary = z.object({
  id: z.number().int(),
  companyId: z.number().int(),
  companyName: z.string(),
  entryName: z.string(),
  peopleCount: z.number().int().nullable(),
  heldItems: z.array(z.enum(dataItemCodes)),
  otherHeldItems: z.array(z.object({ itemName: z.string(), itemSensitive: z.boolean() })),
  sensitive: z.boolean(),
  ownerDepartment: z.string(),
  lastReviewedOn: z.string().nullable(),
  nextReviewOn: z.string().nullable(),
  revision: z.number().int(),
});
export type InventorySummary = z.output<typeof inventorySummary>;

export function entryHoldsSensitive(entry: { heldItems: readonly DataItemCode[]; otherHeldItems: readonly OtherHeldItem[] }): boolean {
  return entry.heldItems.some((code) => dataItemCatalog[code].sensitive) || entry.otherHeldItems.some((item) => item.itemSensitive);
}
