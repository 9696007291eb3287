import { describe, expect, it } from 'vitest';
import { contract } from '../../../shared/contract';
import { call } from '../core/helpers';
import { cardLeak, incidentCore, minorLoss, raw, refusedWithoutWriting } from './helpers';

describe('the timeline', () => {
  it('lists events in the order they happened, a correction marking the corrected event superseded', async () => {
    const { core, company } = await incidentCore();
    const incident = await call(core, 'incidents.create', cardLeak(company.id));
    const containment = await call(core, 'timeline.add', {
      incidentId: incident.id,
      eventKind: 'containment',
      at: '2026-12-29T02:00+09:00',
      text: '決済画面を停止',
      by: '情報システム部 佐藤',
    });
    const discovery = await call(core, 'timeline.add', { incidentId: incident.id, eventKind: 'discovery', at: '2026-12-28T13:30:00Z', text: 'カード会社から連絡' });
    const correction = await call(core, 'timeline.add', {
      incidentId: incident.id,
      eventKind: 'containment',
      at: '2026-12-29T01:45+09:00',
      text: '決済画面を停止（時刻を訂正）',
      correctsEventId: containment.id,
    });
    const { items } = await call(core, 'timeline.list', { incidentId: incident.id });
    expect(contract['timeline.list'].output.safeParse({ items }).success).toBe(true);
    expect(items.map((e) => [e.id, e.at, e.supersededBy])).toEqual([
      [discovery.id, '2026-12-28T22:30:00+09:00', null],
      [correction.id, '2026-12-29T01:45:00+09:00', null],
      [containment.id, '2026-12-29T02:00:00+09:00', correction.id],
    ]);
    expect(items[2]).toMatchObject({ text: '決済画面を停止', by: '情報システム部 佐藤' });
  });

  it('refuses a correction of another incident’s event, writing nothing', async () => {
    const { core, company, workspacePath } = await incidentCore();
    const a = await call(core, 'incidents.create', cardLeak(company.id));
    const b = await call(core, 'incidents.create', minorLoss(company.id));
    const event = await call(core, 'timeline.add', { incidentId: a.id, eventKind: 'finding', at: '2026-12-29T09:00+09:00', text: '原因を特定' });
    const error = await refusedWithoutWriting(core, workspacePath, 'timeline.add', {
      incidentId: b.id,
      eventKind: 'finding',
      at: '2026-12-29T09:00+09:00',
      text: '訂正',
      correctsEventId: event.id,
    });
    expect(error).toMatchObject({ code: 'validation', path: ['correctsEventId'] });
    expect(error.message.ja).toBe('訂正する記録には同じインシデントの記録を選んでください。');
  });

  it('is append-only in SQLite itself: a raw UPDATE or DELETE raises', async () => {
    const { core, company, workspacePath } = await incidentCore();
    const incident = await call(core, 'incidents.create', cardLeak(company.id));
    const event = await call(core, 'timeline.add', { incidentId: incident.id, eventKind: 'decision', at: '2026-12-29T09:00+09:00', text: '速報を出す' });
    const db = raw(workspacePath);
    expect(() => db.prepare("UPDATE incident_events SET text = '書き換え' WHERE id = ?").run(event.id)).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM incident_events WHERE id = ?').run(event.id)).toThrow(/append-only/);
    expect(db.prepare('SELECT text FROM incident_events WHERE id = ?').pluck().get(event.id)).toBe('速報を出す');
  });
});
