import { assess, type Assessment } from '../appi/assess';
import type { BreachFactsInput } from '../appi/breach-facts';
import type { IncidentFactValues } from './incident';
import { anyFinancial, anySensitive } from './incident-items';

/**
 * The facts the reportability rules read (shared/appi's BreachFacts), derived from an incident's fields. The rules
 * live in shared/appi only; this is the one mapping, used by the core on every write and by a form that assesses
 * live, so both get the same answer.
 * - sensitive: a listed sensitive item (Rule Art. 7(i)) or the explicit flag; likewise financialRisk (Rule Art. 7(ii)).
 *   A listed item settles the fact; without one the flag decides, and null keeps it open.
 * - individuals: the exact or estimated count (Rule Art. 8(1)(iii) allows an estimate); null while unknown. The kind
 *   goes with it: an exact count decides by itself, otherwise the largest number that may be affected (the upper
 *   bound) decides (GL 3-5-3-1(4)).
 * - entrustorNotifiedAt and the entrustor's name only count while we are the entrustee (APPI Art. 26(1) proviso;
 *   Rule Art. 9); the name lets the verdict say who reports instead of us. A caller holding only the fact fields
 *   (the form's live assessment) may pass the name beside them.
 * - pseudonymised: only pseudonymised information (仮名加工情報) is involved — outside Art. 26 (Art. 41(9)).
 */
export function incidentFacts(values: IncidentFactValues & { readonly entrustorName?: string }): BreachFactsInput {
  return {
    sensitive: anySensitive(values.dataItems) ? true : values.sensitive,
    financialRisk: anyFinancial(values.dataItems) ? true : values.financialRisk,
    wrongfulPurpose: values.wrongfulPurpose,
    beingAcquired: values.beingAcquired,
    individuals: values.individualsKind === 'unknown' ? null : values.individuals,
    individualsKind: values.individualsKind === 'exact' ? 'exact' : 'estimate',
    individualsUpperBound: values.individualsUpperBound,
    certainty: values.certainty,
    highLevelEncryption: values.highLevelEncryption,
    keyLeaked: values.keyLeaked,
    weAreEntrustee: values.weAreEntrustee,
    entrustorNotifiedAt: values.weAreEntrustee ? values.entrustorNotifiedAt : null,
    entrustorName: values.weAreEntrustee ? values.entrustorName || null : null,
    pseudonymised: values.pseudonymised,
  };
}

/** shared/appi's `assess` on the incident's facts, from the moment the business knew. */
export function assessIncident(values: IncidentFactValues & { readonly entrustorName?: string }): Assessment {
  return assess(incidentFacts(values), values.knownAt);
}
