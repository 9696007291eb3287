import { z } from 'zod';
import { localizedText } from '../errors';
import { idField, isoTimestamp, MAX_LONG, MAX_SHORT, optionalText, requiredText, revisionField } from '../validation/fields';
import { refuseUnsafeCharacters } from '../validation/text-safety';
import { deadlineStatusSchema } from './incident-assessment';
import { filedReportSchema } from './incident-filed';
import { isoDateField, japanInstantField } from './incident-instant';
import { addresseeChoices, emptyLetter, noticeLetter } from './notice-letter';

/**
 * Notifications of an incident, planned then sent:
 * - ppc_preliminary / ppc_final: 速報 and 確報 to the PPC, or to the ministry it delegated to (APPI Art. 26(1);
 *   Rule Art. 8(1)(2));
 * - individuals_notice: notice to the individuals, or the alternative measure — publication and an inquiry desk —
 *   when notice is difficult (APPI Art. 26(2) and its proviso; Rule Art. 10);
 * - entrustor: an entrustee's notice to its entrustor, which relieves it of reporting (Art. 26(1) proviso; Rule Art. 9);
 * - other: anything else (police, card companies, an authorized organization …), with a due date of one's own.
 * A sent notification is evidence: it is never changed (the schema refuses it); a correction is a new one.
 */
export const notificationKinds = ['ppc_preliminary', 'ppc_final', 'individuals_notice', 'entrustor', 'other'] as const;
export type NotificationKind = (typeof notificationKinds)[number];

/** Kinds whose due date follows from the incident's deadlines; `other` has the date the user gives it. */
export type DerivedNotificationKind = Exclude<NotificationKind, 'other'>;

export function isDerivedKind(kind: NotificationKind): kind is DerivedNotificationKind {
  return kind !== 'other';
}

export const notificationKindLabels: Record<NotificationKind, { ja: string; en: string }> = {
  ppc_preliminary: { ja: '速報', en: 'preliminary report' },
  ppc_final: { ja: '確報', en: 'final report' },
  individuals_notice: { ja: '本人への通知', en: 'notice to the individuals' },
  entrustor: { ja: '委託元への通知', en: 'notice to the entrustor' },
  other: { ja: 'その他の連絡', en: 'other notification' },
};

const kindField = z.enum(notificationKinds, { error: 'invalidChoice' });

const planFields = z.object({
  recipient: optionalText(),
  /** For individuals_notice: the alternative measure (publication and an inquiry desk) instead of notice. */
  alternativeMeasure: z.boolean().default(false),
  /** How it is (to be) sent: the PPC web form, letter, email, publication on the website … */
  method: optionalText(),
  /** Only for `other`; the other kinds derive theirs. */
  dueDate: isoDateField.nullable().default(null),
  note: optionalText(MAX_LONG),
  /** For individuals_notice: who the letter is addressed to ('' = not chosen), and the name for a named person. */
  addressee: z.enum(addresseeChoices, { error: 'invalidChoice' }).default(''),
  addresseeName: optionalText(),
  /** For individuals_notice: the letter's own texts (shared/domain/notice-letter.ts); empty texts take the proposal. */
  letter: noticeLetter.default(emptyLetter),
});

export const notificationPlanInput = planFields
  .extend({
    incidentId: idField,
    notificationKind: kindField,
    /** A correction of an earlier (sent) notification of the same incident. */
    correctsNotificationId: idField.nullable().default(null),
  })
  .strict();
export type NotificationPlanValues = z.output<typeof notificationPlanInput>;

/** An update leaves the addressee and the letter as they are when it does not name them. */
export const notificationUpdateInput = planFields
  .extend({
    id: idField,
    revision: revisionField,
    addressee: z.enum(addresseeChoices, { error: 'invalidChoice' }).optional(),
    addresseeName: z.string().trim().superRefine(refuseUnsafeCharacters).max(MAX_SHORT, { error: 'tooLong' }).optional(),
    letter: noticeLetter.optional(),
  })
  .strict();
export type NotificationUpdateValues = z.output<typeof notificationUpdateInput>;

export const notificationSentInput = z
  .object({
    id: idField,
    revision: revisionField,
    sentAt: japanInstantField,
    method: requiredText(),
    referenceNumber: optionalText(100),
    /** The document sent: a file name or label (the file itself stays wherever the user keeps it). */
    document: optionalText(400),
    /**
     * Marks a 確報 sent with no 速報 before it as both at once, which the guideline allows when everything is known
     * at the first report (GL 3-5-3-4). Without it, such a 確報 is refused.
     */
    combinedWithPreliminary: z.boolean().default(false),
  })
  .strict();
export type NotificationSentValues = z.output<typeof notificationSentInput>;

const citation = z.object({ article: z.string(), ja: z.string(), en: z.string() });

export const notification = planFields.extend({
  id: z.number().int(),
  incidentId: z.number().int(),
  notificationKind: z.enum(notificationKinds),
  dueDate: z.string().nullable(),
  /** The 速報's target (day 3) beside its outer limit (`dueDate`, day 5); null for the other kinds. */
  targetDate: z.string().nullable(),
  /** How the due date was reached, or why there is none. */
  dueBasis: localizedText,
  sentAt: z.string().nullable(),
  referenceNumber: z.string(),
  document: z.string(),
  combinedWithPreliminary: z.boolean(),
  correctsNotificationId: z.number().int().nullable(),
  /** The newer notification that corrects this one, if any. */
  correctedBy: z.number().int().nullable(),
  revision: z.number().int(),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
  /** Against the due date: on time / late by N days / due in N days / overdue by N days; null without a due date. */
  status: deadlineStatusSchema.nullable(),
  /** Things the record allows but the user should see, e.g. why a 確報 without a 速報 was accepted. */
  warnings: z.array(localizedText),
  citations: z.array(citation).readonly(),
  /** A sent 速報 or 確報: the report as filed, frozen when it was marked sent (incident-filed.ts); else null. */
  filed: filedReportSchema.nullable(),
});
export type Notification = z.output<typeof notification>;

/**
 * The deadline an incident shows first — its earliest open statutory deadline, else its earliest other unsent date
 * (shared/domain/incident-deadline-rank) — with its status: what lists and the dashboard sort and colour by.
 */
export const nextDeadlineSchema = z.object({
  notificationKind: z.enum(notificationKinds),
  due: z.string(),
  status: deadlineStatusSchema,
});
export type NextDeadline = z.output<typeof nextDeadlineSchema>;
