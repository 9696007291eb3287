// One date and time style on every screen (issue 13 item 5): ja 2026/12/28（月）, en Dec 28, 2026; times in Japan
// time labelled 日本時間 / JST whatever the machine's zone; English sentences never carry an ISO date.
import { describe, expect, it } from 'vitest';
import { civilDateText } from '../../../shared/i18n/dates';
import { recipientText } from '../../../shared/i18n/recipients';
import { formatDate, formatDateTime } from '../../../renderer/lib/format';
import { formatCivilDate, formatCivilDateWithWeekday, formatJapanClock, formatMonth } from '../../../renderer/lib/japanDates';

describe('screen dates', () => {
  // 15:30 UTC on Dec 27 is 00:30 on Monday Dec 28 in Japan: the day shown is Japan's, not the host's.
  const instant = '2026-12-27T15:30:00Z';

  it('shows an instant as its day in Japan, with the weekday in Japanese', () => {
    expect(formatDate(instant, 'ja')).toBe('2026/12/28（月）');
    expect(formatDate(instant, 'en')).toBe('Dec 28, 2026');
  });

  it('labels a time with the zone, 24-hour, unless a heading says it', () => {
    expect(formatDateTime(instant, 'ja')).toBe('2026/12/28（月）00:30 日本時間');
    expect(formatDateTime(instant, 'en')).toBe('Dec 28, 2026, 00:30 JST');
    expect(formatDateTime(instant, 'ja', { zone: false })).toBe('2026/12/28（月）00:30');
    expect(formatJapanClock(new Date('2026-12-28T14:59:00Z'))).toBe('23:59');
  });

  it('shows a civil date in the same style, and without the weekday inside a Japanese parenthesis', () => {
    expect(formatCivilDate('2027-01-04', 'ja')).toBe('2027/01/04（月）');
    expect(formatCivilDate('2027-01-04', 'en')).toBe('Jan 4, 2027');
    expect(formatCivilDate('2027-01-04', 'ja', { weekday: false })).toBe('2027/01/04');
    expect(formatCivilDateWithWeekday('2027-01-04', 'en')).toBe('Mon, Jan 4, 2027');
    expect(formatCivilDate('not a date', 'ja')).toBe('not a date');
  });

  it('heads a month as 2026年12月 (one formatter, nothing glued by hand)', () => {
    expect(formatMonth('2026-12', 'ja')).toBe('2026年12月');
    expect(formatMonth('2026-12', 'en')).toBe('Dec 2026');
  });
});

describe('dates and recipients in the sentences the core writes', () => {
  it('writes English dates as the screens do, never ISO', () => {
    expect(civilDateText('2026-12-30')).toEqual({ ja: '2026/12/30', en: 'Dec 30, 2026' });
    expect(civilDateText('2027-01-02', { weekday: true })).toEqual({ ja: '2027/01/02（土）', en: 'Sat, Jan 2, 2027' });
  });

  it('translates the recipients the app writes, and leaves a typed one as typed', () => {
    expect(recipientText('個人情報保護委員会').en).toBe('Personal Information Protection Commission');
    expect(recipientText('本人').en).toBe('The individuals concerned');
    expect(recipientText('株式会社委託元')).toEqual({ ja: '株式会社委託元', en: '株式会社委託元' });
  });
});
