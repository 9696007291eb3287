import type { Trigger } from '../../../shared/appi/reportability';
import { daysBetween, parseIsoDate } from '../../../shared/appi/civil-date';
import { japanDateOf } from '../../../shared/appi/japan-time';
import { ruleParameters } from '../../../shared/appi/rule-parameters';
import type { ParsedInput } from '../../../shared/contract';
import type { IncidentDashboard } from '../../../shared/domain/incident-views';
import type { DataScope } from '../context';
import { maskToTriggers } from '../store/incidents';
import { countByMonth, countOverdue, listIncidents, reportedIncidents } from '../store/incidents-list';
import { sentReportsOf, type StoredNotification } from '../store/notifications';
import { lastRulesUpdate } from './rederive';
import { dueRater, summaryView } from './views';

/**
 * The deadline dashboard: open incidents as the list sorts them by next deadline (statutory deadlines first,
 * overdue first) with the number whose statutory deadline was missed, incidents per month of knowing, and for each
 * incident with a 速報 or 確報 sent — whatever its status — how many days they took, counted as Rule Art. 8 counts
 * them, the day of knowing being day 1 (GL 3-5-3-4), against their due dates.
 */
const MONTHS = 12;

/** The `count` months ending with the month of `today`, oldest first, as 'YYYY-MM'. */
export function lastMonths(today: string, count = MONTHS): string[] {
  const { year, month } = parseIsoDate(today);
  return Array.from({ length: count }, (_, i) => {
    const index = year * 12 + (month - 1) - (count - 1 - i);
    return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
}

/** Day n of Rule Art. 8's clock on which `date` falls. */
function dayNumber(knownOn: string, date: string): number {
  return daysBetween(knownOn, date) + (ruleParameters.dayOfKnowingIsDayOne.value ? 1 : 0);
}

function timing(knownOn: string, sent: StoredNotification | undefined) {
  if (!sent?.sentAt) return null;
  const sentOn = sent.sentAt.slice(0, 10);
  const due = sent.dueDate;
  return {
    sentOn,
    day: dayNumber(knownOn, sentOn),
    due,
    dueDay: due === null ? null : dayNumber(knownOn, due),
    onTime: due === null ? null : sentOn <= due,
    combined: sent.combinedWithPreliminary,
  };
}

/** The 確報's days under Rule Art. 8(2): a report was sent, so it is measured even if the verdict changed since. */
function finalDays(triggers: readonly Trigger[]): number {
  return triggers.includes('wrongfulPurpose') ? ruleParameters.finalDaysWrongfulPurpose.value : ruleParameters.finalDays.value;
}

export function incidentDashboard(scope: DataScope, input: ParsedInput<'incidents.dashboard'>): IncidentDashboard {
  const db = scope.db();
  const now = scope.now();
  const today = japanDateOf(now);
  const rate = dueRater(now);

  const open = listIncidents(db, {
    query: '',
    limit: input.openLimit,
    offset: 0,
    status: ['open', 'contained', 'reported'],
    sort: 'nextDeadline',
  });

  const months = lastMonths(today);
  const counts = countByMonth(db, months[0]!);
  const monthly = months.map((month) => ({ month, count: counts.get(month) ?? 0 }));

  const reported = reportedIncidents(db, input.chartLimit);
  const sent = sentReportsOf(db, reported.map((row) => row.id));
  // Rows come ordered by sent time, so the first of a kind is the earliest sent.
  const first = (id: number, kind: StoredNotification['notificationKind']) =>
    sent.find((n) => n.incidentId === id && n.notificationKind === kind);
  const timeToReport = reported.map((row) => {
    const knownOn = row.known_at.slice(0, 10);
    return {
      id: row.id,
      title: row.title,
      knownOn,
      preliminaryLimitDay: ruleParameters.preliminaryLimitDay.value,
      finalDays: finalDays(maskToTriggers(row.triggers)),
      preliminary: timing(knownOn, first(row.id, 'ppc_preliminary')),
      final: timing(knownOn, first(row.id, 'ppc_final')),
    };
  });

  return {
    today,
    open: { items: open.items.map((row) => summaryView(row, rate)), total: open.total, overdue: countOverdue(db, today) },
    monthly,
    timeToReport,
    rulesUpdate: lastRulesUpdate(db),
  };
}
