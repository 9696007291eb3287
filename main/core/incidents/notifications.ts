import { deriveDue, derivedRecipient } from '../../../shared/domain/incident-due';
import { assessIncident } from '../../../shared/domain/incident-facts';
import {
  isDerivedKind,
  type Notification,
  type NotificationKind,
  type NotificationPlanValues,
  type NotificationUpdateValues,
} from '../../../shared/domain/incident-notification';
import { emptyLetter } from '../../../shared/domain/notice-letter';
import type { LocalizedText } from '../../../shared/errors';
import { audited } from '../audit/audited';
import type { DataScope } from '../context';
import { revisionConflict } from '../service-errors';
import type { ReadableDB } from '../store/connection';
import { getDesk } from '../store/desks';
import { refreshNextDeadline, type StoredIncident } from '../store/incidents';
import * as notifications from '../store/notifications';
import { alreadySent, invalidField, notFoundOf } from './errors';
import { INDIVIDUALS } from './planning';
import { mustGetIncident } from './service';
import { NOTIFICATION_ENTITY, notificationSnapshot } from './snapshots';
import { notificationView } from './views';

/**
 * Planned notifications of an incident: list, plan one more (or a correction of a sent one), change one while it
 * is unsent. Marking one sent is in sending.ts. Derived kinds take their due date and recipient from the incident
 * record (shared/domain/incident-due); only `other` has a due date the user sets.
 */
const userDueBasis: LocalizedText = { ja: '期限は手入力で設定されています。', en: 'Due date set by hand.' };
const noDueBasis: LocalizedText = { ja: '期限は設定されていません。', en: 'No due date set.' };

export function mustGetNotification(db: ReadableDB, id: number): notifications.StoredNotification {
  const found = notifications.getNotification(db, id);
  if (!found) throw notFoundOf('notification', id);
  return found;
}

export function listNotifications(scope: DataScope, incidentId: number): { items: Notification[] } {
  const db = scope.db();
  mustGetIncident(db, incidentId, ['incidentId']);
  const now = scope.now();
  return { items: notifications.listNotifications(db, incidentId).map((n) => notificationView(n, now)) };
}

type Letter = Pick<notifications.PlannedFields, 'addressee' | 'addresseeName' | 'letter'>;

/**
 * The addressee and letter of an individuals notice: a named addressee needs its name, a name is kept only for a
 * named addressee, and the inquiry desk must be one of the company's own desks. Other kinds take none of them.
 */
function letterFields(db: ReadableDB, kind: NotificationKind, incident: StoredIncident, values: Letter): Letter {
  if (kind !== 'individuals_notice') {
    const given = values.addressee !== '' || values.addresseeName !== '' || JSON.stringify(values.letter) !== JSON.stringify(emptyLetter);
    if (given) throw invalidField(['addressee'], 'noticeOnly');
    return { addressee: '', addresseeName: '', letter: emptyLetter };
  }
  if (values.addressee === 'named' && values.addresseeName === '') throw invalidField(['addresseeName'], 'required');
  const deskId = values.letter.deskId;
  if (deskId !== null) {
    const desk = getDesk(db, deskId);
    if (!desk || desk.companyId !== incident.companyId || desk.kind !== 'own') throw invalidField(['letter', 'deskId'], 'ownDeskOfCompany');
  }
  return { addressee: values.addressee, addresseeName: values.addressee === 'named' ? values.addresseeName : '', letter: values.letter };
}

/** For a derived kind a given recipient must be the record's (or left empty); a due date cannot be given. */
function plannedFields(kind: NotificationKind, incident: StoredIncident, values: NotificationUpdateValues | NotificationPlanValues) {
  const derived = derivedRecipient(kind, incident);
  if (derived !== null && values.recipient !== '' && values.recipient !== derived) {
    throw invalidField(['recipient'], 'derivedByRecord');
  }
  const recipient = derived ?? (values.recipient || (kind === 'individuals_notice' ? INDIVIDUALS : ''));
  const common = { recipient, alternativeMeasure: values.alternativeMeasure, method: values.method, note: values.note };
  if (!isDerivedKind(kind)) {
    return { ...common, dueDate: values.dueDate, targetDate: null, dueBasis: values.dueDate ? userDueBasis : noDueBasis };
  }
  if (values.dueDate !== null) throw invalidField(['dueDate'], 'derivedByRecord');
  return { ...common, ...deriveDue(kind, assessIncident(incident), incident) };
}

export function planNotification(scope: DataScope, values: NotificationPlanValues): Notification {
  return audited(scope, 'notifications.plan', (tx) => {
    const incident = mustGetIncident(tx.db, values.incidentId, ['incidentId']);
    if (values.correctsNotificationId !== null) {
      const corrected = notifications.getNotification(tx.db, values.correctsNotificationId);
      if (!corrected || corrected.incidentId !== incident.id) throw invalidField(['correctsNotificationId'], 'otherIncident');
    }
    const fields = { ...plannedFields(values.notificationKind, incident, values), ...letterFields(tx.db, values.notificationKind, incident, values) };
    const id = notifications.insertNotification(
      tx.db,
      { ...fields, incidentId: incident.id, notificationKind: values.notificationKind, correctsNotificationId: values.correctsNotificationId },
      tx.at,
    );
    refreshNextDeadline(tx.db, incident.id);
    const created = mustGetNotification(tx.db, id);
    tx.record({ entity: NOTIFICATION_ENTITY, entityId: id, before: null, after: notificationSnapshot(created) });
    return notificationView(created, scope.now());
  });
}

/** Only while unsent: a sent notification is evidence (the schema's trigger refuses it as well). */
export function updateNotification(scope: DataScope, input: NotificationUpdateValues): Notification {
  return audited(scope, 'notifications.update', (tx) => {
    const current = mustGetNotification(tx.db, input.id);
    if (current.sentAt !== null) throw alreadySent();
    if (current.revision !== input.revision) throw revisionConflict();
    const incident = mustGetIncident(tx.db, current.incidentId, ['id']);
    const letter = letterFields(tx.db, current.notificationKind, incident, {
      addressee: input.addressee ?? current.addressee,
      addresseeName: input.addresseeName ?? current.addresseeName,
      letter: input.letter ?? current.letter,
    });
    const fields = { ...plannedFields(current.notificationKind, incident, input), ...letter };
    const same = (Object.keys(fields) as (keyof typeof fields)[]).every(
      (key) => JSON.stringify(fields[key]) === JSON.stringify(current[key]),
    );
    if (same) return notificationView(current, scope.now());
    if (!notifications.updatePlanned(tx.db, current.id, current.revision, fields, tx.at)) throw revisionConflict();
    refreshNextDeadline(tx.db, incident.id);
    const updated = mustGetNotification(tx.db, current.id);
    tx.record({
      entity: NOTIFICATION_ENTITY,
      entityId: current.id,
      before: notificationSnapshot(current),
      after: notificationSnapshot(updated),
    });
    return notificationView(updated, scope.now());
  });
}
