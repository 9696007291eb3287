import { describe, expect, it } from 'vitest';
import { normalize } from '../../../renderer/lib/normalizers';
import { formatCount, parseTypedCount } from '../../../shared/validation/normalize';

/**
 * 本人の数 and its upper bound as people type them (issue 10): full-width digits and commas are read, never erased
 * and then reported as missing; what is not a whole number stays as typed and says so.
 */
describe('typed counts', () => {
  it.each([
    ['1200', 1200],
    ['１２００', 1200],
    ['１，２００', 1200],
    ['1,200', 1200],
    ['12,345,678', 12_345_678],
    [' ５００ ', 500],
    ['１２００名', 1200],
    ['80人', 80],
    ['0', 0],
    ['１　２００', 1200],
  ])('reads %j as %d', (typed, expected) => {
    expect(parseTypedCount(typed)).toEqual({ kind: 'count', value: expected });
  });

  it.each(['', '   ', '　'])('reads %j as nothing entered', (typed) => {
    expect(parseTypedCount(typed)).toEqual({ kind: 'empty' });
  });

  it.each(['1.5', '１．５', '約1200', '-3', '－３', '1,20', '12,00,000', 'abc', '1200?', '99999999999999999999'])('does not guess a count from %j', (typed) => {
    expect(parseTypedCount(typed)).toEqual({ kind: 'invalid' });
  });

  it('shows a count with thousands commas, in half-width digits', () => {
    expect([0, 12, 999, 1000, 1200, 5000, 1_234_567].map(formatCount)).toEqual(['0', '12', '999', '1,000', '1,200', '5,000', '1,234,567']);
  });

  it('normalises the typed text on blur, and leaves what is not a count as typed', () => {
    expect(normalize.count('１，２００')).toBe('1,200');
    expect(normalize.count('５０００')).toBe('5,000');
    expect(normalize.count('約1200')).toBe('約1200');
  });
});
