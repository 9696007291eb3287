import { describe, expect, it } from 'vitest';
import { assess } from '../../../shared/appi/assess';
import type { BreachFactsInput } from '../../../shared/appi/breach-facts';
import { assessReportability } from '../../../shared/appi/reportability';

/**
 * APPI Art. 26(1) proviso; Rule Art. 9; GL 3-5-3-5: an entrustee is relieved of reporting to the PPC (and of notice
 * to the individuals, Art. 26(2)) only when it notified its entrustor promptly — 「速報としての報告と同様に…概ね3～5日
 * 以内」 — counted like the 速報: the day of knowing is day 1, day 5 the outer limit.
 */
const knownAt = '2026-12-28T10:00:00+09:00'; // Mon; day 5 = Fri 2027-01-01
const cardLeak: BreachFactsInput = { sensitive: false, financialRisk: true, wrongfulPurpose: false, individuals: 40, highLevelEncryption: false };
const asEntrustee = (entrustorNotifiedAt: string | null, extra: BreachFactsInput = {}) =>
  assess({ ...cardLeak, weAreEntrustee: true, entrustorName: '委託元商事株式会社', entrustorNotifiedAt, ...extra }, knownAt);
const verdictOf = (result: ReturnType<typeof assess>) => result.reasons.find((r) => r.topic === 'verdict')!.reason;

describe('entrustee relief only for a prompt notice (issue 10 regressions)', () => {
  it('a notice weeks late relieves nothing: the entrustee reports and notifies itself, and the verdict says so', () => {
    const result = asEntrustee('2027-01-20T10:00:00+09:00');
    expect(result.reportable).toBe('yes');
    expect(result.entrustee).toMatchObject({ relieved: false, notifiedOn: '2027-01-20', notifiedOnDay: 24 });
    expect(result.entrustee?.reason.ja).toContain('24日目');
    expect(verdictOf(result).ja).toContain('当社の報告義務は免除されません');
    expect(verdictOf(result).ja).toContain('当社が個人情報保護委員会への報告と本人への通知を行う必要があります');
    expect(verdictOf(result).en).toContain('we must report to the PPC and notify the individuals ourselves');
  });

  it('a notice before the business knew is refused as an error on entrustorNotifiedAt, in both languages', () => {
    expect(() => asEntrustee('2026-12-28T09:59:00+09:00')).toThrow(
      expect.objectContaining({ code: 'validation', path: ['facts', 'entrustorNotifiedAt'] }),
    );
    try {
      asEntrustee('2026-12-27T10:00:00+09:00');
    } catch (error) {
      const text = (error as { text: { ja: string; en: string } }).text;
      expect(text.ja).toContain('委託元への通知日時');
      expect(text.ja).toContain('把握日時より前');
      expect(text.en).toContain('entrustor was notified');
    }
  });

  it('a prompt notice relieves, and the verdict names who reports', () => {
    const result = asEntrustee('2026-12-29T08:00:00+09:00');
    expect(result.entrustee).toMatchObject({ relieved: true, notifiedOn: '2026-12-29', notifiedOnDay: 2, reliefLimit: '2027-01-01', entrustorName: '委託元商事株式会社' });
    expect(verdictOf(result).ja).toContain('委託元への通知により、当社の報告義務は免除されます');
    expect(verdictOf(result).ja).toContain('委託元商事株式会社');
    expect(verdictOf(result).en).toContain('Having notified the entrustor, we are relieved of our duty to report');
  });
});

describe('day 5 counted like the 速報, in Japan time whatever the machine', () => {
  it.each([
    ['the moment of knowing (day 1)', '2026-12-28T10:00:00+09:00', true, 1],
    ['day 5 at 23:59 JST', '2027-01-01T23:59:00+09:00', true, 5],
    ['day 6 at 00:00 JST', '2027-01-02T00:00:00+09:00', false, 6],
    ['day 5 at 23:59 JST, written in UTC', '2027-01-01T14:59:00Z', true, 5],
    ['day 6 at 00:00 JST, written in UTC (still Jan 1 in London)', '2027-01-01T15:00:00Z', false, 6],
    ['Jan 1 evening in New York = day 6 in Japan', '2027-01-01T10:30:00-05:00', false, 6],
  ])('%s → relieved %s (day %i)', (_name, at, relieved, day) => {
    expect(asEntrustee(at).entrustee).toMatchObject({ relieved, notifiedOnDay: day });
  });

  it('counts from the moment of knowing in Japan time too', () => {
    // 2026-12-27T16:00Z is 01:00 JST on the 28th: day 1 is the 28th, day 5 the 1st.
    const result = assess({ ...cardLeak, weAreEntrustee: true, entrustorNotifiedAt: '2027-01-01T20:00:00+09:00' }, '2026-12-27T16:00:00Z');
    expect(result.entrustee).toMatchObject({ relieved: true, notifiedOnDay: 5, reliefLimit: '2027-01-01' });
  });
});

describe('the entrustee route in every state', () => {
  it('not yet notified: our duties stand until a notice by day 5, and the reason gives that date', () => {
    const result = asEntrustee(null);
    expect(result.entrustee).toMatchObject({ relieved: false, notifiedAt: null, notifiedOnDay: null, reliefLimit: '2027-01-01' });
    expect(result.entrustee?.reason.ja).toContain('2027/01/01');
    expect(verdictOf(result).ja).toContain('当社が個人情報保護委員会への報告と本人への通知を行う必要があります');
  });

  it('without a name the entrustor is still named by its role', () => {
    const result = assess({ ...cardLeak, weAreEntrustee: true, entrustorNotifiedAt: '2026-12-29T08:00:00+09:00' }, knownAt);
    expect(result.entrustee?.entrustorName).toBeNull();
    expect(verdictOf(result).ja).toContain('委託元が個人情報保護委員会への報告と本人への通知を行います');
  });

  it('not the entrustee: no route at all', () => {
    expect(assess({ ...cardLeak, weAreEntrustee: false, entrustorNotifiedAt: '2026-12-29T08:00:00+09:00' }, knownAt).entrustee).toBeNull();
  });

  it('not reportable: nothing to be relieved of, and the route says so', () => {
    const result = assess({ ...cardLeak, financialRisk: false, weAreEntrustee: true, entrustorNotifiedAt: null }, knownAt);
    expect(result.reportable).toBe('no');
    expect(result.entrustee).toMatchObject({ relieved: false });
    expect(result.entrustee?.reason.ja).toContain('報告対象ではない');
  });

  it('cites the proviso, Rule Art. 9 and GL 3-5-3-5 with the 速報 yardstick', () => {
    const conclusion = asEntrustee('2026-12-29T08:00:00+09:00').reasons.find((r) => r.topic === 'entrustee');
    expect(conclusion?.citations.map((c) => c.article)).toEqual(['APPI Art. 26(1) proviso', 'Rule Art. 9', 'APPI Art. 26(2)', 'GL 3-5-3-5']);
    expect(conclusion?.status).toBe('relieved');
  });

  it('without the moment of knowing, a notice cannot be judged prompt: not relieved, and it says why', () => {
    const result = assessReportability({ ...cardLeak, weAreEntrustee: true, entrustorNotifiedAt: '2026-12-29T08:00:00+09:00' });
    expect(result.entrustee).toMatchObject({ relieved: false, notifiedOnDay: null });
    expect(result.conclusions.find((c) => c.topic === 'entrustee')).toMatchObject({ status: 'unknown' });
    expect(result.entrustee?.reason.ja).toContain('把握日時');
  });
});
