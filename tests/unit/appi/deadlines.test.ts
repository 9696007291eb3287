import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { computeDeadlines } from '../../../shared/appi/deadlines';
import { ruleParameters } from '../../../shared/appi/rule-parameters';
import { deadlineCases } from './deadline-cases';
import { deadlineSuite } from './deadline-suite';

describe('deadline table (host time zone)', () => {
  it('has at least 40 hand-checked cases', () => {
    expect(deadlineCases.length).toBeGreaterThanOrEqual(40);
  });
  deadlineSuite();
});

describe('basis text', () => {
  it('renders a roll over the year-end closure', () => {
    const { final } = computeDeadlines({ knownAt: '2026-12-04T10:00:00+09:00', wrongfulPurpose: false });
    expect(final.due.basis.text).toEqual({
      en: 'known Fri, Dec 4, 2026 10:00 JST (day 1) → day 30 = Sat, Jan 2, 2027 → year-end closure → Mon, Jan 4, 2027',
      ja: '2026/12/04（金）10:00（日本時間）に把握（1日目） → 30日目 = 2027/01/02（土） → 年末年始 → 2027/01/04（月）',
    });
    expect(final.due.basis.citations.map((c) => c.article)).toEqual([
      'Rule Art. 8(2)',
      'GL 3-5-3-4',
      'GL 3-5-3-4 (※2)',
      'Act on Holidays of Administrative Organs Art. 2',
    ]);
    // GL 3-5-3-4 (※2) applies Art. 2 (期限の特例); Art. 1(1) only lists the closed days.
    expect(final.due.basis.citations.find((c) => c.article.startsWith('Act on Holidays'))?.ja).toBe('行政機関の休日に関する法律第2条');
  });

  it('names each kind of day passed over, once, in order', () => {
    const { final } = computeDeadlines({ knownAt: '2026-12-03T10:00:00+09:00', wrongfulPurpose: false });
    expect(final.due.basis.text.en).toBe(
      "known Thu, Dec 3, 2026 10:00 JST (day 1) → day 30 = Fri, Jan 1, 2027 → New Year's Day (national holiday), year-end closure → Mon, Jan 4, 2027",
    );
    const gw = computeDeadlines({ knownAt: '2026-04-03T10:00:00+09:00', wrongfulPurpose: false });
    expect(gw.final.due.basis.text.en).toBe(
      'known Fri, Apr 3, 2026 10:00 JST (day 1) → day 30 = Sat, May 2, 2026 → Saturday, Constitution Memorial Day (national holiday), ' +
        "Greenery Day (national holiday), Children's Day (national holiday), Holiday in lieu (national holiday) → Thu, May 7, 2026",
    );
    expect(gw.final.due.basis.text.ja).toBe(
      '2026/04/03（金）10:00（日本時間）に把握（1日目） → 30日目 = 2026/05/02（土） → 土曜日・憲法記念日（祝日）・みどりの日（祝日）・こどもの日（祝日）・こどもの日 振替休日 → 2026/05/07（木）',
    );
    const silver = computeDeadlines({ knownAt: '2026-08-24T10:00:00+09:00', wrongfulPurpose: false });
    expect(silver.final.due.basis.text.ja).toContain('→ 休日・秋分の日（祝日） → 2026/09/24（木）');
  });

  it('says when the final date needs no roll', () => {
    const { final } = computeDeadlines({ knownAt: '2026-12-28T14:59:00Z', wrongfulPurpose: false });
    expect(final.due.basis.text.en).toBe(
      'known Mon, Dec 28, 2026 23:59 JST (day 1) → day 30 = Tue, Jan 26, 2027 (not a weekend, holiday or year-end closure day: due that day)',
    );
    expect(final.due.basis.text.ja).toBe(
      '2026/12/28（月）23:59（日本時間）に把握（1日目） → 30日目 = 2027/01/26（火）（土日・祝日・年末年始に当たらないため、この日が期限）',
    );
  });

  it('keeps the preliminary dates as calendar days, and says so', () => {
    // Day 5 is 元日 and day 3 a weekday inside the closure: neither moves (GL 3-5-3-3 is a yardstick).
    const { preliminary } = computeDeadlines({ knownAt: '2026-12-28T14:59:00Z', wrongfulPurpose: false });
    expect(preliminary.limit.date).toBe('2027-01-01');
    expect(preliminary.limit.basis.text.en).toBe(
      'known Mon, Dec 28, 2026 23:59 JST (day 1) → day 5 = Fri, Jan 1, 2027 (outer limit). Calendar days: not moved for weekends, holidays or the year-end closure (the guideline’s yardstick is about 3–5 days).',
    );
    expect(preliminary.target.basis.text.ja).toBe(
      '2026/12/28（月）23:59（日本時間）に把握（1日目） → 3日目 = 2026/12/30（水）（目安）。暦日で数え、土日・祝日・年末年始でも繰り延べません（ガイドラインの目安は概ね3〜5日以内）。',
    );
    expect(preliminary.target.basis.steps.filter((s) => s.kind === 'skip')).toEqual([]);
    expect(preliminary.target.basis.citations.map((c) => c.article)).toEqual(['Rule Art. 8(1)', 'GL 3-5-3-3', 'GL 3-5-3-4']);
  });
});

describe('knownAt validation', () => {
  it.each([
    '2026-12-28T10:00:00', // no offset: ambiguous
    '2026-12-28 10:00:00+09:00',
    '2026-02-29T10:00:00+09:00', // 2026 is not a leap year
    '2026-12-28T24:00:00Z',
    '2026-12-28T10:00:00+0900',
    'tomorrow',
    '',
  ])('refuses %j with a validation error on knownAt', (knownAt) => {
    let error: unknown;
    try {
      computeDeadlines({ knownAt, wrongfulPurpose: false });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('validation');
    expect((error as AppError).path).toEqual(['knownAt']);
    expect((error as AppError).text.ja).toContain('+09:00');
  });

  it('accepts a Date as the instant', () => {
    const d = computeDeadlines({ knownAt: new Date(Date.UTC(2026, 11, 28, 15, 1)), wrongfulPurpose: false });
    expect(d.knownOn).toBe('2026-12-29');
    expect(d.knownTime).toBe('00:01');
  });
});

describe('rule table switches', () => {
  it('counts from the next day when the day of knowing is not day 1', () => {
    const parameter = ruleParameters.dayOfKnowingIsDayOne as { value: boolean };
    parameter.value = false;
    try {
      const d = computeDeadlines({ knownAt: '2026-11-30T10:00:00+09:00', wrongfulPurpose: false });
      expect(d.preliminary.target.date).toBe('2026-12-03');
      expect(d.final.lastDay).toBe('2026-12-30');
      expect(d.final.due.date).toBe('2027-01-04');
      expect(d.final.due.basis.text.en).toContain('(day 0; counting starts the next day)');
    } finally {
      parameter.value = true;
    }
  });
});
