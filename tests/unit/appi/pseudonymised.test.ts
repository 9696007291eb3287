import { describe, expect, it } from 'vitest';
import { assess } from '../../../shared/appi/assess';
import type { BreachFactsInput } from '../../../shared/appi/breach-facts';
import { assessReportability } from '../../../shared/appi/reportability';

/**
 * APPI Art. 41(9): 「仮名加工情報、仮名加工情報である個人データ及び仮名加工情報である保有個人データについては、第十七条第二項、
 * 第二十六条及び第三十二条から第三十九条までの規定は、適用しない。」 A breach of pseudonymised information only is outside
 * Art. 26: no report, no notice.
 */
const reportable: BreachFactsInput = { sensitive: true, financialRisk: false, wrongfulPurpose: true, individuals: 5000, highLevelEncryption: false };
const knownAt = '2026-11-02T10:00:00+09:00';

describe('pseudonymised information (Art. 41(9))', () => {
  it('only pseudonymised information leaked: not reportable, with the reason and the citation', () => {
    const result = assess({ ...reportable, pseudonymised: true }, knownAt);
    expect(result).toMatchObject({ reportable: 'no', preliminary: null, final: null, missing: [] });
    const finding = result.reasons.find((r) => r.topic === 'pseudonymised');
    expect(finding).toMatchObject({ status: 'applies', citations: [{ article: 'APPI Art. 41(9)', ja: '個人情報保護法第41条第9項' }] });
    expect(finding?.reason.ja).toContain('第26条');
    expect(result.reasons.at(-1)?.reason.ja).toContain('仮名加工情報');
    expect(result.citations.map((c) => c.article)).toContain('APPI Art. 41(9)');
  });

  it('not known yet: undetermined, naming the fact', () => {
    const result = assessReportability({ ...reportable, pseudonymised: null });
    expect(result).toMatchObject({ verdict: 'undetermined', missing: ['pseudonymised'] });
    expect(result.conclusions.find((c) => c.topic === 'pseudonymised')?.status).toBe('unknown');
    expect(result.conclusions.at(-1)?.reason.ja).toContain('漏えい等の対象が仮名加工情報のみか');
  });

  it('not known, but nothing else would be reportable anyway: no', () => {
    const result = assessReportability({ sensitive: false, financialRisk: false, wrongfulPurpose: false, individuals: 3, highLevelEncryption: false, pseudonymised: null });
    expect(result).toMatchObject({ verdict: 'no', missing: [] });
  });

  it('not known alongside other open facts: all are named', () => {
    const result = assessReportability({ pseudonymised: null });
    expect(result.verdict).toBe('undetermined');
    expect(result.missing).toContain('pseudonymised');
    expect(result.missing).toContain('sensitive');
  });

  it('by default (left out) ordinary personal data: the usual verdict, and no pseudonymised finding to distract', () => {
    const result = assessReportability(reportable);
    expect(result.verdict).toBe('yes');
    expect(result.conclusions.some((c) => c.topic === 'pseudonymised')).toBe(false);
  });

  it('false said explicitly: the usual verdict', () => {
    expect(assessReportability({ ...reportable, pseudonymised: false }).verdict).toBe('yes');
  });
});
