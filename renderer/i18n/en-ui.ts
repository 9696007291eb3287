import type { Messages } from './ja';

export const enUi = {
  dates: {
    clear: 'Clear the date',
    previousMonth: 'Previous month',
    nextMonth: 'Next month',
    previousYear: 'Previous year',
    nextYear: 'Next year',
    previousDecade: 'Previous decade',
    nextDecade: 'Next decade',
    monthLevel: 'Choose the year',
    yearLevel: 'Choose the decade',
    format: 'Year/month/day (e.g. 2026/12/28)',
    rangeOrder: 'Choose an end date on or after the start date.',
  },
  more: '+{{n}}',
} satisfies Messages['ui'];
