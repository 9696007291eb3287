import type { Assessment } from '../../../shared/appi/assess';
import { breachFactsSchema } from '../../../shared/appi/breach-facts';
import { japanDateOf } from '../../../shared/appi/japan-time';
import type { ParsedInput } from '../../../shared/contract';
import { COUNT_CAP } from '../../../shared/contract/pagination';
import type { IncidentDetail, IncidentFactValues, IncidentValues } from '../../../shared/domain/incident';
import { assertNotFuture, instantText } from '../../../shared/domain/incident-clock';
import { assessIncident, incidentFacts } from '../../../shared/domain/incident-facts';
import { instantMs } from '../../../shared/domain/incident-instant';
import { audited } from '../audit/audited';
import type { DataScope } from '../context';
import { missingReference, revisionConflict } from '../service-errors';
import { unchanged } from '../snapshot';
import { companyExists } from '../store/companies';
import type { ReadableDB } from '../store/connection';
import * as incidents from '../store/incidents';
import { listIncidents as listRows } from '../store/incidents-list';
import { listNotifications } from '../store/notifications';
import { listEvents } from '../store/timeline';
import type { WriteTx } from '../store/write';
import { hasSentNotifications, invalidField, notFoundOf } from './errors';
import { syncNotifications } from './planning';
import { INCIDENT_ENTITY, incidentSnapshot, notificationSnapshot } from './snapshots';
import { checkStatus } from './status-guard';
import { dueRater, incidentView, summaryView } from './views';

/**
 * Breach incidents: list, show (with the live assessment of shared/appi), record, update with optimistic
 * concurrency, delete while nothing was sent, and assess unsaved form values. Each write derives the verdict and
 * triggers, plans or re-dates the notifications, and refreshes the stored next deadline, in one audited transaction.
 */
export function mustGetIncident(db: ReadableDB, id: number, path: (string | number)[] = ['id']): incidents.StoredIncident {
  const incident = incidents.getIncident(db, id);
  if (!incident) throw notFoundOf('incident', id, path);
  return incident;
}

export function detailOf(stored: incidents.StoredIncident, assessment: Assessment, now: Date): IncidentDetail {
  // Added fields first, as in incidentView: they are not in the view, and this order leaves no old-space garbage.
  return { facts: breachFactsSchema.parse(incidentFacts(stored)), assessment, ...incidentView(stored, now) };
}

function checkCompany(db: ReadableDB, companyId: number): void {
  if (!companyExists(db, companyId)) throw missingReference(['companyId'], 'company');
}

export function listIncidents(scope: DataScope, input: ParsedInput<'incidents.list'>) {
  const now = scope.now();
  const { overdue, ...filter } = input;
  // "Overdue" is counted from Japan's today by the app's clock (APPI_WORKBENCH_CLOCK moves it).
  const page = listRows(scope.db(), { overdueOn: overdue ? japanDateOf(now) : undefined, countCap: COUNT_CAP, ...filter });
  const rate = dueRater(now);
  return { items: page.items.map((row) => summaryView(row, rate)), total: page.total, totalCapped: page.totalCapped };
}

export function getIncident(scope: DataScope, id: number): IncidentDetail {
  const stored = mustGetIncident(scope.db(), id);
  return detailOf(stored, assessIncident(stored), scope.now());
}

/** The live assessment of unsaved values: a moment of knowing after the app's clock is refused like on save. */
export function assessValues(values: IncidentFactValues, now: Date): Assessment {
  assertNotFuture(values, now, ['knownAt', 'entrustorNotifiedAt']);
  return assessIncident(values);
}

/** Nothing is sent before it is known: a known-at moved after a notification already sent is refused. */
function checkKnownBeforeSent(knownAt: string, notifications: readonly { sentAt: string | null }[]): void {
  const known = instantMs(knownAt);
  const firstSent = Math.min(...notifications.map((n) => (n.sentAt === null ? Infinity : instantMs(n.sentAt))));
  if (known > firstSent) throw invalidField(['knownAt'], 'afterSent', { sent: instantText(new Date(firstSent)) });
}

/**
 * Records one incident inside a write: the bulk seeding of the benchmark and `incidents.create` share it.
 * The assessment comes first, so a date beyond the holiday data fails before anything is written.
 */
export function createIncidentIn(tx: WriteTx, values: IncidentValues): { stored: incidents.StoredIncident; assessment: Assessment } {
  const assessment = assessIncident(values);
  checkStatus(null, values.status, assessment, []);
  const id = incidents.insertIncident(tx.db, values, assessment, tx.at);
  syncNotifications(tx, { ...values, id }, assessment);
  incidents.refreshNextDeadline(tx.db, id);
  const stored = mustGetIncident(tx.db, id);
  tx.record({ entity: INCIDENT_ENTITY, entityId: id, before: null, after: incidentSnapshot(stored) });
  return { stored, assessment };
}

export function createIncident(scope: DataScope, values: IncidentValues): IncidentDetail {
  // Facts later than the app's clock cannot be true (the schema checked their order, this their time).
  assertNotFuture(values, scope.now());
  return audited(scope, 'incidents.create', (tx) => {
    checkCompany(tx.db, values.companyId);
    const { stored, assessment } = createIncidentIn(tx, values);
    return detailOf(stored, assessment, scope.now());
  });
}

export function updateIncident(scope: DataScope, input: ParsedInput<'incidents.update'>): IncidentDetail {
  const { id, revision, ...values } = input;
  return audited(scope, 'incidents.update', (tx) => {
    const current = mustGetIncident(tx.db, id);
    if (current.revision !== revision) throw revisionConflict();
    // Saving an unchanged form is not a change: no new revision, no audit row.
    if (unchanged(values, current)) return detailOf(current, assessIncident(current), scope.now());
    assertNotFuture(values, scope.now());
    if (values.companyId !== current.companyId) checkCompany(tx.db, values.companyId);
    const assessment = assessIncident(values);
    const notifications = listNotifications(tx.db, id);
    checkKnownBeforeSent(values.knownAt, notifications);
    checkStatus(current.status, values.status, assessment, notifications);
    if (!incidents.updateIncident(tx.db, id, revision, values, assessment, tx.at)) throw revisionConflict();
    syncNotifications(tx, { ...values, id }, assessment);
    incidents.refreshNextDeadline(tx.db, id);
    const updated = mustGetIncident(tx.db, id);
    tx.record({ entity: INCIDENT_ENTITY, entityId: id, before: incidentSnapshot(current), after: incidentSnapshot(updated) });
    return detailOf(updated, assessment, scope.now());
  });
}

/**
 * Deletes an incident created by mistake, with its timeline and planned notifications. Refused once anything was
 * sent (the schema refuses it too). The audit row keeps the whole record — timeline and plans included — since
 * the append-only timeline goes with it.
 */
export function deleteIncident(scope: DataScope, id: number, revision: number): { id: number } {
  return audited(scope, 'incidents.delete', (tx) => {
    const current = mustGetIncident(tx.db, id);
    if (current.revision !== revision) throw revisionConflict();
    const notifications = listNotifications(tx.db, id);
    const sent = notifications.filter((n) => n.sentAt !== null).length;
    if (sent > 0) throw hasSentNotifications(sent);
    const before = { ...incidentSnapshot(current), timeline: listEvents(tx.db, id), notifications: notifications.map(notificationSnapshot) };
    incidents.deleteIncident(tx.db, id);
    tx.record({ entity: INCIDENT_ENTITY, entityId: id, before, after: null });
    return { id };
  });
}
