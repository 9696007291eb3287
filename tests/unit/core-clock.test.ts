import { describe, expect, it } from 'vitest';
import { clockFromEnv } from '../../main/core/clock';
import { AppError } from '../../shared/errors';

describe('APPI_WORKBENCH_CLOCK', () => {
  it('is the real clock when unset or empty', () => {
    expect(clockFromEnv({})).toBeUndefined();
    expect(clockFromEnv({ APPI_WORKBENCH_CLOCK: '' })).toBeUndefined();
  });

  it('starts at the given instant and runs on from there', () => {
    const now = clockFromEnv({ APPI_WORKBENCH_CLOCK: '2026-12-29T10:00:00+09:00' })!;
    const first = now().getTime();
    expect(first).toBeGreaterThanOrEqual(Date.parse('2026-12-29T01:00:00Z'));
    expect(first).toBeLessThan(Date.parse('2026-12-29T01:01:00Z'));
    expect(now().getTime()).toBeGreaterThanOrEqual(first);
  });

  it('refuses an instant without an offset, naming the variable', () => {
    expect(() => clockFromEnv({ APPI_WORKBENCH_CLOCK: '2026-12-29 10:00' })).toThrow(AppError);
    const error = (() => {
      try {
        clockFromEnv({ APPI_WORKBENCH_CLOCK: 'tomorrow' });
      } catch (caught) {
        return caught as AppError;
      }
      throw new Error('expected a refusal');
    })();
    expect(error.path).toEqual(['APPI_WORKBENCH_CLOCK']);
    expect(error.text.ja).toContain('APPI_WORKBENCH_CLOCK');
  });
});
