import { describe, expect, it, onTestFinished } from 'vitest';
import { execute } from '../../../main/core/store/connection';
import { sql } from '../../../main/core/store/sql';
import { openWorkspace } from '../../../main/core/store/workspace';
import { writeWithAudit } from '../../../main/core/store/write';
import { isAppError } from '../../../shared/errors';
import { call, tempDir } from '../core/helpers';
import { cardLeak, incidentCore, raw } from './helpers';

/** The incident tables' own guards, tried through a separate connection as a buggy service or a hand edit would. */
async function workspaceWithIncident() {
  const made = await incidentCore();
  const incident = await call(made.core, 'incidents.create', cardLeak(made.company.id));
  return { ...made, incident, db: raw(made.workspacePath) };
}

describe('CHECK constraints of the incident tables', () => {
  it.each([
    ['an instant not in Japan time', "UPDATE incidents SET known_at = '2026-12-28T14:30:00Z'"],
    ['an instant without seconds', "UPDATE incidents SET occurred_at = '2026-12-28T23:30+09:00'"],
    ['an unknown status', "UPDATE incidents SET status = 'archived'"],
    ['a count while the count is unknown', "UPDATE incidents SET individuals_kind = 'unknown'"],
    ['a negative count', 'UPDATE incidents SET individuals = -1'],
    ['a fact other than 0/1/NULL', 'UPDATE incidents SET sensitive = 2'],
    ['a next deadline without its kind', "UPDATE incidents SET next_deadline = '2027-01-01', next_deadline_kind = NULL"],
    ['an unknown data item', "INSERT INTO incident_data_items (incident_id, item) SELECT id, 'shoeSize' FROM incidents"],
    ['a notification sent without a method', "UPDATE incident_notifications SET sent_at = '2026-12-29T09:00:00+09:00', method = ''"],
    ['a combined report not sent', 'UPDATE incident_notifications SET combined_with_preliminary = 1'],
    ['an empty timeline text', "INSERT INTO incident_events (incident_id, event_kind, at, text, created_at) SELECT id, 'other', known_at, '', 'x' FROM incidents"],
  ])('refuses %s', async (_label, statement) => {
    const { db } = await workspaceWithIncident();
    expect(() => db.prepare(statement).run()).toThrow(/constraint failed/);
  });

  it('computes the Japan-time day of knowing from the stored instant', async () => {
    const { db, incident } = await workspaceWithIncident();
    expect(db.prepare('SELECT known_on FROM incidents WHERE id = ?').pluck().get(incident.id)).toBe('2026-12-28');
  });
});

describe('constraint failures become errors, never internal errors', () => {
  it('maps a company delete restricted by its incidents to a conflict', async () => {
    const { workspacePath, company } = await workspaceWithIncident();
    const connection = await openWorkspace(workspacePath);
    onTestFinished(() => connection.close());
    let error: unknown;
    try {
      writeWithAudit(connection.db, { actor: 'tester', operation: 'test', at: '2026-12-29T00:00:00.000Z' }, (tx) => {
        execute(tx.db, sql`DELETE FROM companies WHERE id = ${company.id}`);
        tx.record({ entity: 'company', entityId: company.id, before: {}, after: null });
      });
    } catch (e) {
      error = e;
    }
    expect(isAppError(error) && error.code).toBe('conflict');
  });

  it('keeps a trigger refusal (a sent notification) a bug, not a user error', async () => {
    const file = `${tempDir()}/t.sqlite`;
    const connection = await openWorkspace(file);
    onTestFinished(() => connection.close());
    connection.db.exec(`
      INSERT INTO companies (id, legal_name_ja, created_at, updated_at) VALUES (1, 'x', 'x', 'x');
      INSERT INTO incidents (id, company_id, title, status, breach_kind, certainty, known_at, individuals_kind, reportable, created_at, updated_at)
        VALUES (1, 1, 't', 'open', 'leak', 'confirmed', '2026-12-28T23:30:00+09:00', 'unknown', 'undetermined', 'x', 'x');
      INSERT INTO incident_notifications (id, incident_id, notification_kind, sent_at, method, created_at, updated_at)
        VALUES (1, 1, 'ppc_preliminary', '2026-12-29T09:00:00+09:00', 'web', 'x', 'x');
    `);
    expect(() =>
      writeWithAudit(connection.db, { actor: 'tester', operation: 'test', at: '2026-12-29T00:00:00.000Z' }, (tx) => {
        execute(tx.db, sql`UPDATE incident_notifications SET note = 'x' WHERE id = 1`);
        tx.record({ entity: 'incident_notification', entityId: 1, before: {}, after: {} });
      }),
    ).toThrow(/immutable/);
  });
});
