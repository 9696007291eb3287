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

export type DeadlineTone = 'overdue' | 'soon' | 'later' | 'onTime' | 'late' | 'target' | 'targetPassed' | 'done';

export type DeadlineStatus =
  /** Not yet sent; `days` ≥ 0 left (0 = due today). */
  | { readonly kind: 'dueIn'; readonly days: number; readonly tone: 'soon' | 'later'; readonly label: LocalizedText }
  /** Not yet sent and past the due date by `days` ≥ 1. */
  | { readonly kind: 'overdue'; readonly days: number; readonly tone: 'overdue'; readonly label: LocalizedText }
  /** Sent on or before the due date; `daysEarly` ≥ 0. */
  | { readonly kind: 'onTime'; readonly daysEarly: number; readonly tone: 'onTime'; readonly label: LocalizedText }
  /** Sent after the due date by `days` ≥ 1. */
  | { readonly kind: 'late'; readonly days: number; readonly tone: 'late'; readonly label: LocalizedText }
  /**
   * A duty with no statutory day count (targetStatus), not yet done: `days` to its target date, negative once it
   * passed. Never 'overdue': no legal deadline was missed.
   */
  | { readonly kind: 'target'; readonly days: number; readonly tone: 'target' | 'targetPassed'; readonly label: LocalizedText }
  /** Such a duty, done: `days` after its target (≤ 0 = by the target). */
  | { readonly kind: 'done'; readonly days: number; readonly tone: 'done'; readonly label: LocalizedText };

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
  return unsentDeadlineStatus(daysLeft(now, due, ['now']));
}

/** A statutory deadline not yet met, `left` days from Japan's today (negative: overdue). */
export function unsentDeadlineStatus(left: number): DeadlineStatus {
  if (left < 0) {
    const over = -left;
    return { kind: 'overdue', days: over, tone: 'overdue', label: { ja: `${over}日超過`, en: `overdue by ${over} ${dayWord(over)}` } };
  }
  const label: LocalizedText =
    left === 0 ? { ja: '本日期限', en: 'due today' } : { ja: `あと${left}日`, en: `due in ${left} ${dayWord(left)}` };
  return { kind: 'dueIn', days: left, tone: left <= DUE_SOON_DAYS ? 'soon' : 'later', label };
}

/**
 * What a target date measures: 'promptly' — a duty the law says to do "promptly" (速やかに) with no number of days
 * (the notice to individuals, APPI Art. 26(2); an entrustee's notice to its entrustor, Art. 26(1) proviso), shown
 * against the guideline's yardstick; 'planned' — a date the user set for something the APPI gives no date for.
 */
export type TargetMeasure = 'promptly' | 'planned';

export interface TargetStatusInput {
  readonly target: IsoDate;
  readonly now: InstantInput;
  readonly sentAt?: InstantInput | null;
  readonly measure: TargetMeasure;
}

const targetWords: Record<TargetMeasure, {
  ahead: (n: number) => LocalizedText;
  today: LocalizedText;
  passed: (n: number) => LocalizedText;
  doneBy: LocalizedText;
  doneAfter: (n: number) => LocalizedText;
}> = {
  promptly: {
    ahead: (n) => ({ ja: `速やかに（目安まで${n}日）`, en: `promptly (target in ${n} ${dayWord(n)})` }),
    today: { ja: '速やかに（目安は本日）', en: 'promptly (target today)' },
    passed: (n) => ({ ja: `速やかに（目安を${n}日経過）`, en: `promptly (${n} ${dayWord(n)} past target)` }),
    doneBy: { ja: '送付済み（目安まで）', en: 'sent by the target' },
    doneAfter: (n) => ({ ja: `送付済み（目安の${n}日後）`, en: `sent ${n} ${dayWord(n)} after the target` }),
  },
  planned: {
    ahead: (n) => ({ ja: `予定日まであと${n}日`, en: `planned in ${n} ${dayWord(n)}` }),
    today: { ja: '本日が予定日', en: 'planned for today' },
    passed: (n) => ({ ja: `予定日から${n}日経過`, en: `${n} ${dayWord(n)} past the planned date` }),
    doneBy: { ja: '予定日までに送付', en: 'sent by the planned date' },
    doneAfter: (n) => ({ ja: `予定日の${n}日後に送付`, en: `sent ${n} ${dayWord(n)} after the planned date` }),
  },
};

/**
 * The status of a duty that has a target, not a statutory deadline: its words say 「速やかに」 and 「目安」 (or the
 * user's planned date), never 超過 / 遅れ, and its tones are not the deadline chip's red and orange.
 */
export function targetStatus({ target, now, sentAt, measure }: TargetStatusInput): DeadlineStatus {
  const words = targetWords[measure];
  if (sentAt !== undefined && sentAt !== null) {
    const after = daysBetween(target, japanDateOf(sentAt, ['sentAt']));
    return { kind: 'done', days: after, tone: 'done', label: after <= 0 ? words.doneBy : words.doneAfter(after) };
  }
  return unsentTargetStatus(measure, daysLeft(now, target, ['now']));
}

/** A target not yet met, `left` days from Japan's today (negative: passed). */
export function unsentTargetStatus(measure: TargetMeasure, left: number): DeadlineStatus {
  const words = targetWords[measure];
  if (left < 0) return { kind: 'target', days: left, tone: 'targetPassed', label: words.passed(-left) };
  return { kind: 'target', days: left, tone: 'target', label: left === 0 ? words.today : words.ahead(left) };
}
