import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../shared/appi/civil-date';
import { dueStatus } from '../../shared/domain/incident-deadline-rank';
import type { NotificationKind } from '../../shared/domain/incident-notification';
import { dueRater } from '../../main/core/incidents/views';

const kinds: NotificationKind[] = ['ppc_preliminary', 'ppc_final', 'individuals_notice', 'entrustor', 'other'];
// Any instant of 2024–2027 (Japan's day turns at 15:00 UTC), and due dates around it, many of them shared.
const instant = fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2027, 11, 31) }).map((ms) => new Date(ms));
const row = fc.record({ kind: fc.constantFrom(...kinds), offset: fc.integer({ min: -40, max: 40 }) });

/** A list rates its rows with one rater (today found once); each row must read as dueStatus rates it alone. */
describe('a list’s due-date rater', () => {
  it('rates every row as dueStatus does, whatever the rows share of kinds and dates', () => {
    fc.assert(
      fc.property(instant, fc.array(row, { maxLength: 30 }), (now, rows) => {
        const rate = dueRater(now);
        for (const { kind, offset } of rows) {
          const due = addDays('2026-01-01', offset + Math.floor((now.getTime() - Date.UTC(2026, 0, 1)) / 86_400_000));
          expect(rate(kind, due)).toEqual(dueStatus(kind, due, now));
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('turns the day at midnight in Japan, not in UTC', () => {
    const rate = (iso: string) => dueRater(new Date(iso))('ppc_preliminary', '2026-12-10');
    expect(rate('2026-12-10T14:59:59Z')).toMatchObject({ kind: 'dueIn', days: 0 });
    expect(rate('2026-12-10T15:00:00Z')).toMatchObject({ kind: 'overdue', days: 1, label: { ja: '1日超過' } });
  });
});
