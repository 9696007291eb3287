import { z } from 'zod';
import { isoDateField } from './incident-instant';
import { idField, isoTimestamp, optionalText, requiredText, revisionField } from '../validation/fields';

/**
 * 開示等の請求・苦情 received at a desk (APPI Art. 32(2), 33–35, 40). A request records who asked only as far as
 * needed to answer it (kept minimal): a name or a reference, not a copy of their identity documents.
 */
export const requestKinds = [
  'purpose_notice', // Art. 32(2): notification of the purposes of use
  'disclosure', // Art. 33(1): disclosure, incl. by electronic record
  'record_disclosure', // Art. 33(5): disclosure of third-party provision records
  'correction', // Art. 34: correction, addition or deletion
  'cessation_of_use', // Art. 35(1), (5): cessation of use or erasure
  'cessation_of_provision', // Art. 35(3), (5): cessation of provision to third parties
  'complaint', // Art. 40: complaint about the handling
  'consultation', // a question or consultation, no statutory procedure
] as const;
export type RequestKind = (typeof requestKinds)[number];

export const requestChannels = ['phone', 'email', 'post', 'in_person', 'web_form', 'other'] as const;
export type RequestChannel = (typeof requestChannels)[number];

/** Art. 37(3): a request may be made through an agent (a legal representative or a proxy the person appointed). */
export const requesterRoles = ['self', 'legal_representative', 'proxy', 'unknown'] as const;
export type RequesterRole = (typeof requesterRoles)[number];

export const identityChecks = ['not_needed', 'pending', 'verified', 'failed'] as const;
export type IdentityCheck = (typeof identityChecks)[number];

/** Art. 33(1) and (2): the person may ask for an electronic record; paper is the fallback the Act names. */
export const disclosureMethods = ['', 'electronic', 'paper', 'other'] as const;
export type DisclosureMethod = (typeof disclosureMethods)[number];

export const responseMethods = ['', 'post', 'email', 'electronic', 'phone', 'in_person', 'other'] as const;
export type ResponseMethod = (typeof responseMethods)[number];

export const requestOutcomes = ['pending', 'complied', 'partially_complied', 'refused', 'withdrawn'] as const;
export type RequestOutcome = (typeof requestOutcomes)[number];

/** Outcomes that decline all or part of what was asked: Art. 36 asks for the reasons to be explained. */
export const declinedOutcomes: readonly RequestOutcome[] = ['partially_complied', 'refused'];

/** The only kinds the Act lets a business charge a fee for (Art. 38(1)). */
export const feeKinds: readonly RequestKind[] = ['purpose_notice', 'disclosure', 'record_disclosure'];

/** The internal response target a company starts with; the law says only 遅滞なく (without delay). */
export const DEFAULT_RESPONSE_DAYS = 14;
export const MAX_RESPONSE_DAYS = 365;
export const responseDaysField = z
  .number({ error: 'wholeNumber' })
  .int({ error: 'wholeNumber' })
  .min(1, { error: 'responseDays' })
  .max(MAX_RESPONSE_DAYS, { error: 'responseDays' });

export const requestStep = z
  .object({
    doneOn: isoDateField,
    stepNote: requiredText(400),
  })
  .strict();
export type RequestStep = z.output<typeof requestStep>;

const requestFields = z.object({
  companyId: idField,
  receivingDeskId: idField.nullable().default(null),
  receivedOn: isoDateField,
  channel: z.enum(requestChannels, { error: 'invalidChoice' }),
  requester: optionalText(200),
  requesterRole: z.enum(requesterRoles, { error: 'invalidChoice' }).default('self'),
  requestKind: z.enum(requestKinds, { error: 'invalidChoice' }),
  requestSummary: requiredText(2000),
  disclosureMethod: z.enum(disclosureMethods, { error: 'invalidChoice' }).default(''),
  identityCheck: z.enum(identityChecks, { error: 'invalidChoice' }).default('pending'),
  identityMethod: optionalText(400),
  feeYen: z.number({ error: 'wholeNumber' }).int({ error: 'wholeNumber' }).min(0, { error: 'wholeNumber' }).max(1_000_000, { error: 'feeTooHigh' }).default(0),
  feeReceivedOn: isoDateField.nullable().default(null),
  responseMethod: z.enum(responseMethods, { error: 'invalidChoice' }).default(''),
  /** Left out on create: the company's setting at the time of receipt. */
  responseDays: responseDaysField.optional(),
  outcome: z.enum(requestOutcomes, { error: 'invalidChoice' }).default('pending'),
  closedOn: isoDateField.nullable().default(null),
  answer: optionalText(4000),
  refusalReason: optionalText(2000),
  refusalCitation: optionalText(200),
  steps: z.array(requestStep).max(50, { error: 'tooMany' }).default([]),
});

type RequestShape = z.output<typeof requestFields>;

/**
 * Rules across fields, each naming the field to fix: a closed request has its closing day and a pending one none;
 * nothing happens before the request was received; a refusal states its reason and citation (Art. 33(3), 34(3),
 * 35(7) and 36); a fee only for the kinds Art. 38(1) allows; a disclosure method only for a disclosure.
 */
function checkRequest(value: RequestShape, ctx: z.RefinementCtx) {
  const issue = (message: string, path: string[]) => ctx.addIssue({ code: 'custom', message, path });
  if (value.outcome === 'pending' && value.closedOn !== null) issue('closedWhilePending', ['closedOn']);
  if (value.outcome !== 'pending' && value.closedOn === null) issue('closedOnMissing', ['closedOn']);
  if (value.closedOn !== null && value.closedOn < value.receivedOn) issue('beforeReceived', ['closedOn']);
  if (value.feeReceivedOn !== null && value.feeReceivedOn < value.receivedOn) issue('beforeReceived', ['feeReceivedOn']);
  value.steps.forEach((step, index) => {
    if (step.doneOn < value.receivedOn) ctx.addIssue({ code: 'custom', message: 'beforeReceived', path: ['steps', index, 'doneOn'] });
  });
  if (declinedOutcomes.includes(value.outcome)) {
    if (value.refusalReason === '') issue('refusalReasonMissing', ['refusalReason']);
    if (value.refusalCitation === '') issue('refusalCitationMissing', ['refusalCitation']);
  }
  if (value.feeYen > 0 && !feeKinds.includes(value.requestKind)) issue('feeNotAllowed', ['feeYen']);
  if (value.disclosureMethod !== '' && value.requestKind !== 'disclosure' && value.requestKind !== 'record_disclosure') {
    issue('disclosureMethodOnly', ['disclosureMethod']);
  }
}

/** Steps in the order they happened, so equal requests compare equal and the log reads top to bottom. */
function ordered<T extends RequestShape>(value: T): T {
  return { ...value, steps: [...value.steps].sort((a, b) => (a.doneOn < b.doneOn ? -1 : a.doneOn > b.doneOn ? 1 : 0)) };
}

export const requestInput = requestFields.strict().superRefine(checkRequest).transform(ordered);
export type RequestInput = z.input<typeof requestInput>;
export type RequestValues = z.output<typeof requestInput>;

export const requestUpdateInput = requestFields
  .extend({ id: idField, revision: revisionField })
  .strict()
  .superRefine(checkRequest)
  .transform(ordered);

export const dataRequest = requestFields.extend({
  id: z.number().int(),
  responseDays: z.number().int(),
  /** receivedOn + responseDays: the internal target, not a statutory deadline. */
  dueOn: z.string(),
  /** The desk's name when the request was received: kept if the desk is deleted later. */
  deskName: z.string(),
  companyName: z.string(),
  revision: z.number().int(),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
});
export type DataRequest = z.output<typeof dataRequest>;

export const requestSettings = z.object({ companyId: z.number().int(), responseDays: z.number().int() });
export type RequestSettings = z.output<typeof requestSettings>;
