import type { IncidentDetail, IncidentInput } from '../../../shared/domain/incident';
import type { DataItemCode } from '../../../shared/domain/incident-items';
import type { IncidentStatus } from '../../../shared/domain/incident-status';

/**
 * What the incident form holds: every input field, with the company and the moment of knowing still
 * unset (null) on a new record, which the shared schema reports as missing. Unknown facts are null.
 */
export type IncidentFormValues = {
  title: string;
  companyId: number | null;
  status: IncidentStatus;
  breachKind: 'leak' | 'loss' | 'damage';
  certainty: 'confirmed' | 'suspected';
  occurredAt: string | null;
  discoveredAt: string | null;
  knownAt: string | null;
  knownBy: string;
  howDiscovered: string;
  dataItems: DataItemCode[];
  otherDataItems: string[];
  sensitive: boolean | null;
  financialRisk: boolean | null;
  wrongfulPurpose: boolean | null;
  beingAcquired: boolean | null;
  individualsKind: 'exact' | 'estimate' | 'unknown';
  individuals: number | null;
  individualsUpperBound: number | null;
  highLevelEncryption: boolean | null;
  keyLeaked: boolean | null;
  pseudonymised: boolean | null;
  weAreEntrustee: boolean;
  entrustorName: string;
  entrustorNotifiedAt: string | null;
  delegatedMinistry: string;
  reportOverview: string;
  reportItems: string;
  reportIndividuals: string;
  reportCause: string;
  reportSecondaryDamage: string;
  reportResponse: string;
  reportPublication: string;
  reportPrevention: string;
  reportOther: string;
  discoveredBy: string;
  medium: '' | 'electronic' | 'paper' | 'both';
  weHaveEntrustee: boolean;
  entrusteeName: string;
  secondaryDamage: '' | 'yes' | 'no' | 'unknown';
  individualsResponse: '' | 'done' | 'planned' | 'notPlanned';
  publication: '' | 'done' | 'planned' | 'notPlanned';
};

export function emptyIncident(companyId: number | null): IncidentFormValues {
  return {
    title: '',
    companyId,
    status: 'open',
    breachKind: 'leak',
    certainty: 'confirmed',
    occurredAt: null,
    discoveredAt: null,
    knownAt: null,
    knownBy: '',
    howDiscovered: '',
    dataItems: [],
    otherDataItems: [],
    sensitive: null,
    financialRisk: null,
    wrongfulPurpose: null,
    beingAcquired: false,
    individualsKind: 'unknown',
    individuals: null,
    individualsUpperBound: null,
    highLevelEncryption: null,
    keyLeaked: null,
    pseudonymised: false,
    weAreEntrustee: false,
    entrustorName: '',
    entrustorNotifiedAt: null,
    delegatedMinistry: '',
    reportOverview: '',
    reportItems: '',
    reportIndividuals: '',
    reportCause: '',
    reportSecondaryDamage: '',
    reportResponse: '',
    reportPublication: '',
    reportPrevention: '',
    reportOther: '',
    discoveredBy: '',
    medium: '',
    weHaveEntrustee: false,
    entrusteeName: '',
    secondaryDamage: '',
    individualsResponse: '',
    publication: '',
  };
}

/** A stored incident as form values: only the input fields (the contract's input is strict). */
export function incidentToValues(incident: IncidentDetail): IncidentFormValues {
  const values = emptyIncident(incident.companyId);
  for (const key of Object.keys(values) as (keyof IncidentFormValues)[]) {
    (values as unknown as Record<string, unknown>)[key] = incident[key];
  }
  values.dataItems = [...incident.dataItems];
  values.otherDataItems = [...incident.otherDataItems];
  return values;
}

/** The values as the contract's input; only called after the shared schema accepted them. */
export function incidentValuesToInput(values: IncidentFormValues): IncidentInput {
  return { ...values, companyId: values.companyId ?? 0, knownAt: values.knownAt ?? '' };
}
