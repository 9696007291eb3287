import { describe, expect, it } from 'vitest';
import { daysLeft, deadlineStatus, targetStatus } from '../../../shared/appi/deadline-status';

describe('days left in Japan time', () => {
  it.each([
    ['2027-01-01T14:59:00Z', 3], // 23:59 JST on 1/1
    ['2027-01-01T15:00:00Z', 2], // 00:00 JST on 1/2
    ['2027-01-04T23:59:59+09:00', 0],
    ['2027-01-04T08:00:00-08:00', -1], // 01:00 JST on 1/5
  ] as const)('now %s → %i days to 2027-01-04', (now, expected) => {
    expect(daysLeft(now, '2027-01-04')).toBe(expected);
  });
});

describe('deadline status (ui-guide "Deadlines")', () => {
  const due = '2027-01-04';
  it.each([
    { now: '2027-01-01T09:00:00+09:00', sentAt: null, expected: { kind: 'dueIn', days: 3, tone: 'later', label: { ja: 'あと3日', en: 'due in 3 days' } } },
    { now: '2027-01-02T09:00:00+09:00', sentAt: null, expected: { kind: 'dueIn', days: 2, tone: 'soon', label: { ja: 'あと2日', en: 'due in 2 days' } } },
    { now: '2027-01-03T09:00:00+09:00', sentAt: null, expected: { kind: 'dueIn', days: 1, tone: 'soon', label: { ja: 'あと1日', en: 'due in 1 day' } } },
    { now: '2027-01-04T23:59:00+09:00', sentAt: null, expected: { kind: 'dueIn', days: 0, tone: 'soon', label: { ja: '本日期限', en: 'due today' } } },
    { now: '2027-01-05T00:00:00+09:00', sentAt: null, expected: { kind: 'overdue', days: 1, tone: 'overdue', label: { ja: '1日超過', en: 'overdue by 1 day' } } },
    { now: '2027-01-07T12:00:00+09:00', sentAt: null, expected: { kind: 'overdue', days: 3, tone: 'overdue', label: { ja: '3日超過', en: 'overdue by 3 days' } } },
    { now: '2027-02-01T00:00:00Z', sentAt: '2027-01-04T23:59:00+09:00', expected: { kind: 'onTime', daysEarly: 0, tone: 'onTime', label: { ja: '期限内', en: 'on time' } } },
    { now: '2027-02-01T00:00:00Z', sentAt: '2027-01-02T10:00:00+09:00', expected: { kind: 'onTime', daysEarly: 2, tone: 'onTime', label: { ja: '期限内', en: 'on time' } } },
    { now: '2027-02-01T00:00:00Z', sentAt: '2027-01-04T15:30:00Z', expected: { kind: 'late', days: 1, tone: 'late', label: { ja: '1日遅れ', en: 'late by 1 day' } } },
    { now: '2027-02-01T00:00:00Z', sentAt: '2027-01-06T09:00:00+09:00', expected: { kind: 'late', days: 2, tone: 'late', label: { ja: '2日遅れ', en: 'late by 2 days' } } },
  ])('now $now, sent $sentAt', ({ now, sentAt, expected }) => {
    expect(deadlineStatus({ due, now, sentAt })).toEqual(expected);
  });

  it('names the field of a malformed instant', () => {
    expect(() => deadlineStatus({ due, now: 'soon' })).toThrow(expect.objectContaining({ code: 'validation', path: ['now'] }));
    expect(() => deadlineStatus({ due, now: '2027-01-01T00:00:00Z', sentAt: '2027-01-01' })).toThrow(
      expect.objectContaining({ path: ['sentAt'] }),
    );
  });
});

describe('a duty with a target, not a statutory deadline (targetStatus)', () => {
  const now = '2026-12-08T01:00:00Z'; // 10:00 JST on 8 December
  it('says 「速やかに」 against the yardstick, and never "overdue" once it passed', () => {
    expect(targetStatus({ target: '2026-12-10', now, measure: 'promptly' })).toEqual({
      kind: 'target', days: 2, tone: 'target', label: { ja: '速やかに（目安まで2日）', en: 'promptly (target in 2 days)' },
    });
    expect(targetStatus({ target: '2026-12-08', now, measure: 'promptly' }).label).toEqual({ ja: '速やかに（目安は本日）', en: 'promptly (target today)' });
    expect(targetStatus({ target: '2026-12-07', now, measure: 'promptly' })).toEqual({
      kind: 'target', days: -1, tone: 'targetPassed', label: { ja: '速やかに（目安を1日経過）', en: 'promptly (1 day past target)' },
    });
  });

  it('rates a sent one as done, before or after its target, in Japan time', () => {
    // 23:59 JST on the target day is by the target; 00:00 JST the next day is a day after it.
    expect(targetStatus({ target: '2026-12-03', now, sentAt: '2026-12-03T14:59:00Z', measure: 'promptly' })).toMatchObject({ kind: 'done', days: 0, tone: 'done', label: { ja: '送付済み（目安まで）' } });
    expect(targetStatus({ target: '2026-12-03', now, sentAt: '2026-12-03T15:00:00Z', measure: 'promptly' })).toMatchObject({ kind: 'done', days: 1, label: { en: 'sent 1 day after the target' } });
  });

  it('words a date the user planned as a plan', () => {
    expect(targetStatus({ target: '2026-12-05', now, measure: 'planned' }).label).toEqual({ ja: '予定日から3日経過', en: '3 days past the planned date' });
  });
});
