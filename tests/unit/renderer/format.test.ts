import { describe, expect, it } from 'vitest';
import { formatBytes, formatNumber, formatWeekdays, languageName, weekdayName } from '../../../renderer/lib/format';

// The formatters are built once per language and unit: a screen that switches language must never get the other's.
describe('screen formatters', () => {
  it('format numbers and sizes in the language asked for, whichever was asked first', () => {
    for (let round = 0; round < 2; round++) {
      expect(formatBytes(1536, 'en')).toBe('1.5 kB');
      expect(formatBytes(1536, 'ja')).toBe('1.5 KB');
      expect(formatBytes(500, 'en')).toBe('500 byte');
      expect(formatBytes(5 * 1024 * 1024, 'ja')).toBe('5 MB');
      expect(formatNumber(1234567.5, 'en')).toBe('1,234,567.5');
      expect(formatNumber(1234567, 'ja')).toBe('1,234,567');
    }
  });

  it('name weekdays and languages in the language asked for', () => {
    expect(weekdayName('mon', 'ja')).toBe('月');
    expect(weekdayName('mon', 'en')).toBe('Mon');
    expect(formatWeekdays(['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], 'ja')).toBe('月〜土');
    expect(formatWeekdays(['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], 'en')).toBe('Mon–Sat');
    expect(languageName('en', 'ja')).toBe('英語');
    expect(languageName('ja', 'en')).toBe('Japanese');
  });
});
