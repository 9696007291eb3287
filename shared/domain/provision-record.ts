import { z } from 'zod';
import { provisionDirections, recordForms } from '../appi/provision-retention';
import { isoDateField } from './incident-instant';
import { idField, isoTimestamp, optionalText, requiredText, revisionField } from '../validation/fields';

export { provisionDirections, recordForms, type ProvisionDirection, type RecordForm } from '../appi/provision-retention';

/**
 * A record of provision of personal data to a third party (APPI Art. 29) or of receipt from one (Art. 30).
 * Provision under Art. 27(1) (law, life, public health, authorities, research) or 27(5) (entrustment, succession,
 * joint use) needs no record (Art. 29(1) and 30(1) provisos), so the basis is consent or the opt-out (Art. 27(2)).
 */
export const provisionBases = ['consent', 'opt_out'] as const;
export type ProvisionBasis = (typeof provisionBases)[number];

const provisionFields = z.object({
  companyId: idField,
  direction: z.enum(provisionDirections, { error: 'invalidChoice' }),
  recordForm: z.enum(recordForms, { error: 'invalidChoice' }),
  /** The recipient (provided) or the provider (received). */
  counterparty: requiredText(200),
  counterpartyAddress: optionalText(400),
  counterpartyRepresentative: optionalText(200),
  /** The day of the (first) provision or receipt. */
  firstOn: isoDateField,
  /** The last provision a bundled or contract record covers; the same day for a record per provision. */
  lastOn: isoDateField.nullable().default(null),
  /** The day the record was made: a per-provision record's retention counts from it (Art. 29(2), 30(4)). */
  recordedOn: isoDateField.nullable().default(null),
  /** What identifies the person concerned (本人を特定するに足りる事項). */
  person: requiredText(400),
  provisionItems: requiredText(1000),
  provisionBasis: z.enum(provisionBases, { error: 'invalidChoice' }),
  /** Art. 30(1)(ii): how the provider obtained the data. */
  providerAcquisition: optionalText(1000),
  /** Receipt under the opt-out: the PPC published the provider's notification (Art. 27(4)). */
  ppcPublished: z.boolean().default(false),
  provisionNote: optionalText(2000),
});

type ProvisionShape = z.output<typeof provisionFields>;

/**
 * Across fields, each naming the field to fix: a receipt names the provider's address and how they obtained the
 * data (Art. 30(1)(i), (ii)); a record per provision covers one day; a range runs forwards.
 */
function checkProvision(value: ProvisionShape, ctx: z.RefinementCtx) {
  const issue = (message: string, path: string[]) => ctx.addIssue({ code: 'custom', message, path });
  if (value.direction === 'received') {
    if (value.counterpartyAddress === '') issue('providerAddressMissing', ['counterpartyAddress']);
    if (value.providerAcquisition === '') issue('providerAcquisitionMissing', ['providerAcquisition']);
  }
  if (value.direction === 'provided' && value.ppcPublished) issue('ppcPublishedReceiptOnly', ['ppcPublished']);
  if (value.lastOn !== null) {
    if (value.lastOn < value.firstOn) issue('dateOrder', ['lastOn']);
    else if (value.recordForm === 'per_provision' && value.lastOn !== value.firstOn) issue('perProvisionOneDay', ['lastOn']);
  }
}

/** Defaults made explicit, so what is stored is what the retention was computed from. */
function settle<T extends ProvisionShape>(value: T) {
  const lastOn = value.lastOn ?? value.firstOn;
  return { ...value, lastOn, recordedOn: value.recordedOn ?? value.firstOn };
}

export const provisionInput = provisionFields.strict().superRefine(checkProvision).transform(settle);
export type ProvisionInput = z.input<typeof provisionInput>;
export type ProvisionValues = z.output<typeof provisionInput>;

export const provisionUpdateInput = provisionFields
  .extend({ id: idField, revision: revisionField })
  .strict()
  .superRefine(checkProvision)
  .transform(settle);

export const provisionRecord = provisionFields.extend({
  id: z.number().int(),
  lastOn: z.string(),
  recordedOn: z.string(),
  /** Computed from the form and dates (shared/appi/provision-retention.ts); kept for the list's index. */
  retainUntil: z.string(),
  retentionYears: z.number().int(),
  companyName: z.string(),
  revision: z.number().int(),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
});
export type ProvisionRecord = z.output<typeof provisionRecord>;
