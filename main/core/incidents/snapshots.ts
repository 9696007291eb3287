import { withoutKeys } from '../snapshot';
import type { StoredIncident } from '../store/incidents';
import type { StoredNotification } from '../store/notifications';

/**
 * What the audit trail records of each incident entity: its stored fields, without values that follow from other
 * rows (the company's name, the next deadline, which later notification corrects this one).
 */
export const INCIDENT_ENTITY = 'incident';
export const NOTIFICATION_ENTITY = 'incident_notification';
export const EVENT_ENTITY = 'incident_event';

export function incidentSnapshot(incident: StoredIncident) {
  return withoutKeys(incident, ['companyName', 'nextDue', 'reportMissing']);
}

export function notificationSnapshot(notification: StoredNotification) {
  return withoutKeys(notification, ['correctedBy']);
}
