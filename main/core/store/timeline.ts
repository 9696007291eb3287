import type { EventKind, TimelineEvent, TimelineEventValues } from '../../../shared/domain/incident-timeline';
import { execute, queryAll, queryOne, type ReadableDB, type WritableDB } from './connection';
import type { IncidentEventRow } from './incidents-rows';
import { sql } from './sql';

/** The timeline repository: insert and read only — the schema's triggers refuse UPDATE and DELETE. */
type EventListRow = IncidentEventRow & { superseded_by: number | null };

const selectEvent = sql`
  SELECT e.*, (SELECT max(c.id) FROM incident_events c WHERE c.corrects_event_id = e.id) AS superseded_by
  FROM incident_events e`;

function eventOf(row: EventListRow): TimelineEvent {
  return {
    id: row.id,
    incidentId: row.incident_id,
    eventKind: row.event_kind as EventKind,
    at: row.at,
    text: row.text,
    by: row.by_whom,
    correctsEventId: row.corrects_event_id,
    supersededBy: row.superseded_by,
    createdAt: row.created_at,
  };
}

export function getEvent(db: ReadableDB, id: number): TimelineEvent | undefined {
  const row = queryOne<EventListRow>(db, sql`${selectEvent} WHERE e.id = ${id}`);
  return row && eventOf(row);
}

/** In the order things happened (then the order they were recorded). */
export function listEvents(db: ReadableDB, incidentId: number): TimelineEvent[] {
  return queryAll<EventListRow>(db, sql`${selectEvent} WHERE e.incident_id = ${incidentId} ORDER BY e.at, e.id`).map(eventOf);
}

export function insertEvent(db: WritableDB, values: TimelineEventValues, at: string): number {
  const result = execute(
    db,
    sql`INSERT INTO incident_events (incident_id, event_kind, at, text, by_whom, corrects_event_id, created_at)
        VALUES (${values.incidentId}, ${values.eventKind}, ${values.at}, ${values.text}, ${values.by},
                ${values.correctsEventId}, ${at})`,
  );
  return Number(result.lastInsertRowid);
}
