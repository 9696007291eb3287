import { deadlineStatus, targetStatus, unsentDeadlineStatus, unsentTargetStatus, type DeadlineStatus } from '../appi/deadline-status';
import type { IsoDate } from '../appi/civil-date';
import type { InstantInput } from '../appi/japan-time';
import type { NotificationKind } from './incident-notification';

/**
 * Which of an incident's dates comes first. Only the reports to the PPC have a statutory day count: the 速報's outer
 * limit (day 5 of the guideline's 3–5 day yardstick, Rule Art. 8(1), GL 3-5-3-3) and the 確報's 30 or 60 days (Rule
 * Art. 8(2)). The notice to individuals and an entrustee's notice to its entrustor are due "promptly" with no number
 * of days (APPI Art. 26(2), Rule Art. 10; Art. 26(1) proviso, Rule Art. 9): their date is the guideline's yardstick,
 * a target. Another notification's date is the user's own plan. So a statutory deadline ranks above anything else,
 * whatever the dates, and only a statutory deadline can be overdue.
 */
export type DueMeasure = 'statutory' | 'promptly' | 'planned';

export const dueMeasures: Record<NotificationKind, DueMeasure> = {
  ppc_preliminary: 'statutory',
  ppc_final: 'statutory',
  individuals_notice: 'promptly',
  entrustor: 'promptly',
  other: 'planned',
};

/** The kinds with a statutory deadline; the store ranks by this list too (main/core/store/incidents.ts). */
export const statutoryKinds = (Object.keys(dueMeasures) as NotificationKind[]).filter((kind) => dueMeasures[kind] === 'statutory');

export function isStatutory(kind: NotificationKind): boolean {
  return dueMeasures[kind] === 'statutory';
}

/** A due date rated as its kind is measured: a statutory deadline's chip, or a target's calm status. */
export function dueStatus(kind: NotificationKind, due: IsoDate, now: InstantInput, sentAt: InstantInput | null = null): DeadlineStatus {
  const measure = dueMeasures[kind];
  return measure === 'statutory' ? deadlineStatus({ due, now, sentAt }) : targetStatus({ target: due, now, sentAt, measure });
}

/** A due date not yet met, rated from the days left to it (Japan's today computed once for a whole list). */
export function unsentDueStatus(kind: NotificationKind, left: number): DeadlineStatus {
  const measure = dueMeasures[kind];
  return measure === 'statutory' ? unsentDeadlineStatus(left) : unsentTargetStatus(measure, left);
}

interface Rankable {
  readonly id: number;
  readonly notificationKind: NotificationKind;
  readonly dueDate: string | null;
  readonly sentAt: string | null;
}

const measureOrder: Record<DueMeasure, number> = { statutory: 0, promptly: 1, planned: 2 };

/**
 * An incident's notifications in the order to act on them: what is still to send first — statutory deadlines by
 * date, then the duties to act promptly, then the user's own plans (undated last) — then what was sent, earliest
 * first. The first one still to send with a date is the incident's stored next deadline.
 */
export function rankNotifications<T extends Rankable>(items: readonly T[]): T[] {
  const key = (n: T) => [n.sentAt === null ? 0 : 1, n.sentAt === null ? measureOrder[dueMeasures[n.notificationKind]] : 0] as const;
  return [...items].sort((a, b) => {
    const [aSent, aMeasure] = key(a);
    const [bSent, bMeasure] = key(b);
    if (aSent !== bSent) return aSent - bSent;
    if (aSent === 1) return a.sentAt!.localeCompare(b.sentAt!) || a.id - b.id;
    return aMeasure - bMeasure || (a.dueDate ?? '9999-12-31').localeCompare(b.dueDate ?? '9999-12-31') || a.id - b.id;
  });
}

/**
 * The first duty to act promptly still to do, with a date: what the incident header shows, calmly, beside the
 * statutory deadline it ranks below. Null when there is none.
 */
export function firstPromptly<T extends Rankable>(items: readonly T[]): T | null {
  return rankNotifications(items).find((n) => n.sentAt === null && n.dueDate !== null && dueMeasures[n.notificationKind] === 'promptly') ?? null;
}
