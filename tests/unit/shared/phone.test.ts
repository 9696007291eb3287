import { describe, expect, it } from 'vitest';
import { normalizeJapanesePhone } from '../../../shared/validation/phone';
import { phoneField } from '../../../shared/validation/fields';

describe('Japanese phone numbers', () => {
  it.each([
    ['03-1234-5678', '03-1234-5678'],
    ['0312345678', '03-1234-5678'],
    ['06-6123-4567', '06-6123-4567'],
    ['011-123-4567', '011-123-4567'],
    ['0120-123-456', '0120-123-456'],
    ['0120123456', '0120-123-456'],
    ['0800-123-4567', '0800-123-4567'],
    ['0570-000-000', '0570-000-000'],
    ['050-1234-5678', '050-1234-5678'],
    ['09012345678', '090-1234-5678'],
    ['080-1234-5678', '080-1234-5678'],
    ['+81 3 1234 5678', '03-1234-5678'],
    ['+81-90-1234-5678', '090-1234-5678'],
    ['(03) 1234-5678', '03-1234-5678'],
    ['０３－１２３４－５６７８', '03-1234-5678'],
    ['０９０ー１２３４ー５６７８', '090-1234-5678'],
    ['03‐1234‐5678', '03-1234-5678'],
  ])('accepts %s as %s', (input, expected) => {
    expect(normalizeJapanesePhone(input)).toBe(expected);
    expect(phoneField.parse(input)).toBe(expected);
  });

  it.each([
    ['too short', '03-1234-567'],
    ['four digits', '1234'],
    ['letters', 'abc'],
    ['an extension', '03-1234-5678 ext 1'],
    ['a US number', '+1 212 555 1234'],
    ['too many digits', '090-1234-56789'],
  ])('refuses %s (%s)', (_label, input) => {
    expect(normalizeJapanesePhone(input)).toBeNull();
    const result = phoneField.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('phone');
  });

  it('treats an empty or blank value as "not provided"', () => {
    expect(phoneField.parse('')).toBe('');
    expect(phoneField.parse('   ')).toBe('');
    expect(phoneField.parse(undefined)).toBe('');
  });
});
