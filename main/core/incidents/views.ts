import type { DeadlineStatus } from '../../../shared/appi/deadline-status';
import type { Incident } from '../../../shared/domain/incident';
import { dayNumberOfIso } from '../../../shared/appi/civil-date';
import { japanDateOf } from '../../../shared/appi/japan-time';
import { dueMeasures, dueStatus, unsentDueStatus, type DueMeasure } from '../../../shared/domain/incident-deadline-rank';
import { notificationCitations } from '../../../shared/domain/incident-due';
import type { NextDeadline, Notification, NotificationKind } from '../../../shared/domain/incident-notification';
import type { IncidentSummary } from '../../../shared/domain/incident-views';
import type { LocalizedText } from '../../../shared/errors';
import type { StoredIncident } from '../store/incidents';
import { maskToTriggers } from '../store/incidents';
import type { SummaryRow } from '../store/incidents-list';
import type { StoredNotification } from '../store/notifications';

/**
 * Stored records as the contract returns them: due dates rated against the current time, which the store cannot
 * know — a statutory deadline with shared/appi's chip (on time / late by N days / due in N days / overdue by N
 * days), a "promptly" duty or a planned date against its target, never as overdue (incident-deadline-rank).
 */
/**
 * Rates unsent due dates against `now`. Japan's today is found once per list, and each distinct kind's measure and
 * date is rated once: a page of 100 rows shares few, and finding today per row was most of a list's rating time.
 */
export type DueRater = (kind: NotificationKind, due: string) => DeadlineStatus;

export function dueRater(now: Date): DueRater {
  const today = dayNumberOfIso(japanDateOf(now, ['now']));
  const rated: Record<DueMeasure, Map<string, DeadlineStatus>> = { statutory: new Map(), promptly: new Map(), planned: new Map() };
  return (kind, due) => {
    const known = rated[dueMeasures[kind]];
    let status = known.get(due);
    if (!status) {
      status = unsentDueStatus(kind, dayNumberOfIso(due) - today);
      known.set(due, status);
    }
    return status;
  };
}

/** Fields named, not spread: a list rates 100 rows a call, and this spread cost ~1 µs a row (bench/lists.bench.ts). */
function rateNextDue(nextDue: { notificationKind: NotificationKind; due: string } | null, rate: DueRater): NextDeadline | null {
  return nextDue && { notificationKind: nextDue.notificationKind, due: nextDue.due, status: rate(nextDue.notificationKind, nextDue.due) };
}

/**
 * The added field comes first: `{ ...wide, added }` makes V8 grow a copy of a 50-field object, which cost ~2 µs and
 * left old-space garbage on every read (bench/memory.bench.ts); a literal filled by one spread does not.
 */
export function incidentView(stored: StoredIncident, now: Date): Incident {
  const { nextDue, ...record } = stored;
  return { nextDeadline: rateNextDue(nextDue, dueRater(now)), ...record };
}

/** The list's row, named once: the store reads it as an array of columns (store/incidents-list.ts SummaryRow). */
export function summaryView(row: SummaryRow, rate: DueRater): IncidentSummary {
  const [id, title, companyId, companyName, status, breachKind, certainty, knownAt, reportable, triggerMask, due, kind, updatedAt] = row;
  return {
    id,
    title,
    companyId,
    companyName,
    status,
    breachKind,
    certainty,
    knownAt,
    reportable,
    triggers: maskToTriggers(triggerMask),
    updatedAt,
    nextDeadline: due === null || kind === null ? null : { notificationKind: kind, due, status: rate(kind, due) },
  };
}

/** Why a 確報 with no 速報 before it was accepted: GL 3-5-3-4 lets one report serve as both when all is known. */
const combinedWarnings: Partial<Record<NotificationKind, LocalizedText>> = {
  ppc_final: {
    ja: '速報を送らずに確報を送信済みにしました。速報の時点ですべての事項を報告できる場合は、1回の報告で速報と確報を兼ねることができるため（ガイドライン3-5-3-4）、受け付けています。報告の内容が9項目すべてを満たしているか確認してください。',
    en: 'The final report was marked sent with no preliminary report before it. This is accepted because one report may serve as both when everything can be reported at once (GL 3-5-3-4). Check that it covers all nine items.',
  },
  ppc_preliminary: {
    ja: 'この速報は、確報と1回の報告で兼ねたものとして記録しています（ガイドライン3-5-3-4）。',
    en: 'Recorded as covered by the final report, which served as both (GL 3-5-3-4).',
  },
};

export function notificationView(stored: StoredNotification, now: Date): Notification {
  const warning = stored.combinedWithPreliminary ? combinedWarnings[stored.notificationKind] : undefined;
  // The stored fields last, as in incidentView (none of the three is stored).
  return {
    status: stored.dueDate === null ? null : dueStatus(stored.notificationKind, stored.dueDate, now, stored.sentAt),
    warnings: warning ? [warning] : [],
    citations: notificationCitations[stored.notificationKind],
    ...stored,
  };
}
