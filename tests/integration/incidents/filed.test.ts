import { describe, expect, it } from 'vitest';
import type { Input } from '../../../shared/contract';
import { filedReportSchema } from '../../../shared/domain/incident-filed';
import { rawConnection } from '../core/db-helpers';
import { call } from '../core/helpers';
import { cardLeak, incidentCore } from './helpers';

/**
 * The content of a 速報 / 確報 as filed (issue #10 item 4): frozen in the notification's `filed` column by the
 * mark-sent write, in its audit entry, never changed afterwards; other kinds of notification keep none.
 */
async function setUp() {
  const made = await incidentCore();
  const incident = await call(made.core, 'incidents.create', {
    ...cardLeak(made.company.id),
    reportOverview: '決済画面が改ざんされた。',
    reportCause: '調査中',
    discoveredBy: 'カード会社',
    medium: 'electronic',
  } as Input<'incidents.create'>);
  const list = async () => (await call(made.core, 'notifications.list', { incidentId: incident.id })).items;
  const of = async (kind: string) => (await list()).find((n) => n.notificationKind === kind)!;
  return { ...made, incident, list, of };
}

describe('a report as filed', () => {
  it('freezes the 速報 content when it is marked sent, in the same write as its audit entry', async () => {
    const { core, incident, of } = await setUp();
    const planned = await of('ppc_preliminary');
    expect(planned.filed).toBeNull();
    const sent = await call(core, 'notifications.markSent', { id: planned.id, revision: planned.revision, sentAt: '2026-12-29T09:30+09:00', method: 'PPCウェブフォーム' });
    const filed = filedReportSchema.parse(sent.filed);
    expect(filed).toMatchObject({
      version: 1,
      stage: 'preliminary',
      notificationId: planned.id,
      sentAt: '2026-12-29T09:30:00+09:00',
      documentDate: '2026-12-29',
      reporter: { legalNameJa: '株式会社サンプル' },
      incident: { id: incident.id, reportOverview: '決済画面が改ざんされた。', discoveredBy: 'カード会社', medium: 'electronic', reportable: 'yes' },
    });
    expect(filed.answers.overview).toEqual({ value: { ja: '決済画面が改ざんされた。', en: '決済画面が改ざんされた。' }, status: 'given' });
    expect(filed.answers.prevention?.status).toBe('unknown');
    const audit = await call(core, 'audit.list', { entity: 'incident_notification', entityId: planned.id });
    const entry = audit.items.find((row) => JSON.stringify(row).includes('"filed"') && JSON.stringify(row).includes('決済画面が改ざんされた。'));
    expect(entry).toBeDefined();
  });

  it('keeps the filed content whatever is edited later, and the database refuses to change it', async () => {
    const { core, incident, of, workspacePath, company } = await setUp();
    const planned = await of('ppc_preliminary');
    await call(core, 'notifications.markSent', { id: planned.id, revision: planned.revision, sentAt: '2026-12-29T09:30+09:00', method: 'PPCウェブフォーム' });
    const before = (await of('ppc_preliminary')).filed;
    const current = await call(core, 'incidents.get', { id: incident.id });
    await call(core, 'incidents.update', { ...cardLeak(company.id), reportOverview: '別の内容に書き換えた。', id: incident.id, revision: current.revision });
    expect((await of('ppc_preliminary')).filed).toEqual(before);
    const db = rawConnection(workspacePath);
    expect(() => db.prepare(`UPDATE incident_notifications SET filed = '{}' WHERE id = ?`).run(planned.id)).toThrow();
    db.close();
    expect((await of('ppc_preliminary')).filed).toEqual(before);
  });

  it("gives a 確報 the 速報's answers it started from, and a 確報 serving as both its content to the covered 速報", async () => {
    const first = await setUp();
    const preliminary = await first.of('ppc_preliminary');
    await call(first.core, 'notifications.markSent', { id: preliminary.id, revision: preliminary.revision, sentAt: '2026-12-29T09:30+09:00', method: 'PPCウェブフォーム' });
    const final = await first.of('ppc_final');
    const sentFinal = await call(first.core, 'notifications.markSent', { id: final.id, revision: final.revision, sentAt: '2026-12-29T10:00+09:00', method: 'PPCウェブフォーム' });
    expect(sentFinal.filed).toMatchObject({ stage: 'final', preliminary: { notificationId: preliminary.id, sentAt: '2026-12-29T09:30:00+09:00' } });
    expect(sentFinal.filed?.preliminary?.answers.overview?.value.ja).toBe('決済画面が改ざんされた。');

    const second = await setUp();
    const alone = await second.of('ppc_final');
    await call(second.core, 'notifications.markSent', { id: alone.id, revision: alone.revision, sentAt: '2026-12-29T10:00+09:00', method: 'PPCウェブフォーム', combinedWithPreliminary: true });
    const covered = await second.of('ppc_preliminary');
    expect(covered.sentAt).not.toBeNull();
    expect(covered.filed).toEqual((await second.of('ppc_final')).filed);
    expect(covered.filed?.stage).toBe('final');
  });

  it('keeps no filed content for notices and other notifications', async () => {
    const { core, incident, list } = await setUp();
    await call(core, 'notifications.plan', { incidentId: incident.id, notificationKind: 'other', recipient: '警察署', dueDate: '2026-12-29' });
    const other = (await list()).find((n) => n.notificationKind === 'other')!;
    const sent = await call(core, 'notifications.markSent', { id: other.id, revision: other.revision, sentAt: '2026-12-29T09:00+09:00', method: '電話' });
    expect(sent.filed).toBeNull();
  });
});
