import type { Notification } from '../../../shared/domain/incident-notification';
import type { SentReports } from './AssessmentDeadlines';

/**
 * When the 速報 and the 確報 first went out. A 確報 sent as both at once (GL 3-5-3-4) also stands for the
 * 速報; a later correction does not move the time the report was first made.
 */
export function sentReports(notifications: readonly Notification[]): SentReports {
  const first = (kind: Notification['notificationKind']) =>
    notifications
      .filter((n) => n.notificationKind === kind && n.sentAt !== null && n.correctsNotificationId === null)
      .map((n) => n.sentAt!)
      .sort()[0] ?? null;
  const final = first('ppc_final');
  const combined = notifications.some((n) => n.notificationKind === 'ppc_final' && n.combinedWithPreliminary && n.sentAt);
  return { preliminary: first('ppc_preliminary') ?? (combined ? final : null), final };
}
