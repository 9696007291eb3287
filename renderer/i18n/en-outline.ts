import type { jaOutline } from './ja-outline';

export const enOutline: typeof jaOutline = {
  entry: '{{label}} ({{state}})',
  complete: 'complete',
  todo: 'still to fill in',
  optional: 'optional',
  errors: 'errors: {{count}}',
  warnings: 'to check: {{count}}',
  policyLabel: 'Articles',
  incidentLabel: 'Sections of the record',
  document: { label: 'Published text', desks: 'Desks', noText: '(No text in this language)' },
  incident: {
    overview: 'Overview',
    times: 'Times',
    items: 'Items',
    individuals: 'Individuals',
    risk: 'Encryption, purpose',
    entrustment: 'Entrustment',
    delegation: 'Delegation',
    report: 'Report items',
  },
};
