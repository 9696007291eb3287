import { describe, expect, it } from 'vitest';
import { call } from '../core/helpers';
import { cardLeak, incidentCore, raw } from './helpers';

interface AuditView {
  operation: string;
  entity: string;
  entity_id: number;
  actor: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

function auditRows(file: string): AuditView[] {
  const rows = raw(file)
    .prepare('SELECT operation, entity, entity_id, actor, before_json, after_json FROM audit_log ORDER BY id')
    .all() as (Omit<AuditView, 'before' | 'after'> & { before_json: string | null; after_json: string | null })[];
  return rows.map(({ before_json, after_json, ...rest }) => ({
    ...rest,
    before: before_json === null ? null : (JSON.parse(before_json) as Record<string, unknown>),
    after: after_json === null ? null : (JSON.parse(after_json) as Record<string, unknown>),
  }));
}

describe('every incident write leaves its audit rows in the same transaction', () => {
  it('records the incident, its planned notifications, re-dating, sending and the timeline', async () => {
    const { core, company, workspacePath } = await incidentCore();
    const incident = await call(core, 'incidents.create', cardLeak(company.id));
    const [preliminary] = (await call(core, 'notifications.list', { incidentId: incident.id })).items;
    await call(core, 'incidents.update', { ...cardLeak(company.id, { knownAt: '2026-12-29T08:00+09:00' }), id: incident.id, revision: 1 });
    await call(core, 'notifications.markSent', { id: preliminary!.id, revision: 2, sentAt: '2026-12-29T09:30+09:00', method: 'PPCウェブフォーム' });
    await call(core, 'timeline.add', { incidentId: incident.id, eventKind: 'communication', at: '2026-12-29T09:30+09:00', text: '速報を送信' });

    const rows = auditRows(workspacePath).filter((r) => r.entity !== 'company');
    expect(rows.map((r) => [r.operation, r.entity])).toEqual([
      ['incidents.create', 'incident_notification'],
      ['incidents.create', 'incident_notification'],
      ['incidents.create', 'incident_notification'],
      ['incidents.create', 'incident'],
      ['incidents.update', 'incident_notification'],
      ['incidents.update', 'incident_notification'],
      ['incidents.update', 'incident_notification'],
      ['incidents.update', 'incident'],
      ['notifications.markSent', 'incident_notification'],
      ['timeline.add', 'incident_event'],
    ]);
    expect(rows[3]!.after).toMatchObject({ title: incident.title, knownAt: '2026-12-28T23:30:00+09:00', reportable: 'yes' });
    expect(rows[3]!.after).not.toHaveProperty('nextDue');
    expect(rows[4]).toMatchObject({ before: { dueDate: '2027-01-01' }, after: { dueDate: '2027-01-02' } });
    expect(rows[7]).toMatchObject({ before: { knownAt: '2026-12-28T23:30:00+09:00' }, after: { knownAt: '2026-12-29T08:00:00+09:00', revision: 2 } });
    expect(rows[8]).toMatchObject({ before: { sentAt: null }, after: { sentAt: '2026-12-29T09:30:00+09:00', method: 'PPCウェブフォーム' } });
    expect(new Set(rows.map((r) => r.actor))).toEqual(new Set(['tester']));

    const trail = await call(core, 'audit.list', { entity: 'incident_notification', entityId: preliminary!.id });
    expect(trail.items.map((e) => e.summary.ja)).toEqual(['報告・通知を送信済みに変更', 'インシデントを更新', 'インシデントを登録']);
  });

  it('keeps the whole record, timeline included, in the audit row of a deletion', async () => {
    const { core, company, workspacePath } = await incidentCore();
    const incident = await call(core, 'incidents.create', cardLeak(company.id));
    await call(core, 'timeline.add', { incidentId: incident.id, eventKind: 'discovery', at: '2026-12-28T23:30+09:00', text: '連絡を受けた' });
    await call(core, 'incidents.delete', { id: incident.id, revision: (await call(core, 'incidents.get', { id: incident.id })).revision });
    const last = auditRows(workspacePath).at(-1)!;
    expect(last).toMatchObject({ operation: 'incidents.delete', entity: 'incident', entity_id: incident.id, after: null });
    expect(last.before).toMatchObject({ title: incident.title, timeline: [{ text: '連絡を受けた' }] });
    expect((last.before!.notifications as unknown[]).length).toBe(3);
  });
});
