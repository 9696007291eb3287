import { describe, expect, it } from 'vitest';
import { assess } from '../../../shared/appi/assess';
import type { BreachFactsInput } from '../../../shared/appi/breach-facts';
import { assessReportability } from '../../../shared/appi/reportability';

/**
 * Rule Art. 7(iv); GL 3-5-3-1(4): 「本人の数が確定できない漏えい等において、漏えい等が発生したおそれがある個人データに
 * 係る本人の数が最大1,000人を超える場合には、規則第7条第4号に該当する。」 While the count is open or only estimated,
 * the largest number that may be affected decides; an exact count decides by itself.
 */
const noOtherTrigger: BreachFactsInput = { sensitive: false, financialRisk: false, wrongfulPurpose: false, highLevelEncryption: false };

const volumeOf = (facts: BreachFactsInput) => {
  const result = assessReportability({ ...noOtherTrigger, ...facts });
  const volume = result.conclusions.find((c) => c.topic === 'volume')!;
  return { verdict: result.verdict, status: volume.status, reason: volume.reason, missing: result.missing };
};

describe('volume: the largest number that may be affected decides (issue 10 regressions)', () => {
  it('an estimate of 800 with a possible maximum of 5,000 is reportable', () => {
    const volume = volumeOf({ individualsKind: 'estimate', individuals: 800, individualsUpperBound: 5000 });
    expect(volume).toMatchObject({ verdict: 'yes', status: 'holds', missing: [] });
    expect(volume.reason.ja).toContain('最大5,000人');
    expect(volume.reason.ja).toContain('推計800人');
    expect(volume.reason.en).toContain('up to 5,000');
  });

  it('an unknown count capped at 5,000 is reportable, not undetermined', () => {
    const volume = volumeOf({ individuals: null, individualsUpperBound: 5000 });
    expect(volume).toMatchObject({ verdict: 'yes', status: 'holds', missing: [] });
    expect(volume.reason.ja).toBe(
      '本人の数は確定していませんが、漏えい等のおそれがある本人は最大5,000人で、1,000人を超えます。本人の数が確定できないときは最大の人数で判断します。',
    );
  });

  it('an unknown count capped at 900 is not reportable', () => {
    expect(volumeOf({ individuals: null, individualsUpperBound: 900 })).toMatchObject({ verdict: 'no', status: 'notHeld' });
  });

  it('an unknown count with no cap is undetermined and names the fact that settles it', () => {
    const volume = volumeOf({ individuals: null, individualsUpperBound: null });
    expect(volume).toMatchObject({ verdict: 'undetermined', status: 'unknown', missing: ['individualsUpperBound'] });
    expect(volume.reason.ja).toContain('最大で何人');
  });
});

describe('volume: around the threshold of more than 1,000', () => {
  it.each([
    ['estimate 1,000, cap 1,001', { individualsKind: 'estimate', individuals: 1000, individualsUpperBound: 1001 }, 'yes', 'holds'],
    ['estimate 1,000, cap 1,000', { individualsKind: 'estimate', individuals: 1000, individualsUpperBound: 1000 }, 'no', 'notHeld'],
    ['estimate 1,001 without a cap', { individualsKind: 'estimate', individuals: 1001 }, 'yes', 'holds'],
    ['exact 1,001', { individualsKind: 'exact', individuals: 1001 }, 'yes', 'holds'],
    ['exact 1,000', { individualsKind: 'exact', individuals: 1000 }, 'no', 'notHeld'],
    ['exact 0', { individualsKind: 'exact', individuals: 0 }, 'no', 'notHeld'],
    ['unknown, cap 1,001', { individuals: null, individualsUpperBound: 1001 }, 'yes', 'holds'],
    ['unknown, cap 1,000', { individuals: null, individualsUpperBound: 1000 }, 'no', 'notHeld'],
  ] as const)('%s → %s', (_name, facts, verdict, status) => {
    expect(volumeOf(facts)).toMatchObject({ verdict, status });
  });

  it('an estimate below the threshold without a cap is not settled: the maximum may be higher', () => {
    const volume = volumeOf({ individualsKind: 'estimate', individuals: 800 });
    expect(volume).toMatchObject({ verdict: 'undetermined', status: 'unknown', missing: ['individualsUpperBound'] });
    expect(volume.reason.en).toContain('estimate of 800');
  });

  it('a count not said to be exact is read as an estimate (the safe reading)', () => {
    expect(volumeOf({ individuals: 800, individualsUpperBound: 5000 })).toMatchObject({ verdict: 'yes', status: 'holds' });
  });

  it('an exact count decides by itself; a cap above it is not used, and the reason says so', () => {
    const volume = volumeOf({ individualsKind: 'exact', individuals: 900, individualsUpperBound: 5000 });
    expect(volume).toMatchObject({ verdict: 'no', status: 'notHeld' });
    expect(volume.reason.ja).toBe('本人の数は900人（確定）で、1,000人以下です。確定した人数で判断するため、上限（5,000人）は用いません。');
    expect(volume.reason.en).toBe('900 individuals (exact): not more than 1,000. The exact count decides; the upper bound (5,000) is not used.');
  });

  it('an exact count above the threshold says it is exact', () => {
    expect(volumeOf({ individualsKind: 'exact', individuals: 1001 }).reason).toEqual({
      ja: '本人の数は1,001人（確定）で、1,000人を超えます。',
      en: '1,001 individuals (exact): more than 1,000.',
    });
  });

  it('an estimate whose cap is not above the threshold says which number was used', () => {
    const volume = volumeOf({ individualsKind: 'estimate', individuals: 300, individualsUpperBound: 900 });
    expect(volume.reason.ja).toBe('本人の数は推計300人で、最大でも900人のため、1,000人を超えません。本人の数が確定できないときは最大の人数で判断します。');
  });
});

describe('volume through assess (what the CLI and the form show)', () => {
  it('the reportable estimate gets the report deadlines', () => {
    const result = assess({ ...noOtherTrigger, individualsKind: 'estimate', individuals: 800, individualsUpperBound: 5000 }, '2026-11-02T10:00:00+09:00');
    expect(result).toMatchObject({ reportable: 'yes', triggers: ['volume'], preliminary: { limit: '2026-11-06' }, final: { due: '2026-12-01', days: 30 } });
  });
});
