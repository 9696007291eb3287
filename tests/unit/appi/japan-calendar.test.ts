import holidayJp from '@holiday-jp/holiday_jp';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  civilDateOf,
  dayNumberOf,
  daysBetween,
  isIsoDate,
  parseIsoDate,
  weekdayOf,
} from '../../../shared/appi/civil-date';
import {
  CalendarRangeError,
  closedDayReason,
  holidayDataRange,
  holidayName,
  isNationalHoliday,
  isYearEndClosure,
} from '../../../shared/appi/japan-calendar';
import { isoInstant, japanDateOf, japanTimeOf, tryParseInstant } from '../../../shared/appi/japan-time';
import { AppError } from '../../../shared/errors';

describe('civil dates', () => {
  it('agrees with the proleptic Gregorian calendar over 1900–2100 (checked against Date.UTC, which is zone-free)', () => {
    for (let n = dayNumberOf({ year: 1900, month: 1, day: 1 }); n <= dayNumberOf({ year: 2100, month: 12, day: 31 }); n++) {
      const expected = new Date(n * 86_400_000).toISOString().slice(0, 10);
      const civil = civilDateOf(n);
      const got = `${civil.year}-${String(civil.month).padStart(2, '0')}-${String(civil.day).padStart(2, '0')}`;
      if (got !== expected || dayNumberOf(civil) !== n) expect({ n, got }).toEqual({ n, got: expected });
    }
  });

  it.each([
    ['1970-01-01', 4],
    ['2026-12-28', 1],
    ['2027-01-02', 6],
    ['2028-02-29', 2],
    ['2030-12-28', 6],
  ] as const)('weekday of %s is %i (0 = Sunday)', (date, weekday) => {
    expect(weekdayOf(date)).toBe(weekday);
  });

  it('adds days across month ends, leap days and years', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(daysBetween('2026-12-28', '2027-02-25')).toBe(59);
  });

  it.each(['2027-02-29', '2026-13-01', '2026-1-1', '2026-04-31', 'x'])('refuses %j', (date) => {
    expect(isIsoDate(date)).toBe(false);
    expect(() => parseIsoDate(date, ['due'])).toThrow(AppError);
  });
});

describe('Japan time from an instant', () => {
  it.each([
    ['2026-12-28T14:59:00Z', '2026-12-28', '23:59'],
    ['2026-12-28T15:00:00Z', '2026-12-29', '00:00'],
    ['2026-12-28T15:01:00Z', '2026-12-29', '00:01'],
    ['2026-12-28T23:59:00+09:00', '2026-12-28', '23:59'],
    ['2026-12-28T09:00:00-05:00', '2026-12-28', '23:00'],
    ['2026-12-28T10:00:00-05:00', '2026-12-29', '00:00'],
    ['2026-12-29T01:00:00+14:00', '2026-12-28', '20:00'],
    ['1969-12-31T14:59:00Z', '1969-12-31', '23:59'],
    ['1969-12-31T15:00:00Z', '1970-01-01', '00:00'],
  ])('%s is %s %s in Japan', (instant, date, time) => {
    expect(japanDateOf(instant)).toBe(date);
    expect(japanTimeOf(instant)).toBe(time);
  });

  it('reads an instant exactly as ECMAScript does for offset forms', () => {
    for (const value of ['2026-12-28T14:59:00Z', '2026-12-28T14:59:00.123Z', '2026-05-01T10:30:00-05:00', '2026-04-30T20:30:00+05:30', '2028-02-29T23:59:59+09:00']) {
      expect(tryParseInstant(value)).toBe(Date.parse(value));
    }
  });

  it('refuses an instant without an offset, or an impossible one', () => {
    for (const value of ['2026-12-28T14:59:00', '2026-12-28', '2027-02-29T00:00:00Z', '2026-12-28T14:60:00Z', '2026-12-28T14:59:00+09']) {
      expect(tryParseInstant(value)).toBeNull();
      expect(isoInstant.safeParse(value).success).toBe(false);
    }
    expect(isoInstant.safeParse('2026-12-28T14:59:00Z').success).toBe(true);
  });
});

describe('national holidays', () => {
  it('takes its years from the package data, not from a constant', () => {
    const years = Object.keys(holidayJp.holidays).map((key) => Number(key.slice(0, 4)));
    expect(holidayDataRange()).toEqual({ firstYear: Math.min(...years), lastYear: Math.max(...years) });
    expect(holidayDataRange().lastYear).toBeGreaterThanOrEqual(2030);
  });

  it.each([
    ['2026-01-01', true],
    ['2026-05-06', true], // 振替休日
    ['2026-09-21', true], // 敬老の日
    ['2026-09-22', true], // 国民の休日 between two holidays
    ['2026-09-23', true], // 秋分の日
    ['2027-03-22', true], // 振替休日 for 春分の日 on Sunday
    ['2029-04-30', true], // 振替休日 for 昭和の日 on Sunday
    ['2026-09-24', false],
    ['2026-12-31', false], // closure, but not a national holiday
    ['2028-02-29', false],
  ] as const)('%s holiday: %s', (date, expected) => {
    expect(isNationalHoliday(date)).toBe(expected);
  });

  it('names the holiday in both languages', () => {
    expect(holidayName('2026-09-21')).toEqual({ ja: '敬老の日', en: 'Respect for the Aged Day' });
    expect(holidayName('2026-09-24')).toBeNull();
  });

  it.each(['2051-01-01', '2061-06-15', '1969-12-31'])('has no data for %s: a typed error, not a guess', (date) => {
    const year = Number(date.slice(0, 4));
    expect(() => isNationalHoliday(date, ['due'])).toThrow(CalendarRangeError);
    try {
      holidayName(date, ['due']);
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ code: 'validation', year, path: ['due'] });
      expect((error as CalendarRangeError).text.ja.startsWith(`${year}年の祝日データがありません。`)).toBe(true);
      expect((error as CalendarRangeError).toData().message.en.startsWith(`No holiday data for ${year}.`)).toBe(true);
    }
  });
});

describe('year-end closure and closed days', () => {
  it.each([
    ['2026-12-28', false],
    ['2026-12-29', true],
    ['2026-12-31', true],
    ['2027-01-01', true],
    ['2027-01-03', true],
    ['2027-01-04', false],
  ] as const)('%s in closure: %s', (date, expected) => {
    expect(isYearEndClosure(date)).toBe(expected);
  });

  it('gives the reason a deadline cannot fall on a day', () => {
    expect(closedDayReason('2027-01-01')).toEqual({ kind: 'holiday', name: { ja: '元日', en: "New Year's Day" } });
    expect(closedDayReason('2027-01-02')).toEqual({ kind: 'yearEndClosure' });
    expect(closedDayReason('2026-12-26')).toEqual({ kind: 'weekend', weekday: 6 });
    expect(closedDayReason('2026-12-27')).toEqual({ kind: 'weekend', weekday: 0 });
    expect(closedDayReason('2026-12-28')).toBeNull();
    expect(() => closedDayReason('2061-01-01')).toThrow(CalendarRangeError);
  });
});
