import type { jaStart } from './ja-start';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** English text of the start page, the sample workspace's banner and the workspace names and picker. */
export const enStart: Shape<typeof jaStart> = {
  nav: 'Getting started',
  title: 'Getting started',
  lead: 'Register these in order, and you can publish a privacy policy and record breach incidents.',
  progress: 'Setup: {{done}} of {{total}} done',
  done: 'Done',
  todo: 'Not yet',
  draftOnly: 'Draft only',
  waiting: 'After the step before',
  stepLabel: 'Step {{n}}',
  steps: {
    company: {
      title: 'Register your company',
      body: 'The business that handles the personal information: its name, address and representative. It is the sender of your policies and reports.',
      action: 'Register a company',
      doneAction: 'Companies',
      count: '{{count}} registered',
    },
    desk: {
      title: 'Register a complaint desk',
      body: 'Where individuals send disclosure requests and complaints. Its contacts and hours are printed in the policy.',
      action: 'Register a desk',
      doneAction: 'Desks',
      count: '{{count}} registered',
      needsCompany: 'Register a company first.',
    },
    policy: {
      title: 'Write and publish a privacy policy',
      body: 'Start from a template, let the checker confirm the matters the law requires, then publish. A published version is a record that never changes.',
      action: 'Create a policy',
      draftAction: 'Open the draft',
      doneAction: 'Policies',
      count: '{{count}} published',
      drafts: '{{count}} draft(s), not published',
      needsCompany: 'Register a company first.',
    },
    incident: {
      title: 'How to record an incident',
      body: 'When you learn of a leak, loss or damage (or that one may have happened), record it with "Record an incident". The app judges whether the PPC and the individuals must be told, and by when.',
      ppc: 'Preliminary report: promptly after learning of it (about 3–5 days)',
      final: 'Final report: within 30 days (60 days where a wrongful purpose may be involved)',
      action: 'Record an incident',
      doneAction: 'Incidents',
      count: '{{count}} recorded',
      optional: 'When one happens',
      doneBadge: 'Recorded',
    },
  },
  sample: {
    title: 'Try the sample',
    body: 'Opens a sample workspace with a fictitious company, its desk, a published policy and an incident. It is a separate file: nothing you do in the sample touches your own data.',
    open: 'Open the sample',
    opened: 'Opened the sample workspace',
    inSample: 'You are looking at the sample workspace.',
  },
  banner: {
    label: 'Sample',
    separator: ': ',
    text: 'This is the sample workspace. Every record in it is fictitious, and it is kept in a file separate from your own workspace.',
    back: 'Back to my workspace',
    backNamed: 'Back to "{{name}}"',
    noOwn: 'Open a workspace in Settings',
  },
  sampleName: 'Sample (fictitious company)',
};
