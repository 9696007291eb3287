import { z } from 'zod';
import type { Assessment } from '../appi/assess';
import type { DeadlineStatus } from '../appi/deadline-status';
import { localizedText } from '../errors';

/**
 * shared/appi's results as zod schemas, so the contract can declare them as outputs and the client's types come
 * from the contract. The rules themselves stay in shared/appi; this only describes their shape, and the type
 * checks at the bottom keep the two from drifting apart.
 */
export const triggerSchema = z.enum(['sensitive', 'financialRisk', 'wrongfulPurpose', 'volume']);
export const verdictSchema = z.enum(['yes', 'no', 'undetermined']);

const citation = z.object({ article: z.string(), ja: z.string(), en: z.string() });
const weekday = z.literal([0, 1, 2, 3, 4, 5, 6]);
const isoDate = z.string();

const closedDayReason = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('holiday'), name: localizedText }),
  z.object({ kind: z.literal('yearEndClosure') }),
  z.object({ kind: z.literal('weekend'), weekday }),
]);

const basisStep = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('known'), date: isoDate, weekday, time: z.string(), day: z.number().int() }),
  z.object({ kind: z.literal('count'), day: z.number().int(), date: isoDate, weekday }),
  z.object({ kind: z.literal('skip'), date: isoDate, weekday, reason: closedDayReason }),
  z.object({ kind: z.literal('due'), date: isoDate, weekday, rolled: z.boolean(), rollsForward: z.boolean() }),
]);

const basis = z.object({
  role: z.enum(['preliminaryTarget', 'preliminaryLimit', 'final']),
  steps: z.array(basisStep).readonly(),
  text: localizedText,
  citations: z.array(citation).readonly(),
});

const factName = z.enum([
  'sensitive',
  'financialRisk',
  'wrongfulPurpose',
  'beingAcquired',
  'individuals',
  'individualsKind',
  'individualsUpperBound',
  'certainty',
  'highLevelEncryption',
  'keyLeaked',
  'weAreEntrustee',
  'entrustorNotifiedAt',
  'entrustorName',
  'pseudonymised',
]);

const conclusion = z.object({
  topic: z.enum(['sensitive', 'financialRisk', 'wrongfulPurpose', 'volume', 'certainty', 'pseudonymised', 'exemption', 'entrustee', 'deadlines', 'verdict']),
  status: z
    .enum(['holds', 'notHeld', 'unknown', 'yes', 'no', 'undetermined', 'applies', 'ruledOut', 'relieved', 'notRelieved'])
    .nullable(),
  citations: z.array(citation).readonly(),
  reason: localizedText,
  missing: z.array(factName).readonly(),
});

export const assessmentSchema = z.object({
  reportable: verdictSchema,
  triggers: z.array(triggerSchema).readonly(),
  exemption: z.literal('highLevelEncryption').nullable(),
  preliminary: z.object({ target: isoDate, limit: isoDate }).nullable(),
  final: z.object({ due: isoDate, days: z.number().int() }).nullable(),
  citations: z.array(citation).readonly(),
  reasons: z.array(conclusion).readonly(),
  missing: z.array(factName).readonly(),
  bases: z.object({ preliminaryTarget: basis, preliminaryLimit: basis, final: basis }).nullable(),
  entrustee: z
    .object({
      relieved: z.boolean(),
      notifiedAt: z.string().nullable(),
      notifiedOn: z.string().nullable(),
      notifiedOnDay: z.number().int().nullable(),
      reliefLimit: isoDate.nullable(),
      entrustorName: z.string().nullable(),
      reason: localizedText,
    })
    .nullable(),
  knownOn: isoDate,
});

/** The deadline chip: on time / late by N days / due in N days / overdue by N days (shared/appi deadlineStatus). */
export const deadlineStatusSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('dueIn'), days: z.number().int(), tone: z.enum(['soon', 'later']), label: localizedText }),
  z.object({ kind: z.literal('overdue'), days: z.number().int(), tone: z.literal('overdue'), label: localizedText }),
  z.object({ kind: z.literal('onTime'), daysEarly: z.number().int(), tone: z.literal('onTime'), label: localizedText }),
  z.object({ kind: z.literal('late'), days: z.number().int(), tone: z.literal('late'), label: localizedText }),
  // A duty with no statutory day count, against its target (shared/appi targetStatus): never red.
  z.object({ kind: z.literal('target'), days: z.number().int(), tone: z.enum(['target', 'targetPassed']), label: localizedText }),
  z.object({ kind: z.literal('done'), days: z.number().int(), tone: z.literal('done'), label: localizedText }),
]);

// Compile-time guards: shared/appi's values must fit the schemas the contract declares.
type Fits<A, B> = A extends B ? true : never;
export const assessmentFits: Fits<Assessment, z.output<typeof assessmentSchema>> = true;
export const deadlineStatusFits: Fits<DeadlineStatus, z.output<typeof deadlineStatusSchema>> = true;
