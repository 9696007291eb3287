import type { FieldPath, LocalizedText } from '../errors';
import { daysBetween, parseIsoDate, type IsoDate } from './civil-date';
import { japanDateOf, type InstantInput } from './japan-time';

/**
 * Days left and the status of a notification against its due date, for the deadline chip (ui-guide "Deadlines":
 * overdue red 「3日超過」, due within 2 days orange, due later neutral, done on time green, done late red outline
 * 「2日遅れ」 — the words always accompany the colour). A due date is a whole civil day in Japan time: something
 * sent at 23:59 JST on the due date is on time, at 00:00 JST the next day it is one day late.
 */

/** "Due within 2 days" turns the chip orange (ui-guide). A UI convention, not law — hence not in the rule table. */
export const DUE_SOON_DAYS = 2;

/** Days from Japan's today at `now` to `due`: positive = days left, 0 = due today, negative = days overdue. */
export function daysLeft(now: InstantInput, due: IsoDate, path: FieldPath = []): number {
  parseIsoDate(due, path);
  return daysBetween(japanDateOf(now, path), due);
}

export type DeadlineTone = 'overdue' | 'soon' | 'later' | 'onTime' | 'late';

export type DeadlineStatus =
  /** Not yet sent; `days` ≥ 0 left (0 = due today). */
  | { readonly kind: 'dueIn'; readonly days: number; readonly tone: 'soon' | 'later'; readonly label: LocalizedText }
  /** Not yet sent and past the due date by `days` ≥ 1. */
  | { readonly kind: 'overdue'; readonly days: number; readonly tone: 'overdue'; readonly label: LocalizedText }
  /** Sent on or before the due date; `daysEarly` ≥ 0. */
  | { readonly kind: 'onTime'; readonly daysEarly: number; readonly tone: 'onTime'; readonly label: LocalizedText }
  /** Sent after the due date by `days` ≥ 1. */
  | { readonly kind: 'late'; readonly days: number; readonly tone: 'late'; readonly label: LocalizedText };

export interface DeadlineStatusInput {
  readonly due: IsoDate;
  /** The current instant (the caller's clock; shared/ never reads it itself). */
  readonly now: InstantInput;
  /** When the notification was sent, or null/undefined when it has not been. */
  readonly sentAt?: InstantInput | null;
}

const dayWord = (n: number) => (n === 1 ? 'day' : 'days');

export function deadlineStatus({ due, now, sentAt }: DeadlineStatusInput): DeadlineStatus {
  if (sentAt !== undefined && sentAt !== null) {
    const lateBy = daysBetween(due, japanDateOf(sentAt, ['sentAt']));
    if (lateBy <= 0) return { kind: 'onTime', daysEarly: Math.max(0, -lateBy), tone: 'onTime', label: { ja: '期限内', en: 'on time' } };
    return {
      kind: 'late',
      days: lateBy,
      tone: 'late',
      label: { ja: `${lateBy}日遅れ`, en: `late by ${lateBy} ${dayWord(lateBy)}` },
    };
  }
  const left = daysLeft(now, due, ['now']);
  if (left < 0) {
    const over = -left;
    return { kind: 'overdue', days: over, tone: 'overdue', label: { ja: `${over}日超過`, en: `overdue by ${over} ${dayWord(over)}` } };
  }
  const label: LocalizedText =
    left === 0 ? { ja: '本日期限', en: 'due today' } : { ja: `あと${left}日`, en: `due in ${left} ${dayWord(left)}` };
  return { kind: 'dueIn', days: left, tone: left <= DUE_SOON_DAYS ? 'soon' : 'later', label };
}
