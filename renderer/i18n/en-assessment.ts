import type { jaAssessment } from './ja-assessment';

/** English text of the live assessment beside the incident form. */
export const enAssessment = {
  title: 'Reportability',
  live: 'Updates as you type.',
  verdict: { yes: 'Must report', no: 'Need not report', undetermined: 'Cannot decide yet' },
  missingFacts: 'Find out: {{facts}}',
  noClock: 'Enter when the business knew to compute the reporting deadlines.',
  invalid: 'The form has errors, so the assessment cannot run. Fix the errors in the form.',
  failed: 'Could not assess',
  triggersTitle: 'Triggers (Enforcement Rules Art. 7)',
  findingStatus: { holds: 'Holds', notHeld: 'Does not hold', unknown: 'Not known' },
  exemptionTitle: 'Exemption (high-level encryption)',
  exemptionStatus: { applies: 'Applies', ruledOut: 'Does not apply', unknown: 'Not known' },
  entrusteeTitle: 'As the entrustee',
  entrusteeStatus: { relieved: 'Entrustor notified', notRelieved: 'Entrustor not yet notified' },
  deadlinesTitle: 'Reporting deadlines',
  knownOn: 'Known on {{date}} (day 1)',
  preliminaryTarget: 'Preliminary report, target (day {{day}})',
  preliminaryLimit: 'Preliminary report, outer limit (day {{day}})',
  final: 'Final report ({{days}} days)',
  relievedDeadlines: 'We notified the entrustor: these deadlines are not ours to meet (the entrustor reports).',
  noDeadlines: 'Not reportable: no reporting deadlines. Keep the incident on record.',
  citations: 'Sources: {{list}}',
  disclaimer: 'This assessment is guidance based on the law and the PPC guidelines, not legal advice. When in doubt, consult a lawyer or the PPC.',
} satisfies typeof jaAssessment;
