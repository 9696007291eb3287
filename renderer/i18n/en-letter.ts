import type { jaLetter } from './ja-letter';

/** English text of the notice letter's editor. */
export const enLetter = {
  section: 'Letter to the individuals',
  lead: 'The texts printed in the notice and the public announcement, written for the individuals. Empty texts are filled at export time with the wording proposed from the record.',
  langJa: '日本語',
  langEn: 'English',
  repropose: 'Propose again from the record',
  reproposed: 'The texts were reset to the wording proposed from the record (not saved yet).',
  actions: 'What you can do (steps the individuals can take)',
  suggested: 'suggested',
  firstDesk: "The company's first desk",
  noDesk: 'This company has no desk yet. Add one to print it as the inquiry contact.',
  addressees: {
    none: 'Not chosen (Dear Sir or Madam)',
    customers: 'Customers (Dear Customers)',
    users: 'Users (Dear Users)',
    members: 'Members (Dear Members)',
    employees: 'Employees (Dear Employees)',
    applicants: 'Applicants (Dear Applicants)',
    named: 'A named person or group (Dear …)',
  },
  fields: {
    overview: 'Overview',
    items: 'Personal information concerned',
    cause: 'Cause',
    damage: 'Secondary damage or its risk',
    request: 'Request (own text)',
    prevention: 'Preventing a recurrence',
    contact: 'About inquiries',
    publicReason: 'Why individuals are not told one by one (announcement only)',
  },
} satisfies typeof jaLetter;
