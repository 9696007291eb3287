import { describe, expect, it } from 'vitest';
import { assess } from '../../../shared/appi/assess';
import { incidentFactsInput } from '../../../shared/domain/incident';
import { deriveDue } from '../../../shared/domain/incident-due';
import { assessIncident, incidentFacts } from '../../../shared/domain/incident-facts';

/**
 * The due dates an incident's notifications get from its assessment, for an entrustee (Art. 26(1) proviso; Rule
 * Art. 9; GL 3-5-3-5): relieved by a prompt notice → no PPC or individuals dates; a late notice or none → every
 * date stands; the notice to the entrustor itself is measured like the 速報 (day 5 decides, day 3 the target).
 */
const knownAt = '2026-12-28T23:30:00+09:00'; // day 3 = 12/30, day 5 = 1/1
const record = { weAreEntrustee: true, delegatedMinistry: '', entrustorName: '委託元株式会社' };
const asEntrustee = (entrustorNotifiedAt: string | null) =>
  assess({ financialRisk: true, highLevelEncryption: false, weAreEntrustee: true, entrustorNotifiedAt }, knownAt);

describe('due dates of an entrustee', () => {
  it('relieved by a notice on day 2: no PPC or individuals dates, and the basis gives the day', () => {
    const relieved = asEntrustee('2026-12-29T08:00:00+09:00');
    for (const kind of ['ppc_preliminary', 'ppc_final', 'individuals_notice'] as const) {
      expect(deriveDue(kind, relieved, record), kind).toMatchObject({ dueDate: null, targetDate: null });
    }
    expect(deriveDue('ppc_final', relieved, record).dueBasis.ja).toBe(
      '委託元へ2026/12/29に通知したため（把握から2日目、5日目までの速やかな通知）、委託先として報告・通知の義務を免れています（法第26条第1項ただし書、施行規則第9条）。',
    );
  });

  it.each([
    ['notified on day 6', '2027-01-02T09:00:00+09:00'],
    ['notified weeks late', '2027-01-20T09:00:00+09:00'],
    ['not notified yet', null],
  ])('%s: every date of our own duties stands', (_name, at) => {
    const late = asEntrustee(at);
    expect(deriveDue('ppc_preliminary', late, record)).toMatchObject({ dueDate: '2027-01-01', targetDate: '2026-12-30' });
    expect(deriveDue('ppc_final', late, record)).toMatchObject({ dueDate: '2027-01-26' });
    expect(deriveDue('individuals_notice', late, record)).toMatchObject({ dueDate: '2026-12-30' });
  });

  it('the notice to the entrustor: day 5 as the date that decides the relief, day 3 as the target', () => {
    const due = deriveDue('entrustor', asEntrustee(null), record);
    expect(due).toMatchObject({ dueDate: '2027-01-01', targetDate: '2026-12-30' });
    expect(due.dueBasis.ja).toContain('5日目（2027/01/01）までに通知すれば当社の報告・本人通知の義務が免除されます');
    expect(due.dueBasis.ja).toContain('ガイドライン3-5-3-5');
    expect(due.dueBasis.en).toContain('APPI Art. 26(1) proviso; Rule Art. 9');
  });
});

describe('the incident facts the rules read', () => {
  const parse = (values: object) => incidentFactsInput.parse({ knownAt, ...values });

  it('carries the kind of count: an exact count decides, an estimate lets its cap decide', () => {
    expect(incidentFacts(parse({ individualsKind: 'exact', individuals: 900, individualsUpperBound: 5000 }))).toMatchObject({ individualsKind: 'exact' });
    expect(assessIncident(parse({ individualsKind: 'exact', individuals: 900, individualsUpperBound: 5000, sensitive: false, financialRisk: false, wrongfulPurpose: false, highLevelEncryption: false })).reportable).toBe('no');
    expect(assessIncident(parse({ individualsKind: 'estimate', individuals: 800, individualsUpperBound: 5000, sensitive: false, financialRisk: false, wrongfulPurpose: false, highLevelEncryption: false })).reportable).toBe('yes');
    expect(assessIncident(parse({ individualsKind: 'unknown', individualsUpperBound: 5000, sensitive: false, financialRisk: false, wrongfulPurpose: false, highLevelEncryption: false })).reportable).toBe('yes');
  });

  it('carries pseudonymised information and, for an entrustee only, the entrustor’s name', () => {
    expect(incidentFacts(parse({ pseudonymised: true }))).toMatchObject({ pseudonymised: true });
    expect(incidentFacts(parse({ pseudonymised: null }))).toMatchObject({ pseudonymised: null });
    expect(incidentFacts({ ...parse({ weAreEntrustee: true }), entrustorName: '委託元株式会社' })).toMatchObject({ entrustorName: '委託元株式会社' });
    expect(incidentFacts({ ...parse({ weAreEntrustee: false }), entrustorName: '委託元株式会社' })).toMatchObject({ entrustorName: null });
    expect(incidentFacts({ ...parse({ weAreEntrustee: true }), entrustorName: '' })).toMatchObject({ entrustorName: null });
  });
});
