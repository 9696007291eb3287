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

    // Each shows its 速報's outer limit (day 5), not the notice's earlier yardstick (day 3).
    expect(dashboard.open.items.map((i) => [i.id, i.nextDeadline?.due ?? null, i.nextDeadline?.status.label.en ?? null])).toEqual([
      [health.id, '2026-12-05', 'overdue by 46 days'],
      [fresh.id, '2027-01-23', 'due in 3 days'],
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

/**
 * Issue 10, item 3. The clock reads 10:00 JST on Tuesday 8 December 2026.
 * - `late`: a card leak known on 1 December (day 1); its 速報's outer limit, day 5, was 5 December: three days past,
 *   with the notice to individuals (no statutory day count, yardstick day 3 = 3 December) pending as well;
 * - `soon`: known on 7 December: the 速報 is due on 11 December;
 * - `noticeOnly`: known on 20 November, both reports sent, only the notice to individuals left, its yardstick
 *   (22 November) long past — earlier than any date above, yet no statutory deadline is missed.
 */
const DEC_8 = '2026-12-08T01:00:00.000Z';

async function statutoryCase() {
  const made = await incidentCore(DEC_8);
  const { core, company } = made;
  const at = (knownAt: string) => ({ knownAt, occurredAt: null, discoveredAt: null });
  const late = await call(core, 'incidents.create', cardLeak(company.id, { title: '速報が期限切れの漏えい', ...at('2026-12-01T09:00+09:00') }));
  const soon = await call(core, 'incidents.create', cardLeak(company.id, { title: '昨日把握した漏えい', ...at('2026-12-07T15:00+09:00') }));
  const noticeOnly = await call(core, 'incidents.create', cardLeak(company.id, { title: '本人通知だけが残る漏えい', ...at('2026-11-20T10:00+09:00') }));
  const items = (await call(core, 'notifications.list', { incidentId: noticeOnly.id })).items;
  const kind = (k: string) => items.find((n) => n.notificationKind === k)!;
  await call(core, 'notifications.markSent', { id: kind('ppc_preliminary').id, revision: 1, sentAt: '2026-11-22T17:00+09:00', method: 'PPCウェブフォーム' });
  await call(core, 'notifications.markSent', { id: kind('ppc_final').id, revision: 1, sentAt: '2026-12-04T11:00+09:00', method: 'PPCウェブフォーム' });
  return { ...made, late, soon, noticeOnly };
}

const deadlineOf = (row: { title: string; nextDeadline: { notificationKind: string; due: string; status: { kind: string; tone: string } } | null }) => [
  row.title,
  row.nextDeadline?.notificationKind ?? null,
  row.nextDeadline?.due ?? null,
  row.nextDeadline?.status.kind ?? null,
  row.nextDeadline?.status.tone ?? null,
];

describe('the statutory deadline first, everywhere (regression: the notice’s yardstick hid an overdue 速報)', () => {
  it('shows an unsent 速報 past its day-5 limit as overdue on the dashboard, in the list and in the header', async () => {
    const { core, late } = await statutoryCase();
    const expected = ['速報が期限切れの漏えい', 'ppc_preliminary', '2026-12-05', 'overdue', 'overdue'];

    const dashboard = await call(core, 'incidents.dashboard', {});
    expect(deadlineOf(dashboard.open.items[0]!)).toEqual(expected);
    expect(dashboard.open.items[0]!.nextDeadline!.status.label).toEqual({ ja: '3日超過', en: 'overdue by 3 days' });

    const list = await call(core, 'incidents.list', {});
    expect(deadlineOf(list.items[0]!)).toEqual(expected);

    const header = await call(core, 'incidents.get', { id: late.id });
    expect(deadlineOf(header)).toEqual(expected);
  });

  it('ranks every statutory deadline above a duty to act promptly, whose yardstick is calm, not overdue', async () => {
    const { core } = await statutoryCase();
    const order = [
      ['速報が期限切れの漏えい', 'ppc_preliminary', '2026-12-05', 'overdue', 'overdue'],
      ['昨日把握した漏えい', 'ppc_preliminary', '2026-12-11', 'dueIn', 'later'],
      // The yardstick (day 3) passed 16 days ago: shown, after the statutory ones, and not as a missed deadline.
      ['本人通知だけが残る漏えい', 'individuals_notice', '2026-11-22', 'target', 'targetPassed'],
    ];
    const dashboard = await call(core, 'incidents.dashboard', {});
    expect(dashboard.open.items.map(deadlineOf)).toEqual(order);
    // Only a missed statutory deadline counts as overdue.
    expect(dashboard.open).toMatchObject({ total: 3, overdue: 1 });
    expect(dashboard.open.items[2]!.nextDeadline!.status.label).toEqual({
      ja: '速やかに（目安を16日経過）',
      en: 'promptly (16 days past target)',
    });

    expect((await call(core, 'incidents.list', {})).items.map(deadlineOf)).toEqual(order);
  });

  it('times every sent report, whatever the incident’s status (regression: empty after a 速報 was marked sent)', async () => {
    const { core, late, noticeOnly } = await statutoryCase();
    const preliminary = (await call(core, 'notifications.list', { incidentId: late.id })).items.find((n) => n.notificationKind === 'ppc_preliminary')!;
    await call(core, 'notifications.markSent', { id: preliminary.id, revision: preliminary.revision, sentAt: '2026-12-08T09:30+09:00', method: 'PPCウェブフォーム' });
    expect((await call(core, 'incidents.get', { id: late.id })).status).toBe('open');

    const dashboard = await call(core, 'incidents.dashboard', {});
    // Newest known first; both incidents are still open.
    expect(dashboard.timeToReport.map((row) => [row.title, row.preliminary, row.final?.day ?? null])).toEqual([
      ['速報が期限切れの漏えい', { sentOn: '2026-12-08', day: 8, due: '2026-12-05', dueDay: 5, onTime: false, combined: false }, null],
      ['本人通知だけが残る漏えい', { sentOn: '2026-11-22', day: 3, due: '2026-11-24', dueDay: 5, onTime: true, combined: false }, 15],
    ]);
    expect(dashboard.timeToReport.map((row) => row.id)).toEqual([late.id, noticeOnly.id]);
  });
});
