import { describe, expect, it } from 'vitest';
import { lastMonths } from '../../../main/core/incidents/dashboard';
import { contract } from '../../../shared/contract';
import { call } from '../core/helpers';
import { cardLeak, incidentCore, minorLoss } from './helpers';

describe('the deadline dashboard', () => {
  it('lists open incidents overdue first, counts by month, and times the reports against their limits', async () => {
    // The clock reads 09:00 JST on 20 January 2027.
    const { core, company } = await incidentCore('2027-01-20T00:00:00.000Z');
    let card = await call(core, 'incidents.create', cardLeak(company.id));
    const health = await call(core, 'incidents.create', cardLeak(company.id, {
      title: '健康診断結果の誤送信',
      knownAt: '2026-12-01T09:00+09:00',
      occurredAt: null,
      discoveredAt: null,
      dataItems: ['healthCheck'],
    }));
    const loss = await call(core, 'incidents.create', minorLoss(company.id));
    const fresh = await call(core, 'incidents.create', cardLeak(company.id, { title: '昨日の漏えい', knownAt: '2027-01-19T18:00+09:00', occurredAt: null, discoveredAt: null }));

    const [preliminary, final] = (await call(core, 'notifications.list', { incidentId: card.id })).items;
    await call(core, 'notifications.markSent', { id: preliminary!.id, revision: 1, sentAt: '2026-12-30T17:00+09:00', method: 'PPCウェブフォーム' });
    await call(core, 'notifications.markSent', { id: final!.id, revision: 1, sentAt: '2027-01-15T11:00+09:00', method: 'PPCウェブフォーム' });
    const notice = (await call(core, 'notifications.list', { incidentId: card.id })).items[2]!;
    await call(core, 'notifications.markSent', { id: notice.id, revision: notice.revision, sentAt: '2027-01-05T10:00+09:00', method: '書面' });
    card = await call(core, 'incidents.update', { ...cardLeak(company.id), status: 'reported', id: card.id, revision: card.revision });
    card = await call(core, 'incidents.update', { ...cardLeak(company.id), status: 'closed', id: card.id, revision: card.revision });

    const dashboard = await call(core, 'incidents.dashboard', {});
    expect(contract['incidents.dashboard'].output.safeParse(dashboard).success).toBe(true);
    expect(dashboard.today).toBe('2027-01-20');

    expect(dashboard.open.items.map((i) => [i.id, i.nextDeadline?.due ?? null, i.nextDeadline?.status.label.en ?? null])).toEqual([
      [health.id, '2026-12-03', 'overdue by 48 days'],
      [fresh.id, '2027-01-21', 'due in 1 day'],
      [loss.id, null, null],
    ]);
    expect(dashboard.open).toMatchObject({ total: 3, overdue: 1 });

    expect(dashboard.monthly).toHaveLength(12);
    expect(dashboard.monthly[0]).toEqual({ month: '2026-02', count: 0 });
    expect(dashboard.monthly.slice(-3)).toEqual([
      { month: '2026-11', count: 1 },
      { month: '2026-12', count: 2 },
      { month: '2027-01', count: 1 },
    ]);

    expect(dashboard.timeToReport).toEqual([
      {
        id: card.id,
        title: card.title,
        knownOn: '2026-12-28',
        preliminaryLimitDay: 5,
        finalDays: 30,
        preliminary: { sentOn: '2026-12-30', day: 3, due: '2027-01-01', dueDay: 5, onTime: true, combined: false },
        final: { sentOn: '2027-01-15', day: 19, due: '2027-01-26', dueDay: 30, onTime: true, combined: false },
      },
    ]);
  });

  it('limits the open list but still counts them all', async () => {
    const { core, company } = await incidentCore('2027-01-20T00:00:00.000Z');
    for (let i = 0; i < 3; i++) await call(core, 'incidents.create', cardLeak(company.id, { title: `事故${i}` }));
    const dashboard = await call(core, 'incidents.dashboard', { openLimit: 2 });
    expect(dashboard.open.items).toHaveLength(2);
    expect(dashboard.open).toMatchObject({ total: 3, overdue: 3 });
  });

  it('counts twelve months back across a new year', () => {
    expect(lastMonths('2027-01-20')).toEqual([
      '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07',
      '2026-08', '2026-09', '2026-10', '2026-11', '2026-12', '2027-01',
    ]);
    expect(lastMonths('2026-12-31', 2)).toEqual(['2026-11', '2026-12']);
  });
});
