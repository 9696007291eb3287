import { describe, expect, it } from 'vitest';
import { assess } from '../../../shared/appi/assess';
import { daysBetween, weekdayOf } from '../../../shared/appi/civil-date';
import { computeDeadlines } from '../../../shared/appi/deadlines';
import { CalendarRangeError } from '../../../shared/appi/japan-calendar';
import { deadlineCases, outOfRangeCases } from './deadline-cases';

const WEEKDAY_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/**
 * The deadline table as tests. Defined once and run by deadlines.test.ts in the host's zone and by
 * deadlines-zones.test.ts under other zones: the results must not depend on where the machine is.
 */
export function deadlineSuite(): void {
  describe.each(deadlineCases)('$name ($knownAt)', (k) => {
    const result = computeDeadlines({ knownAt: k.knownAt, wrongfulPurpose: k.wrongful });

    it('knows the Japan date and the three deadlines', () => {
      expect({
        knownOn: result.knownOn,
        target: result.preliminary.target.date,
        limit: result.preliminary.limit.date,
        lastDay: result.final.lastDay,
        due: result.final.due.date,
        days: result.final.days,
      }).toEqual({
        knownOn: k.knownOn,
        target: k.target,
        limit: k.limit,
        lastDay: k.lastDay,
        due: k.due,
        days: k.wrongful ? 60 : 30,
      });
      expect(result.final.rolled).toBe(k.lastDay !== k.due);
    });

    it('explains the final date step by step', () => {
      const { steps, text } = result.final.due.basis;
      expect(steps[0]).toMatchObject({ kind: 'known', date: k.knownOn, day: 1 });
      expect(steps[1]).toMatchObject({ kind: 'count', day: k.wrongful ? 60 : 30, date: k.lastDay });
      expect(steps.filter((s) => s.kind === 'skip')).toHaveLength(daysBetween(k.lastDay, k.due));
      expect(steps.at(-1)).toMatchObject({ kind: 'due', date: k.due, rolled: k.lastDay !== k.due, rollsForward: true });
      // English dates as the screens write them, Sat, Jan 2, 2027 — never ISO (issue 13 item 5).
      const en = (date: string) => `${WEEKDAY_EN[weekdayOf(date)]}, ${new Date(`${date}T00:00:00Z`).toLocaleDateString('en-US', { timeZone: 'UTC', month: 'short', day: 'numeric', year: 'numeric' })}`;
      const lastDay = `day ${k.wrongful ? 60 : 30} = ${en(k.lastDay)}`;
      expect(text.en).toContain(`known ${en(k.knownOn)}`);
      expect(text.en).toContain(lastDay);
      expect(text.en).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      if (k.lastDay !== k.due) expect(text.en.endsWith(`→ ${en(k.due)}`)).toBe(true);
      expect(text.ja).toContain(`${k.lastDay.replaceAll('-', '/')}（`);
    });

    it('gives the same dates through assess() when reportable', () => {
      const facts = k.wrongful ? { wrongfulPurpose: true, highLevelEncryption: false } : { sensitive: true, highLevelEncryption: false };
      const a = assess(facts, k.knownAt);
      expect(a.knownOn).toBe(k.knownOn);
      expect(a.preliminary).toEqual({ target: k.target, limit: k.limit });
      expect(a.final).toEqual({ due: k.due, days: k.wrongful ? 60 : 30 });
    });
  });

  describe.each(outOfRangeCases)('no holiday data for $year ($knownAt)', ({ knownAt, wrongful, year }) => {
    it('refuses to guess', () => {
      let error: unknown;
      try {
        computeDeadlines({ knownAt, wrongfulPurpose: wrongful });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(CalendarRangeError);
      const rangeError = error as CalendarRangeError;
      expect(rangeError.year).toBe(year);
      expect(rangeError.code).toBe('validation');
      expect(rangeError.path).toEqual(['knownAt']);
      expect(rangeError.text.ja).toContain(`${year}年の祝日データがありません。`);
      expect(rangeError.text.en).toContain(`No holiday data for ${year}.`);
    });
  });
}
