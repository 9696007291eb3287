import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as EntrusteeReasons from '../../../shared/appi/entrustee-reasons';
import type * as ReportabilityReasons from '../../../shared/appi/reportability-reasons';

/**
 * The fingerprint a workspace keeps to know its open incidents were derived under these rules (rederive.ts). It must
 * change with any change to what the rules conclude, not only with the rule table or a hand-raised revision.
 */
const load = async () => (await import('../../../shared/appi/rules-fingerprint')).rulesFingerprint();

afterEach(() => {
  vi.doUnmock('../../../shared/appi/entrustee-reasons');
  vi.doUnmock('../../../shared/appi/reportability-reasons');
  vi.resetModules();
});

describe('rulesFingerprint', () => {
  it('is stable and covers parameters, holidays, deadlines and the reportability rules', async () => {
    const fingerprint = await load();
    expect(fingerprint).toBe(await load());
    expect(fingerprint).toMatch(/^r\d+\.p[0-9a-f]{8}\.h\d+-[0-9a-f]{8}\.d[0-9a-f]{8}\.a[0-9a-f]{8}$/);
  });

  it('changes when what the entrustee rule concludes changes', async () => {
    const before = await load();
    vi.resetModules();
    vi.doMock('../../../shared/appi/entrustee-reasons', async (original) => {
      const actual = await original<typeof EntrusteeReasons>();
      return { ...actual, entrusteeDuty: { ...actual.entrusteeDuty, late: { ja: '別の文言', en: 'other words' } } };
    });
    expect(await load()).not.toBe(before);
  });

  it('changes when the volume reading changes', async () => {
    const before = await load();
    vi.resetModules();
    vi.doMock('../../../shared/appi/reportability-reasons', async (original) => {
      const actual = await original<typeof ReportabilityReasons>();
      return { ...actual, volumeReasons: { ...actual.volumeReasons, open: { ja: '別', en: 'other' } } };
    });
    expect(await load()).not.toBe(before);
  });
});
