import { assertNotFuture } from '../../../shared/domain/incident-clock';
import type { TimelineEvent, TimelineEventValues } from '../../../shared/domain/incident-timeline';
import { audited } from '../audit/audited';
import type { DataScope } from '../context';
import * as timeline from '../store/timeline';
import { invalidField, notFoundOf } from './errors';
import { mustGetIncident } from './service';
import { EVENT_ENTITY } from './snapshots';

/**
 * The incident's timeline: events are only ever added (the schema refuses UPDATE and DELETE). A correction is a new
 * event naming the one it corrects, which must belong to the same incident; the list then marks the corrected one
 * as superseded, so what was first written stays readable.
 */
export function listTimeline(scope: DataScope, incidentId: number): { items: TimelineEvent[] } {
  const db = scope.db();
  mustGetIncident(db, incidentId, ['incidentId']);
  return { items: timeline.listEvents(db, incidentId) };
}

export function addTimelineEvent(scope: DataScope, values: TimelineEventValues): TimelineEvent {
  // A record of what happened: an event after the app's clock has not happened yet.
  assertNotFuture(values, scope.now(), ['at']);
  return audited(scope, 'timeline.add', (tx) => {
    mustGetIncident(tx.db, values.incidentId, ['incidentId']);
    if (values.correctsEventId !== null) {
      const corrected = timeline.getEvent(tx.db, values.correctsEventId);
      if (!corrected || corrected.incidentId !== values.incidentId) throw invalidField(['correctsEventId'], 'otherIncident');
    }
    const id = timeline.insertEvent(tx.db, values, tx.at);
    const created = timeline.getEvent(tx.db, id);
    if (!created) throw notFoundOf('event', id);
    const { supersededBy: _derived, ...after } = created;
    tx.record({ entity: EVENT_ENTITY, entityId: id, before: null, after });
    return created;
  });
}
