import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rawConnection } from '../core/db-helpers';
import { call, makeCore } from '../core/helpers';
import { cardLeak, incidentCore } from './helpers';

/**
 * The per-day counts of incidents known (migration 0014), which the list reads to weigh a day range without reading
 * it: after any sequence of records, edits of the moment of knowing and deletions, they equal the incidents counted
 * by Japan-time day of knowing.
 */
function countsByDay(file: string): { kept: Record<string, number>; counted: Record<string, number> } {
  const db = rawConnection(file, { readonly: true });
  try {
    const rows = (sql: string) => Object.fromEntries((db.prepare(sql).raw(true).all() as [string, number][]).map(([day, n]) => [day, n]));
    return {
      kept: rows('SELECT day, incidents FROM incident_known_days ORDER BY day'),
      counted: rows('SELECT substr(known_at, 1, 10) AS day, count(*) FROM incidents GROUP BY day ORDER BY day'),
    };
  } finally {
    db.close();
  }
}

describe('the incidents known per day', () => {
  it('follow records, edits of the moment of knowing (by Japan-time day) and deletions', async () => {
    const { core, company, workspacePath } = await incidentCore();
    const create = (knownAt: string) => call(core, 'incidents.create', cardLeak(company.id, { knownAt, occurredAt: null, discoveredAt: null }));
    const a = await create('2026-12-01T09:00+09:00');
    const b = await create('2026-12-01T18:00+09:00');
    await create('2026-12-02T08:00+09:00');
    // 16:00 UTC on 1 December is 01:00 on 2 December in Japan: the day kept is Japan's.
    const d = await create('2026-12-01T16:00Z');
    expect(countsByDay(workspacePath).kept).toEqual({ '2026-12-01': 2, '2026-12-02': 2 });

    await call(core, 'incidents.update', { ...cardLeak(company.id, { knownAt: '2026-11-20T10:00+09:00', occurredAt: null, discoveredAt: null }), id: a.id, revision: a.revision });
    // A new time on the same day leaves the count as it was.
    await call(core, 'incidents.update', { ...cardLeak(company.id, { knownAt: '2026-12-01T23:00+09:00', occurredAt: null, discoveredAt: null }), id: b.id, revision: b.revision });
    await call(core, 'incidents.delete', { id: d.id, revision: (await call(core, 'incidents.get', { id: d.id })).revision });
    const { kept, counted } = countsByDay(workspacePath);
    expect(kept).toEqual({ '2026-11-20': 1, '2026-12-01': 1, '2026-12-02': 1 });
    expect(kept).toEqual(counted);

    // The last incident of a day gone, the day goes: no row counts zero.
    const last = await call(core, 'incidents.get', { id: b.id });
    await call(core, 'incidents.delete', { id: b.id, revision: last.revision });
    expect(countsByDay(workspacePath).kept).toEqual({ '2026-11-20': 1, '2026-12-02': 1 });
  });

  it('equal the incidents counted by day after any sequence of records, moves and deletions', async () => {
    const days = ['2026-10-05', '2026-10-06', '2026-11-30', '2026-12-01', '2026-12-28'];
    const step = fc.oneof(
      fc.record({ kind: fc.constant('create' as const), day: fc.constantFrom(...days), hour: fc.integer({ min: 0, max: 23 }) }),
      fc.record({ kind: fc.constant('move' as const), pick: fc.nat(), day: fc.constantFrom(...days), hour: fc.integer({ min: 0, max: 23 }) }),
      fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 10 }), async (steps) => {
        const { core, company, workspacePath } = await incidentCore();
        const ids: number[] = [];
        const at = (day: string, hour: number) => `${day}T${String(hour).padStart(2, '0')}:30+09:00`;
        for (const s of steps) {
          if (s.kind === 'create') {
            ids.push((await call(core, 'incidents.create', cardLeak(company.id, { knownAt: at(s.day, s.hour), occurredAt: null, discoveredAt: null }))).id);
          } else if (ids.length > 0) {
            const id = ids[s.pick % ids.length]!;
            const current = await call(core, 'incidents.get', { id });
            if (s.kind === 'move') {
              await call(core, 'incidents.update', { ...cardLeak(company.id, { knownAt: at(s.day, s.hour), occurredAt: null, discoveredAt: null }), id, revision: current.revision });
            } else {
              await call(core, 'incidents.delete', { id, revision: current.revision });
              ids.splice(ids.indexOf(id), 1);
            }
          }
        }
        const { kept, counted } = countsByDay(workspacePath);
        expect(kept).toEqual(counted);
        core.close();
      }),
      { numRuns: 25 },
    );
  });

  it('are counted from the incidents already there when a workspace is upgraded (migration 0014)', async () => {
    const { core, company, workspacePath } = await incidentCore();
    for (const knownAt of ['2026-10-01T10:00+09:00', '2026-10-01T11:00+09:00', '2026-12-20T23:59+09:00']) {
      await call(core, 'incidents.create', cardLeak(company.id, { knownAt, occurredAt: null, discoveredAt: null }));
    }
    core.close();
    // The workspace as version 13 left it: no counts, no triggers.
    const db = rawConnection(workspacePath);
    db.exec(`DROP TRIGGER incident_known_days_insert; DROP TRIGGER incident_known_days_delete;
             DROP TRIGGER incident_known_days_update; DROP TABLE incident_known_days; PRAGMA user_version = 13;`);
    db.close();
    const reopened = await makeCore({ workspacePath, now: () => new Date('2026-12-29T01:00:00.000Z') });
    expect(reopened.core.workspace().schemaVersion).toBe(14);
    expect(countsByDay(workspacePath).kept).toEqual({ '2026-10-01': 2, '2026-12-20': 1 });
    await call(reopened.core, 'incidents.create', cardLeak(company.id, { knownAt: '2026-12-20T08:00+09:00', occurredAt: null, discoveredAt: null }));
    expect(countsByDay(workspacePath).kept).toEqual({ '2026-10-01': 2, '2026-12-20': 2 });
  });
});
