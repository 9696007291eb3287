import { z } from 'zod';
import { breachFactsSchema } from '../appi/breach-facts';
import { tryParseInstant } from '../appi/japan-time';
import { idField, isoTimestamp, MAX_LONG, optionalText, requiredText, revisionField } from '../validation/fields';
import { assessmentSchema, triggerSchema, verdictSchema } from './incident-assessment';
import { japanInstantField, optionalInstantField } from './incident-instant';
import { dataItemCodes } from './incident-items';
import { nextDeadlineSchema } from './incident-notification';
import { incidentStatuses } from './incident-status';

/**
 * A breach incident (漏えい等事案, APPI Art. 26): what happened, when the business knew (the clock of Rule Art. 8),
 * the facts the reportability rules read (Rule Art. 7), and the nine items of the report (Rule Art. 8(1)), filled in
 * as they become known. Facts that may be unknown are null; a form's "not yet known" is null, not false.
 */
export const breachKinds = ['leak', 'loss', 'damage'] as const;
export type BreachKind = (typeof breachKinds)[number];

export const certainties = ['confirmed', 'suspected'] as const;

/** How the number of individuals is known: Rule Art. 8(1)(iii) allows an estimate, marked as such. */
export const individualsKinds = ['exact', 'estimate', 'unknown'] as const;
export type IndividualsKind = (typeof individualsKinds)[number];

/** The nine items of Rule Art. 8(1), in the article's order. */
export const reportItemFields = [
  'reportOverview',
  'reportItems',
  'reportIndividuals',
  'reportCause',
  'reportSecondaryDamage',
  'reportResponse',
  'reportPublication',
  'reportPrevention',
  'reportOther',
] as const;
export type ReportItemField = (typeof reportItemFields)[number];

/** The medium of the personal data concerned, as the PPC form asks it. */
export const incidentMedia = ['electronic', 'paper', 'both'] as const;
/** Item 5 of Rule Art. 8(1): is there secondary damage or a risk of it (the reporter may answer "unknown"). */
export const secondaryDamageChoices = ['yes', 'no', 'unknown'] as const;
/** Items 6 and 7: the response to the individuals, and the public announcement. */
export const progressChoices = ['done', 'planned', 'notPlanned'] as const;

const MAX_REPORT_TEXT = 10_000;
const fact = z.boolean().nullable().default(null);
const count = z.number({ error: 'count' }).int({ error: 'count' }).min(0, { error: 'count' }).nullable().default(null);

/** The fields the reportability rules read, and when the clock started: what `incidents.assess` takes. */
export const incidentFactFields = z.object({
  knownAt: japanInstantField,
  certainty: z.enum(certainties, { error: 'invalidChoice' }).default('confirmed'),
  dataItems: z.array(z.enum(dataItemCodes, { error: 'invalidChoice' })).max(dataItemCodes.length).default([]),
  /** Explicit flag for sensitive data beyond the listed items (a free item, or not yet known: null). */
  sensitive: fact,
  /** Explicit flag for data whose misuse could cause financial loss, likewise. */
  financialRisk: fact,
  wrongfulPurpose: fact,
  /** Only personal information being acquired is involved (the April 2024 extension of Rule Art. 7(iii)). */
  beingAcquired: z.boolean().nullable().default(false),
  individualsKind: z.enum(individualsKinds, { error: 'invalidChoice' }).default('unknown'),
  individuals: count,
  individualsUpperBound: count,
  highLevelEncryption: fact,
  keyLeaked: fact,
  weAreEntrustee: z.boolean().default(false),
  entrustorNotifiedAt: optionalInstantField,
  /** Only pseudonymised information (仮名加工情報) is involved: outside Art. 26 (APPI Art. 41(9)); null = not yet known. */
  pseudonymised: z.boolean().nullable().default(false),
});

const incidentFields = incidentFactFields.extend({
  title: requiredText(),
  companyId: idField,
  status: z.enum(incidentStatuses, { error: 'invalidChoice' }).default('open'),
  breachKind: z.enum(breachKinds, { error: 'invalidChoice' }),
  occurredAt: optionalInstantField,
  discoveredAt: optionalInstantField,
  knownBy: optionalText(),
  howDiscovered: optionalText(MAX_LONG),
  otherDataItems: z.array(requiredText(100)).max(30, { error: 'tooMany' }).default([]),
  entrustorName: optionalText(),
  /** The ministry the PPC delegated its authority to (権限の委任, APPI Art. 150); '' when reporting to the PPC. */
  delegatedMinistry: optionalText(),
  /**
   * The PPC form's facts beyond the rules (appi.md §3, migration 0005): who discovered it (発見者), the medium, an
   * entrustee of ours where it happened, and the choices of items 5–7 ('' = not stated yet: 確認中 in a report).
   */
  discoveredBy: optionalText(),
  medium: z.enum(incidentMedia, { error: 'invalidChoice' }).or(z.literal('')).default(''),
  weHaveEntrustee: z.boolean().default(false),
  entrusteeName: optionalText(),
  secondaryDamage: z.enum(secondaryDamageChoices, { error: 'invalidChoice' }).or(z.literal('')).default(''),
  individualsResponse: z.enum(progressChoices, { error: 'invalidChoice' }).or(z.literal('')).default(''),
  publication: z.enum(progressChoices, { error: 'invalidChoice' }).or(z.literal('')).default(''),
  reportOverview: optionalText(MAX_REPORT_TEXT),
  reportItems: optionalText(MAX_REPORT_TEXT),
  reportIndividuals: optionalText(MAX_REPORT_TEXT),
  reportCause: optionalText(MAX_REPORT_TEXT),
  reportSecondaryDamage: optionalText(MAX_REPORT_TEXT),
  reportResponse: optionalText(MAX_REPORT_TEXT),
  reportPublication: optionalText(MAX_REPORT_TEXT),
  reportPrevention: optionalText(MAX_REPORT_TEXT),
  reportOther: optionalText(MAX_REPORT_TEXT),
});

/**
 * The refinements below read values zod may not have accepted: they run even when another field failed (see
 * `always`), so a form shows every error at its first save instead of one batch per save. A value that is not
 * yet what the schema wants (null, half-typed, the wrong type) is skipped here: the schema reports it itself.
 */
type LooseValues = Readonly<Record<string, unknown>>;

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;
const instantOf = (value: unknown): number | null => (typeof value === 'string' ? tryParseInstant(value.trim()) : null);

/** zod skips refinements once a field failed its type; these run regardless, over an object at least. */
const always = { when: (payload: { value: unknown }) => typeof payload.value === 'object' && payload.value !== null };

/** An exact or estimated count needs the number; "unknown" must not carry one; the bound caps the count. */
function checkCount(value: LooseValues, ctx: z.RefinementCtx): void {
  const kind = value.individualsKind ?? 'unknown';
  const individuals = value.individuals ?? null;
  const bound = value.individualsUpperBound ?? null;
  if (kind === 'unknown' && individuals !== null) {
    ctx.addIssue({ code: 'custom', message: 'individualsUnknown', path: ['individuals'] });
  }
  if ((kind === 'exact' || kind === 'estimate') && individuals === null) {
    ctx.addIssue({ code: 'custom', message: 'required', path: ['individuals'] });
  }
  if (isCount(individuals) && isCount(bound) && bound < individuals) {
    ctx.addIssue({ code: 'custom', message: 'upperBound', path: ['individualsUpperBound'] });
  }
}

/**
 * The order facts must have, whatever the clock says: nothing is discovered or known before it happened
 * (when the occurrence is known at all); a business cannot know before the discovery; an entrustee cannot notify
 * its entrustor of a breach before it knew of it. The form and the core read the same checks.
 */
export function checkOrder(value: LooseValues, ctx: z.RefinementCtx) {
  const occurred = instantOf(value.occurredAt);
  const discovered = instantOf(value.discoveredAt);
  const known = instantOf(value.knownAt);
  const entrustorNotified = instantOf(value.entrustorNotifiedAt);
  if (occurred !== null && known !== null && known < occurred) {
    ctx.addIssue({ code: 'custom', message: 'beforeOccurred', path: ['knownAt'] });
  } else if (discovered !== null && known !== null && known < discovered) {
    ctx.addIssue({ code: 'custom', message: 'beforeDiscovered', path: ['knownAt'] });
  }
  if (occurred !== null && discovered !== null && discovered < occurred) {
    ctx.addIssue({ code: 'custom', message: 'beforeOccurred', path: ['discoveredAt'] });
  }
  if (known !== null && entrustorNotified !== null && entrustorNotified < known) {
    ctx.addIssue({ code: 'custom', message: 'beforeKnown', path: ['entrustorNotifiedAt'] });
  }
}

/** Sets are returned in the catalogue's order so equal records compare equal. */
function canonical<T extends { dataItems: (typeof dataItemCodes)[number][] }>(value: T): T {
  return { ...value, dataItems: dataItemCodes.filter((code) => value.dataItems.includes(code)) };
}

/**
 * What `incidents.assess` reads. Not strict: a form sends all its values as they stand, and only these are read
 * (an unfinished title or date elsewhere must not stop the live assessment).
 */
export const incidentFactsInput = incidentFactFields.superRefine(checkCount, always).superRefine(checkOrder, always).transform(canonical);
export type IncidentFactsInput = z.input<typeof incidentFactsInput>;
export type IncidentFactValues = z.output<typeof incidentFactsInput>;

export const incidentInput = incidentFields
  .strict()
  .superRefine(checkCount, always)
  .superRefine(checkOrder, always)
  .transform(canonical);
export type IncidentInput = z.input<typeof incidentInput>;
export type IncidentValues = z.output<typeof incidentInput>;

export const incidentUpdateInput = incidentFields
  .extend({ id: idField, revision: revisionField })
  .strict()
  .superRefine(checkCount, always)
  .superRefine(checkOrder, always)
  .transform(canonical);
export type IncidentUpdateInput = z.input<typeof incidentUpdateInput>;

/** The stored record, with what is derived from it on every write (verdict, triggers, next deadline). */
export const incident = incidentFields.extend({
  knownAt: z.string(),
  occurredAt: z.string().nullable(),
  discoveredAt: z.string().nullable(),
  entrustorNotifiedAt: z.string().nullable(),
  individuals: z.number().int().nullable(),
  individualsUpperBound: z.number().int().nullable(),
  id: z.number().int(),
  revision: z.number().int(),
  companyName: z.string(),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
  reportable: verdictSchema,
  triggers: z.array(triggerSchema).readonly(),
  nextDeadline: nextDeadlineSchema.nullable(),
  /** Report items (Rule Art. 8(1)) still empty: what the report still lacks. */
  reportMissing: z.array(z.enum(reportItemFields)),
});
export type Incident = z.output<typeof incident>;

/** One incident with its live assessment and the facts as the rules read them. */
export const incidentDetail = incident.extend({ facts: breachFactsSchema, assessment: assessmentSchema });
export type IncidentDetail = z.output<typeof incidentDetail>;
