import type { jaOutline } from './ja-outline';

export const enOutline: typeof jaOutline = {
  entry: '{{label}} ({{state}})',
  complete: 'complete',
  todo: 'still to fill in',
  optional: 'optional',
  errors: 'errors: {{count}}',
  incidentLabel: 'Sections of the record',
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
