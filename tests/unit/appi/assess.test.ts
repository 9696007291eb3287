import { describe, expect, it } from 'vitest';
import { assess } from '../../../shared/appi/assess';

const known = '2026-12-28T14:59:00Z'; // 23:59 JST on Mon 2026-12-28

describe('assess', () => {
  it('has the agreed shape and survives JSON (it crosses IPC)', () => {
    const result = assess({ sensitive: true, highLevelEncryption: false }, known);
    expect(Object.keys(result).sort()).toEqual(
      ['bases', 'citations', 'entrustee', 'exemption', 'final', 'knownOn', 'missing', 'preliminary', 'reasons', 'reportable', 'triggers'].sort(),
    );
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('yes: the 30-day deadlines with their bases', () => {
    const result = assess({ sensitive: true, highLevelEncryption: false }, known);
    expect(result).toMatchObject({
      reportable: 'yes',
      triggers: ['sensitive'],
      exemption: null,
      knownOn: '2026-12-28',
      preliminary: { target: '2026-12-30', limit: '2027-01-01' },
      final: { due: '2027-01-26', days: 30 },
      missing: [],
    });
    expect(result.bases?.final.text.en).toContain('day 30 = Tue, Jan 26, 2027');
    expect(result.bases?.preliminaryTarget.role).toBe('preliminaryTarget');
    expect(result.bases?.preliminaryLimit.role).toBe('preliminaryLimit');
  });

  it('yes with a wrongful purpose among other triggers: 60 days', () => {
    const result = assess({ sensitive: true, wrongfulPurpose: true, highLevelEncryption: false }, known);
    expect(result.final).toEqual({ due: '2027-02-25', days: 60 });
    expect(result.reasons.find((r) => r.topic === 'deadlines')?.reason.en).toContain('within 60 days');
  });

  it('no: no deadlines at all', () => {
    const result = assess({ sensitive: false, financialRisk: false, wrongfulPurpose: false, individuals: 3, highLevelEncryption: false }, known);
    expect(result).toMatchObject({ reportable: 'no', preliminary: null, final: null, bases: null });
    expect(result.reasons.at(-1)?.reason.en).toBe('No trigger holds: not reportable. Still record the incident.');
  });

  it('no by exemption: the trigger is still shown, with the exemption', () => {
    const result = assess({ sensitive: true, highLevelEncryption: true, keyLeaked: false }, known);
    expect(result).toMatchObject({ reportable: 'no', triggers: ['sensitive'], exemption: 'highLevelEncryption', final: null });
    expect(result.citations.map((c) => c.article)).toContain('Rule Art. 7(i) parenthetical');
  });

  it('undetermined: the clock runs, at 30 days while the wrongful purpose is unknown', () => {
    const result = assess({ individuals: null }, known);
    expect(result.reportable).toBe('undetermined');
    expect(result.preliminary).toEqual({ target: '2026-12-30', limit: '2027-01-01' });
    expect(result.final).toEqual({ due: '2027-01-26', days: 30 });
    const note = result.reasons.find((r) => r.topic === 'deadlines');
    expect(note?.missing).toEqual(['wrongfulPurpose']);
    expect(note?.reason.ja).toContain('60日になります');
    expect(result.missing).toEqual(['sensitive', 'financialRisk', 'wrongfulPurpose', 'individualsUpperBound', 'highLevelEncryption']);
  });

  it('undetermined with a wrongful purpose known: 60 days already', () => {
    const result = assess({ wrongfulPurpose: true }, known);
    expect(result).toMatchObject({ reportable: 'undetermined', missing: ['highLevelEncryption'], final: { days: 60, due: '2027-02-25' } });
  });

  it('keeps the verdict last and lists each citation once', () => {
    const result = assess({ sensitive: true, wrongfulPurpose: true, individuals: 2000, highLevelEncryption: false }, known);
    expect(result.reasons.at(-1)?.topic).toBe('verdict');
    const articles = result.citations.map((c) => c.article);
    expect(new Set(articles).size).toBe(articles.length);
    expect(articles).toEqual(expect.arrayContaining(['APPI Art. 26(1)', 'Rule Art. 7(i)', 'Rule Art. 7(iii)', 'Rule Art. 7(iv)', 'Rule Art. 8(1)', 'Rule Art. 8(2)', 'GL 3-5-3-3', 'GL 3-5-3-4']));
  });

  it('still gives the dates to a relieved entrustee, flagged', () => {
    const result = assess({ sensitive: true, highLevelEncryption: false, weAreEntrustee: true, entrustorNotifiedAt: '2026-12-29T10:00:00+09:00' }, known);
    expect(result.entrustee?.relieved).toBe(true);
    expect(result.final?.due).toBe('2027-01-26');
  });

  it('names the field of bad input: facts under ["facts"], the instant as ["knownAt"]', () => {
    expect(() => assess({ individuals: -5 }, known)).toThrow(expect.objectContaining({ code: 'validation', path: ['facts', 'individuals'] }));
    expect(() => assess({ sensitive: false, financialRisk: false, wrongfulPurpose: false, individuals: 1 }, '2026-12-28')).toThrow(
      expect.objectContaining({ code: 'validation', path: ['knownAt'] }),
    );
    expect(() => assess({ sensitive: true, highLevelEncryption: false }, '2061-01-10T10:00:00+09:00')).toThrow(
      expect.objectContaining({ name: 'CalendarRangeError', path: ['knownAt'] }),
    );
  });
});
