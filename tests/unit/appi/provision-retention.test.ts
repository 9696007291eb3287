import { describe, expect, it } from 'vitest';
import { addYears, pastRetention, retainUntil } from '../../../shared/appi/provision-retention';

describe('retention of third-party provision records (Art. 29(2), 30(4); Rule 21, 24)', () => {
  it('keeps a record per provision three years from the day it was made', () => {
    expect(retainUntil({ recordForm: 'per_provision', recordedOn: '2025-04-15', lastOn: '2025-04-10' })).toBe('2028-04-15');
  });

  it('keeps a bundled record three years from the last provision it covers', () => {
    expect(retainUntil({ recordForm: 'bundled', recordedOn: '2024-01-05', lastOn: '2025-06-30' })).toBe('2028-06-30');
  });

  it('keeps the contract-as-record one year from the last provision', () => {
    expect(retainUntil({ recordForm: 'contract', recordedOn: '2023-01-01', lastOn: '2025-06-30' })).toBe('2026-06-30');
  });

  it('ends a period from 29 February on 28 February of a common year, and on 29 February of a leap year', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
  });

  it('lists a record for deletion only from the day after its last day', () => {
    expect(pastRetention('2028-04-15', '2028-04-15')).toBe(false);
    expect(pastRetention('2028-04-15', '2028-04-16')).toBe(true);
  });
});
