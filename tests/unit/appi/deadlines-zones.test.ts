import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deadlineSuite } from './deadline-suite';

/**
 * The deadline suite again, as-is, with the process switched to zones far from Japan (Node re-reads TZ when it
 * is assigned). The whole unit suite also runs under TZ=America/Los_Angeles and TZ=Asia/Tokyo in `npm test`.
 */
// Zone, and its offset from UTC in minutes (as getTimezoneOffset reports it) on 2026-01-15.
const zones: [string, number][] = [
  ['America/Los_Angeles', 480], // UTC-8: a Japan morning is still yesterday here
  ['Pacific/Kiritimati', -840], // UTC+14: ahead of Japan
  ['Pacific/Pago_Pago', 660], // UTC-11
  ['Asia/Tokyo', -540],
  ['UTC', 0],
];

describe.each(zones)('deadline table under TZ=%s', (zone, offset) => {
  const original = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = zone;
  });
  afterAll(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  it('really runs in that zone', () => {
    expect(new Date(Date.UTC(2026, 0, 15)).getTimezoneOffset()).toBe(offset);
  });

  deadlineSuite();
});
