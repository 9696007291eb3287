import { reportItemFields } from '../../../shared/domain/incident';
import type { FieldIssue } from '../../../shared/errors';
import type { OutlineEntry } from '../../components/form/FormOutline';
import type { IncidentFormValues } from './incidentFormValues';

type Field = keyof IncidentFormValues;
type SectionKey = 'overview' | 'times' | 'items' | 'individuals' | 'risk' | 'entrustment' | 'delegation' | 'report';

interface SectionRule {
  key: SectionKey;
  /** The fields whose errors show in this section. */
  fields: readonly Field[];
  /** null: optional — nothing is missing while it is empty. */
  complete: ((values: IncidentFormValues) => boolean) | null;
}

const filled = (text: string) => text.trim() !== '';

/**
 * The incident form's sections in screen order, with the facts each must hold to count as done: the ones the
 * assessment and the PPC report need (a fact still unknown — null — is not done, even though it may be saved).
 */
const sections: readonly SectionRule[] = [
  {
    key: 'overview',
    fields: ['title', 'companyId', 'status', 'breachKind', 'certainty', 'discoveredBy', 'howDiscovered'],
    complete: (v) => filled(v.title) && v.companyId !== null,
  },
  { key: 'times', fields: ['occurredAt', 'discoveredAt', 'knownAt', 'knownBy'], complete: (v) => v.knownAt !== null },
  {
    key: 'items',
    fields: ['dataItems', 'otherDataItems', 'medium', 'sensitive', 'financialRisk'],
    complete: (v) => (v.dataItems.length > 0 || v.otherDataItems.some(filled)) && v.sensitive !== null && v.financialRisk !== null,
  },
  {
    key: 'individuals',
    fields: ['individualsKind', 'individuals', 'individualsUpperBound'],
    complete: (v) => (v.individualsKind === 'unknown' ? v.individualsUpperBound !== null : v.individuals !== null),
  },
  {
    key: 'risk',
    fields: ['highLevelEncryption', 'keyLeaked', 'wrongfulPurpose', 'beingAcquired', 'pseudonymised'],
    complete: (v) =>
      v.highLevelEncryption !== null && (v.highLevelEncryption !== true || v.keyLeaked !== null) && v.wrongfulPurpose !== null,
  },
  {
    key: 'entrustment',
    fields: ['weAreEntrustee', 'entrustorName', 'entrustorNotifiedAt', 'weHaveEntrustee', 'entrusteeName'],
    complete: (v) => (!v.weAreEntrustee || filled(v.entrustorName)) && (!v.weHaveEntrustee || filled(v.entrusteeName)),
  },
  { key: 'delegation', fields: ['delegatedMinistry'], complete: null },
  {
    key: 'report',
    fields: [...reportItemFields, 'secondaryDamage', 'individualsResponse', 'publication'],
    complete: (v) => reportItemFields.every((name) => filled(v[name])),
  },
];

/** The outline of the incident form now: each section with its shown errors and whether its facts are in. */
export function incidentOutline(
  values: IncidentFormValues,
  issues: readonly FieldIssue[],
  label: (key: SectionKey) => string,
): OutlineEntry[] {
  return sections.map((section) => {
    const errors = issues.filter((issue) => section.fields.includes(String(issue.path[0]) as Field)).length;
    const state = section.complete === null ? 'optional' : section.complete(values) ? 'complete' : 'todo';
    return { id: `incident-${section.key}`, label: label(section.key), errors, state };
  });
}
