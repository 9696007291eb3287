import { z } from 'zod';
import { idField } from '../validation/fields';
import { triggerSchema, verdictSchema } from './incident-assessment';
import { breachKinds, certainties } from './incident';
import { isoDateField } from './incident-instant';
import { nextDeadlineSchema } from './incident-notification';
import { incidentStatuses } from './incident-status';

/** What the incident list, the search and the deadline dashboard show: light rows, no assessment per row. */
export const incidentSummary = z.object({
  id: z.number().int(),
  title: z.string(),
  companyId: z.number().int(),
  companyName: z.string(),
  status: z.enum(incidentStatuses),
  breachKind: z.enum(breachKinds),
  certainty: z.enum(certainties),
  knownAt: z.string(),
  reportable: verdictSchema,
  triggers: z.array(triggerSchema),
  /**
   * The deadline to meet first: the earliest open statutory one (速報 limit, 確報 due date), else the earliest other
   * unsent date (the notice's "promptly" yardstick, a planned date), with its status; null when nothing is due.
   */
  nextDeadline: nextDeadlineSchema.nullable(),
  updatedAt: z.string(),
});
export type IncidentSummary = z.output<typeof incidentSummary>;

/**
 * nextDeadline: statutory deadlines first, earliest first (so overdue first), then the other dates, none last;
 * knownAt: newest first.
 */
export const incidentSorts = ['nextDeadline', 'knownAt'] as const;

export const incidentListFilters = z.object({
  status: z.array(z.enum(incidentStatuses, { error: 'invalidChoice' })).max(incidentStatuses.length).default([]),
  companyId: idField.optional(),
  trigger: triggerSchema.optional(),
  reportable: verdictSchema.optional(),
  /** The Japan-time day of knowing, inclusive at both ends. */
  knownFrom: isoDateField.optional(),
  knownTo: isoDateField.optional(),
  /** Only incidents whose statutory deadline (速報 limit, 確報 due date) passed, by the app's clock in Japan. */
  overdue: z.boolean().default(false),
  sort: z.enum(incidentSorts, { error: 'invalidChoice' }).default('nextDeadline'),
});

export function checkDateRange(value: { knownFrom?: string | undefined; knownTo?: string | undefined }, ctx: z.RefinementCtx) {
  if (value.knownFrom !== undefined && value.knownTo !== undefined && value.knownTo < value.knownFrom) {
    ctx.addIssue({ code: 'custom', message: 'dateOrder', path: ['knownTo'] });
  }
}

/** How long a report took, in the rule's counting (the day of knowing is day 1), against its due date. */
const reportTiming = z.object({
  sentOn: z.string(),
  day: z.number().int(),
  due: z.string().nullable(),
  dueDay: z.number().int().nullable(),
  onTime: z.boolean().nullable(),
  combined: z.boolean(),
});

export const incidentDashboard = z.object({
  /** Japan's date at the time of the request: what "days left" counts from. */
  today: z.string(),
  /**
   * Incidents not closed, as the list sorts them by next deadline (statutory deadlines first, overdue first), and
   * how many have a statutory deadline missed.
   */
  open: z.object({ items: z.array(incidentSummary), total: z.number().int(), overdue: z.number().int() }),
  /** Incidents by the month (Japan time) the business knew, the last 12 months, oldest first. */
  monthly: z.array(z.object({ month: z.string(), count: z.number().int() })),
  /** Incidents with a 速報 or 確報 sent, whatever their status, newest first: days from knowing to each. */
  timeToReport: z.array(
    z.object({
      id: z.number().int(),
      title: z.string(),
      knownOn: z.string(),
      /** The days the rules allow: the 速報's outer limit day and the 確報's 30 or 60. */
      preliminaryLimitDay: z.number().int(),
      finalDays: z.number().int().nullable(),
      preliminary: reportTiming.nullable(),
      final: reportTiming.nullable(),
    }),
  ),
  /**
   * The last time the app derived open incidents again under newer rules or holiday data and changed any
   * (main/core/incidents/rederive.ts): when, how many it changed, and the first few of them by name (those since
   * deleted left out) — a holiday update can move thousands. The dashboard tells the user for two weeks.
   */
  rulesUpdate: z
    .object({ at: z.string(), count: z.number().int(), incidents: z.array(z.object({ id: z.number().int(), title: z.string() })) })
    .nullable(),
});
export type IncidentDashboard = z.output<typeof incidentDashboard>;
