import type { Assessment } from '../../../shared/appi/assess';
import { applicableKinds, deriveDue, derivedRecipient, type DueContext } from '../../../shared/domain/incident-due';
import { isDerivedKind, type NotificationKind } from '../../../shared/domain/incident-notification';
import { getNotification, insertNotification, listNotifications, updatePlanned } from '../store/notifications';
import type { WriteTx } from '../store/write';
import { NOTIFICATION_ENTITY, notificationSnapshot } from './snapshots';

/**
 * Keeps an incident's notifications in step with its assessment, inside the write that changed the incident:
 * - a notification the incident now needs (shared/domain applicableKinds) and has none of yet is planned;
 * - every unsent notification of a derived kind gets its due date, basis and recipient recomputed — knowing later,
 *   a wrongful purpose found (30 → 60 days), or the verdict settling all move them;
 * - a sent notification is never touched: its due date stays the one it was measured against.
 * Nothing is deleted: a notification no longer needed keeps its row, with no due date and the reason as its basis.
 */
export interface PlanTarget extends DueContext {
  readonly id: number;
}

/** Who an individuals notice goes to until the user says more (e.g. the alternative measure). */
export const INDIVIDUALS = '本人';

function defaultRecipient(kind: NotificationKind, incident: PlanTarget): string {
  return derivedRecipient(kind, incident) ?? (kind === 'individuals_notice' ? INDIVIDUALS : '');
}

export function syncNotifications(tx: WriteTx, incident: PlanTarget, assessment: Assessment): void {
  const existing = listNotifications(tx.db, incident.id);

  for (const kind of applicableKinds(assessment, incident)) {
    if (existing.some((n) => n.notificationKind === kind)) continue;
    const due = deriveDue(kind, assessment, incident);
    const id = insertNotification(
      tx.db,
      {
        incidentId: incident.id,
        notificationKind: kind,
        recipient: defaultRecipient(kind, incident),
        alternativeMeasure: false,
        method: '',
        note: '',
        ...due,
        correctsNotificationId: null,
      },
      tx.at,
    );
    const planned = getNotification(tx.db, id);
    tx.record({ entity: NOTIFICATION_ENTITY, entityId: id, before: null, after: planned && notificationSnapshot(planned) });
  }

  for (const current of existing) {
    if (current.sentAt !== null || !isDerivedKind(current.notificationKind)) continue;
    const due = deriveDue(current.notificationKind, assessment, incident);
    const recipient = derivedRecipient(current.notificationKind, incident) ?? current.recipient;
    const same =
      due.dueDate === current.dueDate &&
      due.targetDate === current.targetDate &&
      due.dueBasis.ja === current.dueBasis.ja &&
      due.dueBasis.en === current.dueBasis.en &&
      recipient === current.recipient;
    if (same) continue;
    const fields = { ...current, ...due, recipient };
    if (!updatePlanned(tx.db, current.id, current.revision, fields, tx.at)) continue;
    const updated = getNotification(tx.db, current.id);
    tx.record({
      entity: NOTIFICATION_ENTITY,
      entityId: current.id,
      before: notificationSnapshot(current),
      after: updated && notificationSnapshot(updated),
    });
  }
}
