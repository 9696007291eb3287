import { describe, expect, it } from 'vitest';
import { emailField, optionalText, postalCodeField, requiredText, timeField, urlField } from '../../../shared/validation/fields';
import { normalizeAscii } from '../../../shared/validation/normalize';

function messageOf(result: { success: boolean; error?: { issues: { message: string }[] } }) {
  return result.success ? null : result.error?.issues[0]?.message;
}

describe('postal codes', () => {
  it.each([
    ['123-4567', '123-4567'],
    ['1234567', '123-4567'],
    ['１２３－４５６７', '123-4567'],
    ['〒100-0001', '100-0001'],
    [' 123ー4567 ', '123-4567'],
    ['', ''],
  ])('accepts %j as %j', (input, expected) => expect(postalCodeField.parse(input)).toBe(expected));

  it.each(['12-34567', '1234-567', '123456', '12345678', 'abc-defg'])('refuses %j', (input) => {
    expect(messageOf(postalCodeField.safeParse(input))).toBe('postalCode');
  });
});

describe('email addresses', () => {
  it.each([
    ['privacy@example.co.jp', 'privacy@example.co.jp'],
    ['ｐｒｉｖａｃｙ＠ｅｘａｍｐｌｅ．ｃｏ．ｊｐ', 'privacy@example.co.jp'],
    ['  a.b+c@sub.example.com ', 'a.b+c@sub.example.com'],
    ['', ''],
  ])('accepts %j as %j', (input, expected) => expect(emailField.parse(input)).toBe(expected));

  it.each(['privacy', 'a@b', 'a b@example.com', '@example.com', `${'a'.repeat(196)}@x.jp`])('refuses %j', (input) => {
    expect(messageOf(emailField.safeParse(input))).toBe('email');
  });
});

describe('URLs', () => {
  it.each(['https://example.co.jp/privacy', 'http://example.com', 'https://例え.jp/'])('accepts %j', (input) => {
    expect(urlField.safeParse(input).success).toBe(true);
  });

  it.each(['example.com', 'ftp://example.com', 'javascript:alert(1)', 'https://localhost', 'https://'])('refuses %j', (input) => {
    expect(messageOf(urlField.safeParse(input))).toBe('url');
  });

  it('treats empty as not provided', () => expect(urlField.parse('')).toBe(''));
});

describe('times', () => {
  it.each([
    ['09:00', '09:00'],
    ['9:00', '09:00'],
    ['９：３０', '09:30'],
    ['23:59', '23:59'],
    ['24:00', '24:00'],
    ['', ''],
  ])('accepts %j as %j', (input, expected) => expect(timeField.parse(input)).toBe(expected));

  it.each(['24:01', '25:00', '12:60', '0900', '9時', '9:0'])('refuses %j', (input) => {
    expect(messageOf(timeField.safeParse(input))).toBe('time');
  });
});

describe('text', () => {
  it('trims, and refuses empty required text and text over the limit', () => {
    expect(requiredText().parse('  株式会社  ')).toBe('株式会社');
    expect(messageOf(requiredText().safeParse('   '))).toBe('required');
    expect(messageOf(requiredText(5).safeParse('123456'))).toBe('tooLong');
    expect(optionalText().parse(undefined)).toBe('');
    expect(messageOf(optionalText(3).safeParse('abcd'))).toBe('tooLong');
  });

  it('normalizes full-width characters and hyphen look-alikes', () => {
    expect(normalizeAscii(' ＡＢＣ１２３－４５６ ')).toBe('ABC123-456');
    expect(normalizeAscii('1\u22122\u20153\uFF704')).toBe('1-2-3-4');
  });
});
