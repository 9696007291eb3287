import type { LocalizedText } from '../errors';

/**
 * Error messages of the APPI rules, in です・ます and plain English, saying what is wrong and what to do
 * (ui-guide "Forms").
 */
export const appiMessages = {
  invalidInstant: (value: string): LocalizedText => ({
    ja: `日時「${value}」を読み取れません。2026-12-28T09:30:00+09:00のように、時差（+09:00またはZ）を付けて入力してください。`,
    en: `Cannot read the date and time "${value}". Enter it with its offset, e.g. 2026-12-28T09:30:00+09:00 or 2026-12-28T00:30:00Z.`,
  }),
  invalidDate: (value: string): LocalizedText => ({
    ja: `日付「${value}」が正しくありません。2026-12-28 の形式で、実在する日付を入力してください。`,
    en: `The date "${value}" is not valid. Enter a real date as 2026-12-28.`,
  }),
  noHolidayData: (year: number, firstYear: number, lastYear: number): LocalizedText => ({
    ja: `${year}年の祝日データがありません。祝日データがあるのは${firstYear}年から${lastYear}年までです。`,
    en: `No holiday data for ${year}. Holiday data covers ${firstYear} to ${lastYear}.`,
  }),
} as const;
