import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { companyInput } from '../../../shared/domain/company';
import { deskInput } from '../../../shared/domain/desk';
import { AppError } from '../../../shared/errors';
import { parseOrThrow } from '../../../shared/validation/issues';

function errorOf(schema: z.ZodType, input: unknown): AppError {
  try {
    parseOrThrow(schema, input);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a validation error');
}

describe('validation messages name the field in Japanese and English', () => {
  it.each([
    [{}, ['legalNameJa'], '事業者名（日本語）が入力されていません。', 'Enter the legal name (Japanese).'],
    [{ legalNameJa: '  ' }, ['legalNameJa'], '事業者名（日本語）が入力されていません。', 'Enter the legal name (Japanese).'],
    [{ legalNameJa: 5 }, ['legalNameJa'], '事業者名（日本語）の形式が正しくありません。', 'The legal name (Japanese) has the wrong type.'],
    [
      { legalNameJa: 'x', legalNameEn: 'y'.repeat(201) },
      ['legalNameEn'],
      '事業者名（英語）は200文字以内で入力してください。',
      'Shorten the legal name (English) to 200 characters or fewer.',
    ],
    [
      { legalNameJa: 'x', phone: '12' },
      ['phone'],
      '電話番号は03-1234-5678、0120-123-456、+81 3-1234-5678のような日本の電話番号で入力してください。',
      'Enter the phone number as a Japanese number such as 03-1234-5678, 0120-123-456 or +81 3-1234-5678.',
    ],
    [
      { legalNameJa: 'x', website: 'example.com' },
      ['website'],
      'ウェブサイトはhttps://またはhttp://から始まるURLで入力してください。',
      'Enter the website as a URL starting with https:// or http://.',
    ],
    [{ legalNameJa: 'x', postalCode: '12' }, ['postalCode'], '郵便番号は123-4567の形式で入力してください。', 'Enter the postal code as 123-4567.'],
    [{ legalNameJa: 'x', extra: 1 }, [], '想定していない項目が含まれています（extra）。', 'Remove the unexpected fields (extra).'],
  ])('company %j', (input, path, ja, en) => {
    const error = errorOf(companyInput, input);
    expect(error.code).toBe('validation');
    expect(error.path).toEqual(path);
    expect(error.text).toEqual({ ja, en });
    expect(error.issues?.[0]).toEqual({ path, message: { ja, en } });
  });

  it('names the field inside a list of a desk', () => {
    const base = { companyId: 1, kind: 'own', nameJa: '窓口' };
    const phone = errorOf(deskInput, { ...base, phones: [{ number: '' }] });
    expect(phone.path).toEqual(['phones', 0, 'number']);
    expect(phone.text.ja).toBe('電話番号が入力されていません。');
    const day = errorOf(deskInput, { ...base, receptionDays: ['mon', 'funday'] });
    expect(day.path).toEqual(['receptionDays', 1]);
    expect(day.text).toEqual({ ja: '受付曜日の選択肢が正しくありません。', en: 'Choose one of the listed options for the reception days.' });
    const many = errorOf(deskInput, { ...base, phones: Array.from({ length: 11 }, () => ({ number: '03-1234-5678' })) });
    expect(many.text).toEqual({ ja: '電話番号は10件までです。', en: 'Enter at most 10 items for the phone numbers.' });
    const id = errorOf(deskInput, { ...base, companyId: -1 });
    expect(id.text).toEqual({ ja: '事業者が正しくありません。', en: 'The company is not a valid ID.' });
  });

  it('reports every issue, and returns only fully parsed data', () => {
    const error = errorOf(deskInput, { companyId: 1, kind: 'x', nameJa: '', email: 'bad', hoursFrom: '25:00' });
    expect(error.issues?.map((i) => i.path)).toEqual([['kind'], ['nameJa'], ['email'], ['hoursFrom']]);
    const parsed = parseOrThrow(deskInput, { companyId: 1, kind: 'own', nameJa: ' 窓口 ', languages: ['en', 'ja'] });
    expect(parsed).toMatchObject({ nameJa: '窓口', languages: ['ja', 'en'], phones: [], closedOnHolidays: true });
  });
});
