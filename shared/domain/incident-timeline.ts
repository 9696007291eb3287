import { z } from 'zod';
import { idField, isoTimestamp, MAX_LONG, optionalText, requiredText } from '../validation/fields';
import { japanInstantField } from './incident-instant';

/**
 * The incident's timeline: what happened and what was done, when and by whom — the record behind the report's
 * overview and the response (Rule Art. 8(1)(i)(vi)). Append-only (the schema refuses changes): a correction is a
 * new event that names the one it corrects, and the list marks the corrected one as superseded.
 */
export const eventKinds = ['discovery', 'containment', 'finding', 'decision', 'communication', 'other'] as const;
export type EventKind = (typeof eventKinds)[number];

export const eventKindLabels: Record<EventKind, { ja: string; en: string }> = {
  discovery: { ja: '発見', en: 'discovery' },
  containment: { ja: '封じ込め', en: 'containment' },
  finding: { ja: '調査結果', en: 'finding' },
  decision: { ja: '判断', en: 'decision' },
  communication: { ja: '連絡', en: 'communication' },
  other: { ja: 'その他', en: 'other' },
};

export const timelineEventInput = z
  .object({
    incidentId: idField,
    eventKind: z.enum(eventKinds, { error: 'invalidChoice' }),
    at: japanInstantField,
    text: requiredText(MAX_LONG),
    by: optionalText(),
    correctsEventId: idField.nullable().default(null),
  })
  .strict();
export type TimelineEventValues = z.output<typeof timelineEventInput>;

export const timelineEvent = z.object({
  id: z.number().int(),
  incidentId: z.number().int(),
  eventKind: z.enum(eventKinds),
  at: z.string(),
  text: z.string(),
  by: z.string(),
  correctsEventId: z.number().int().nullable(),
  /** The latest event that corrects this one: the UI shows this one struck through as superseded. */
  supersededBy: z.number().int().nullable(),
  createdAt: isoTimestamp,
});
export type TimelineEvent = z.output<typeof timelineEvent>;
