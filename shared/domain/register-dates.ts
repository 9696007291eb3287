import { formatIsoDate, parseIsoDate, daysBetween, daysInMonth } from '../appi/civil-date';

/**
 * Dates of the registers' routines: when an inventory entry is next reviewed and when an entrustee is next
 * checked, and how a due date stands today. A month later is the same day of the month, or the month's last day
 * (2026-01-31 + 1 month = 2026-02-28), as people count review cycles.
 */
export function addMonths(date: string, months: number): string {
  const { year, month, day } = parseIsoDate(date);
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = (index % 12) + 1;
  return formatIsoDate({ year: newYear, month: newMonth, day: Math.min(day, daysInMonth(newYear, newMonth)) });
}

/** A routine never done is due at once; one done is due `months` after. */
export function nextDueOn(lastDoneOn: string | null, months: number): string | null {
  return lastDoneOn === null ? null : addMonths(lastDoneOn, months);
}

export const dueStates = ['never', 'overdue', 'due_soon', 'ok'] as const;
export type DueState = (typeof dueStates)[number];

/** Within this many days a due date is shown as near (orange), as the deadline chips do for 2 days. */
export const DUE_SOON_DAYS = 30;

export interface DueStanding {
  state: DueState;
  /** Days until the due date (negative: overdue by that many); null when never done. */
  daysLeft: number | null;
}

export function dueStanding(dueOn: string | null, today: string): DueStanding {
  if (dueOn === null) return { state: 'never', daysLeft: null };
  const daysLeft = daysBetween(today, dueOn);
  if (daysLeft < 0) return { state: 'overdue', daysLeft };
  if (daysLeft <= DUE_SOON_DAYS) return { state: 'due_soon', daysLeft };
  return { state: 'ok', daysLeft };
}
