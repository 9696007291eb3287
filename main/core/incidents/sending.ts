import { assessIncident } from '../../../shared/domain/incident-facts';
import { instantMs } from '../../../shared/domain/incident-instant';
import type { Notification, NotificationSentValues } from '../../../shared/domain/incident-notification';
import { audited } from '../audit/audited';
import type { DataScope } from '../context';
import { revisionConflict } from '../service-errors';
import * as incidents from '../store/incidents';
import * as notifications from '../store/notifications';
import type { WriteTx } from '../store/write';
import { alreadySent, invalidField } from './errors';
import { filedReportOf } from './filing';
import { mustGetNotification } from './notifications';
import { syncNotifications } from './planning';
import { mustGetIncident } from './service';
import { INCIDENT_ENTITY, incidentSnapshot, NOTIFICATION_ENTITY, notificationSnapshot } from './snapshots';
import { notificationView } from './views';

/**
 * Marking a notification sent: the one change a notification gets after planning, after which the schema freezes
 * it. Refused, naming the field and writing nothing: a sent time in the future or before the business knew, and a
 * 確報 with no 速報 sent before it — unless the user says the one report served as both, which GL 3-5-3-4 allows
 * when everything can be reported at once; the planned 速報 is then recorded as covered by it, and both carry a
 * warning saying why this was accepted.
 * A 速報 or 確報 marked sent keeps the content as filed (filing.ts), written in the same UPDATE and audit entry.
 */
function record(tx: WriteTx, before: notifications.StoredNotification): void {
  const after = mustGetNotification(tx.db, before.id);
  tx.record({ entity: NOTIFICATION_ENTITY, entityId: before.id, before: notificationSnapshot(before), after: notificationSnapshot(after) });
}

/** Marks the planned (unsent) 速報 of the incident sent together with the 確報 that serves as both. */
function coverPreliminary(
  tx: WriteTx,
  siblings: readonly notifications.StoredNotification[],
  values: NotificationSentValues,
  filed: string | null,
): void {
  const planned = siblings.find((n) => n.notificationKind === 'ppc_preliminary' && n.sentAt === null);
  if (!planned) return;
  const { sentAt, method, referenceNumber, document } = values;
  // The 確報 served as the 速報 too: the covered 速報 keeps the same filed content, the one document sent.
  notifications.markSent(tx.db, planned.id, planned.revision, { sentAt, method, referenceNumber, document, combinedWithPreliminary: true, filed }, tx.at);
  record(tx, planned);
}

/**
 * An entrustee's notice to its entrustor is what relieves it of reporting (APPI Art. 26(1) proviso; Rule Art. 9):
 * the first one sent fills the record's "entrustor notified at", so the assessment and the due dates follow.
 */
function recordEntrustorNotified(tx: WriteTx, incidentId: number, sentAt: string): void {
  const current = mustGetIncident(tx.db, incidentId);
  if (!current.weAreEntrustee || current.entrustorNotifiedAt !== null) return;
  const values = { ...current, entrustorNotifiedAt: sentAt };
  const assessment = assessIncident(values);
  if (!incidents.updateIncident(tx.db, incidentId, current.revision, values, assessment, tx.at)) throw revisionConflict();
  syncNotifications(tx, values, assessment);
  const updated = mustGetIncident(tx.db, incidentId);
  tx.record({ entity: INCIDENT_ENTITY, entityId: incidentId, before: incidentSnapshot(current), after: incidentSnapshot(updated) });
}

/** The report a kind of notification files with the PPC, if it is one: its content is frozen when sent. */
function reportStage(kind: Notification['notificationKind']): 'preliminary' | 'final' | null {
  return kind === 'ppc_preliminary' ? 'preliminary' : kind === 'ppc_final' ? 'final' : null;
}

export function markNotificationSent(scope: DataScope, values: NotificationSentValues): Notification {
  return audited(scope, 'notifications.markSent', (tx) => {
    const current = mustGetNotification(tx.db, values.id);
    if (current.sentAt !== null) throw alreadySent();
    if (current.revision !== values.revision) throw revisionConflict();
    const sentMs = instantMs(values.sentAt);
    if (sentMs > scope.now().getTime()) throw invalidField(['sentAt'], 'inFuture');
    const incident = mustGetIncident(tx.db, current.incidentId, ['id']);
    if (sentMs < instantMs(incident.knownAt)) throw invalidField(['sentAt'], 'beforeKnown');

    const siblings = notifications.listNotifications(tx.db, incident.id);
    const stage = reportStage(current.notificationKind);
    const filed = stage
      ? JSON.stringify(filedReportOf(tx.db, incident, siblings, { notificationId: current.id, stage, sentAt: values.sentAt, at: tx.at }))
      : null;
    let combined = false;
    if (current.notificationKind === 'ppc_final') {
      const preliminaryBefore = siblings.some(
        (n) => n.notificationKind === 'ppc_preliminary' && n.sentAt !== null && instantMs(n.sentAt) <= sentMs,
      );
      if (!preliminaryBefore) {
        if (!values.combinedWithPreliminary) throw invalidField(['combinedWithPreliminary'], 'finalBeforePreliminary');
        combined = true;
        coverPreliminary(tx, siblings, values, filed);
      }
    }
    const { sentAt, method, referenceNumber, document } = values;
    if (!notifications.markSent(tx.db, current.id, current.revision, { sentAt, method, referenceNumber, document, combinedWithPreliminary: combined, filed }, tx.at)) {
      throw revisionConflict();
    }
    record(tx, current);
    if (current.notificationKind === 'entrustor') recordEntrustorNotified(tx, incident.id, sentAt);
    incidents.refreshNextDeadline(tx.db, incident.id);
    return notificationView(mustGetNotification(tx.db, current.id), scope.now());
  });
}
