import type { Assessment } from '../../../shared/appi/assess';
import { assessReportability, type Reportability } from '../../../shared/appi/reportability';
import { isAppError, type LocalizedText } from '../../../shared/errors';
import { incidentFactsInput } from '../../../shared/domain/incident';
import { futureIssues } from '../../../shared/domain/incident-clock';
import { assessIncident, incidentFacts } from '../../../shared/domain/incident-facts';
import type { IncidentFormValues } from './incidentFormValues';

/**
 * The assessment beside the form, recomputed from the values on every change with the very functions the
 * core runs on save (shared/domain/incident-facts → shared/appi), so what the panel says is what will be
 * stored. While the moment of knowing is not entered, reportability is still assessed, without deadlines.
 */
export type LiveAssessment =
  | { kind: 'full'; assessment: Assessment }
  | { kind: 'noClock'; reportability: Reportability }
  | { kind: 'invalid' }
  | { kind: 'failed'; message: LocalizedText };

/** Stands in for a missing moment of knowing: reportability never reads it (only the deadlines do). */
const NO_CLOCK = '2000-01-01T00:00:00+09:00';

const isCount = (value: number | null) => value !== null && Number.isInteger(value) && value >= 0;

/**
 * The facts as the rules read them, with a count still being typed (or not yet valid) read as unknown:
 * the field shows its own error, and the panel keeps assessing the rest.
 */
function factsOf(values: IncidentFormValues, knownAt: string) {
  const counted = values.individualsKind !== 'unknown' && isCount(values.individuals);
  const bound = values.individualsUpperBound;
  const boundOk = isCount(bound) && !(counted && bound! < values.individuals!);
  return {
    knownAt,
    certainty: values.certainty,
    dataItems: values.dataItems,
    sensitive: values.sensitive,
    financialRisk: values.financialRisk,
    wrongfulPurpose: values.wrongfulPurpose,
    beingAcquired: values.beingAcquired,
    individualsKind: counted ? values.individualsKind : ('unknown' as const),
    individuals: counted ? values.individuals : null,
    individualsUpperBound: boundOk ? bound : null,
    highLevelEncryption: values.highLevelEncryption,
    keyLeaked: values.keyLeaked,
    pseudonymised: values.pseudonymised,
    weAreEntrustee: values.weAreEntrustee,
    entrustorNotifiedAt: values.entrustorNotifiedAt,
  };
}

/**
 * `now` is the app's clock (useAppNow): a moment of knowing after it cannot be true, and the panel says so with the
 * field's own error instead of counting days to it (「あと26日」), as the core's incidents.assess refuses it.
 */
export function assessValues(values: IncidentFormValues, now: Date): LiveAssessment {
  const future = futureIssues(values, now, ['knownAt', 'entrustorNotifiedAt'])[0];
  if (future) return { kind: 'failed', message: future.message };
  const parsed = incidentFactsInput.safeParse(factsOf(values, values.knownAt ?? NO_CLOCK));
  if (!parsed.success) return { kind: 'invalid' };
  // The entrustor's name is not a fact the schema reads, but the verdict names who reports instead of us.
  const facts = { ...parsed.data, entrustorName: values.entrustorName };
  try {
    if (values.knownAt === null) return { kind: 'noClock', reportability: assessReportability(incidentFacts(facts)) };
    return { kind: 'full', assessment: assessIncident(facts) };
  } catch (error) {
    // e.g. 「2061年の祝日データがありません。」: said as the rules say it, never guessed around.
    if (isAppError(error)) return { kind: 'failed', message: error.text };
    throw error;
  }
}
