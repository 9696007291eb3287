import type { jaPpcForm } from './ja-ppc-form';

/** English text of the PPC form helper. */
export const enPpcForm = {
  open: 'PPC form helper',
  openFor: 'Open the PPC form helper for the {{kind}}',
  eyebrow: 'PPC form helper',
  title: '{{kind}}: {{incident}}',
  back: "Back to the incident's notifications",
  lead:
    "Copy what goes into the PPC's online breach report form, field by field. What is not known yet reads 'Under investigation' or 'To be confirmed' and is copied as such.",
  orderNote:
    "Fields follow the order of the PPC's report form (Rule, Appended Form 1). The online form's own order could not be confirmed from public material: paste each value under the matching heading.",
  reporterNote: "The reporter's name is the business's name, not the name of the person filing.",
  delegatedNote: 'This case is reported to {{ministry}} (delegated authority). Use the values with that authority’s form.',
  copyLanguage: 'Copy in',
  copyLanguageHelp: "The PPC's form is in Japanese; English is for reading.",
  languages: { ja: 'Japanese (to file)', en: 'English (to read)' },
  progress: '{{copied}} of {{total}} fields copied',
  resetProgress: 'Clear the copied marks',
  copy: 'Copy',
  copyField: 'Copy "{{label}}"',
  copied: 'Copied',
  copiedStatus: 'Copied "{{label}}".',
  copyFailed: 'Could not copy "{{label}}". Select the value and press Ctrl+C.',
  unknownBadge: 'Open',
  item: 'Item {{n}}',
  changed: 'Changed since the preliminary report',
  carried: 'Carried from the preliminary report',
  added: 'New since the preliminary report',
  filedValue: 'Preliminary report said',
  filedNote: 'On a final report, fields whose answer differs from the filed preliminary report are marked as changed.',
  noFiled: 'The filed preliminary report was not found, so no comparison with it is shown.',
  sentAsFiled: 'This report was filed ({{value}}). The values shown are those filed.',
  sentNotice: 'This report was filed ({{value}}). Its filed content was not kept, so the values come from the current record.',
  submission: {
    title: 'Record the submission',
    lead: 'After sending the form, record the reference number you received and when you sent it. The report is then marked sent and can no longer be changed.',
    submit: 'Record the submission',
    done: 'Submission recorded',
    recorded: 'Filed',
  },
  verdict: {
    no: 'On the current record this incident is not judged reportable. Check the assessment on the Record tab before reporting.',
    undetermined: 'On the current record it cannot yet be said whether this incident must be reported. Check the open facts on the Record tab.',
  },
  notFound: 'This preliminary or final report was not found.',
  notReport: 'The PPC form helper is for preliminary and final reports only.',
} satisfies typeof jaPpcForm;
