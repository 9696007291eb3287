import { z } from 'zod';
import { localizedText } from '../errors';
import { triggerSchema, verdictSchema } from './incident-assessment';
import { dataItemCodes } from './incident-items';

/**
 * A report to the PPC as filed (appi.md §3: "the document as filed stays reproducible exactly"): when a 速報 or
 * 確報 is marked sent, the content the report had at that moment is frozen as JSON in the notification's `filed`
 * column (migration 0005), in the same transaction as the mark-sent and its audit entry. The sent-notification
 * triggers of migration 0002 refuse any later change to it.
 *
 * What is frozen is the report's content, not its layout: the reporter (company fields of the PPC form), the
 * incident's facts and item texts, the notifications the report refers to (the 速報 a 確報 follows, other bodies
 * informed), the sent time and the document's date. Exporting the notification builds the document from this
 * snapshot only, so later edits of the incident or the company never change it.
 *
 * `answers` is the PPC form's answers field by field (shared/report/ppc-form.ts `formAnswers`) as they were when
 * filed: the PPC form helper carries a 速報's answers into the 確報 from here, and the 確報 document marks what
 * changed since the 速報.
 *
 * `version` changes when the shape changes; a reader meets older versions through `parseFiledReport`.
 */
export const FILED_REPORT_VERSION = 1;

/** The reporter block of the PPC form, as the company record had it (fits shared/report's PpcFormCompany). */
export const filedReporterSchema = z.object({
  legalNameJa: z.string(),
  legalNameEn: z.string(),
  postalCode: z.string(),
  addressJa: z.string(),
  addressEn: z.string(),
  representativeTitleJa: z.string(),
  representativeTitleEn: z.string(),
  representativeNameJa: z.string(),
  representativeNameEn: z.string(),
  protectionManagerTitle: z.string(),
  protectionManagerName: z.string(),
  phone: z.string(),
  email: z.string(),
  authorizedOrgMember: z.boolean(),
  authorizedOrgNameJa: z.string(),
  authorizedOrgNameEn: z.string(),
  corporateNumber: z.string(),
  industry: z.string(),
  contactDepartment: z.string(),
  contactTitle: z.string(),
  contactName: z.string(),
});
export type FiledReporter = z.output<typeof filedReporterSchema>;

const text = z.string();
const choice = <const T extends readonly [string, ...string[]]>(values: T) => z.union([z.enum(values), z.literal('')]);

/** The incident as the report read it (fits shared/report's PpcFormIncident). */
export const filedIncidentSchema = z.object({
  id: z.number().int(),
  title: text,
  breachKind: z.enum(['leak', 'loss', 'damage']),
  certainty: z.enum(['confirmed', 'suspected']),
  /** The Rule Art. 7 situations that held when filed, and the verdict then. */
  triggers: z.array(triggerSchema),
  reportable: verdictSchema,
  occurredAt: z.string().nullable(),
  discoveredAt: z.string().nullable(),
  knownAt: z.string(),
  discoveredBy: text,
  howDiscovered: text,
  medium: choice(['electronic', 'paper', 'both']),
  weAreEntrustee: z.boolean(),
  entrustorName: text,
  weHaveEntrustee: z.boolean(),
  entrusteeName: text,
  delegatedMinistry: text,
  dataItems: z.array(z.enum(dataItemCodes)),
  otherDataItems: z.array(text),
  /** The record's own flag for sensitive data (the catalogue's items say so themselves); null = not yet known. */
  sensitive: z.boolean().nullable(),
  individualsKind: z.enum(['exact', 'estimate', 'unknown']),
  individuals: z.number().int().nullable(),
  individualsUpperBound: z.number().int().nullable(),
  secondaryDamage: choice(['yes', 'no', 'unknown']),
  individualsResponse: choice(['done', 'planned', 'notPlanned']),
  publication: choice(['done', 'planned', 'notPlanned']),
  reportOverview: text,
  reportItems: text,
  reportIndividuals: text,
  reportCause: text,
  reportSecondaryDamage: text,
  reportResponse: text,
  reportPublication: text,
  reportPrevention: text,
  reportOther: text,
});
export type FiledIncident = z.output<typeof filedIncidentSchema>;

/** A notification the report refers to (fits shared/report's PpcFormNotification). */
export const filedNotificationSchema = z.object({
  id: z.number().int(),
  // The kinds are listed here, not imported: incident-notification.ts carries this schema on every notification.
  notificationKind: z.enum(['ppc_preliminary', 'ppc_final', 'individuals_notice', 'entrustor', 'other']),
  sentAt: z.string().nullable(),
  referenceNumber: z.string(),
  recipient: z.string(),
  correctedBy: z.number().int().nullable(),
  combinedWithPreliminary: z.boolean(),
});
export type FiledNotification = z.output<typeof filedNotificationSchema>;

/** One field's answer in the PPC form (shared/report's PpcAnswer). */
export const filedAnswerSchema = z.object({ value: localizedText, status: z.enum(['given', 'unknown']) });

export const filedReportSchema = z.object({
  version: z.literal(FILED_REPORT_VERSION),
  stage: z.enum(['preliminary', 'final']),
  notificationId: z.number().int(),
  /** When it was sent (the notification's sentAt), Japan time. */
  sentAt: z.string(),
  /** The document's date: the Japan date it was sent. */
  documentDate: z.string(),
  /** When the snapshot was taken (the mark-sent transaction's time). */
  frozenAt: z.string(),
  reporter: filedReporterSchema,
  incident: filedIncidentSchema,
  notifications: z.array(filedNotificationSchema),
  /** The PPC form's answers by field key, as filed (see above). */
  answers: z.record(z.string(), filedAnswerSchema),
  /**
   * A 確報 only: the 速報 it followed and that 速報's answers as they stood when this 確報 was filed, so the
   * "changes since the preliminary report" reproduce exactly even if the 速報 is corrected later. null (or left
   * out) otherwise.
   */
  preliminary: z
    .object({ notificationId: z.number().int(), sentAt: z.string(), answers: z.record(z.string(), filedAnswerSchema) })
    .nullable()
    .optional(),
});
export type FiledReport = z.output<typeof filedReportSchema>;

/** The stored JSON read back; null for no snapshot (a report sent before snapshots existed, or not a report). */
export function parseFiledReport(json: string | null): FiledReport | null {
  if (json === null) return null;
  return filedReportSchema.parse(JSON.parse(json));
}
