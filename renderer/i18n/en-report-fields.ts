import type { jaReportFields } from './ja-report-fields';

/** English text of the incident form's report fields. */
export const enReportFields: typeof jaReportFields = {
  notStated: 'Not chosen',
  notStatedHelp: 'Left unchosen, the report says “To be confirmed”.',
  media: { electronic: 'Electronic', paper: 'Paper', both: 'Electronic and paper' },
  secondaryDamage: { yes: 'Yes', no: 'No', unknown: 'Unknown' },
  progress: { done: 'Done', planned: 'Planned', notPlanned: 'Not planned' },
  entrusteeCheckbox: 'It happened at our entrustee (a business we entrusted the data to)',
  entrusteeHelp: 'Named as the entrustee in the report. As the entrustor, the duty to report stays with us.',
  choiceFor: {
    reportSecondaryDamage: 'Secondary damage or its risk',
    reportResponse: 'Response to the individuals: status',
    reportPublication: 'Public announcement: status',
  },
};
