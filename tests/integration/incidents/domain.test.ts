import { describe, expect, it } from 'vitest';
import { assess } from '../../../shared/appi/assess';
import { incidentFactsInput } from '../../../shared/domain/incident';
import { applicableKinds, deriveDue, derivedRecipient } from '../../../shared/domain/incident-due';
import { incidentFacts } from '../../../shared/domain/incident-facts';
import { toJapanInstant } from '../../../shared/domain/incident-instant';
import { dataItemCatalog } from '../../../shared/domain/incident-items';
import { canMove, incidentStatuses, statusTransitions } from '../../../shared/domain/incident-status';

/** The pure pieces of shared/domain the incident services stand on (no database). */
describe('instants in Japan time', () => {
  it.each([
    ['2026-12-28T23:30+09:00', '2026-12-28T23:30:00+09:00'],
    ['2026-12-28T14:30:00Z', '2026-12-28T23:30:00+09:00'],
    ['2026-12-28T15:01:00Z', '2026-12-29T00:01:00+09:00'],
    ['2026-12-28T06:30:00-08:00', '2026-12-28T23:30:00+09:00'],
    ['2026-12-28T23:30:59.999+09:00', '2026-12-28T23:30:59+09:00'],
  ])('keeps %s as %s', (input, expected) => expect(toJapanInstant(input)).toBe(expected));

  it.each(['2026-12-28T23:30', '2026-12-28 23:30+09:00', '2026-02-30T10:00Z', ''])('refuses %j', (input) => {
    expect(toJapanInstant(input)).toBeNull();
  });
});

describe('the facts the rules read', () => {
  const parse = (values: object) => incidentFactsInput.parse({ knownAt: '2026-12-28T23:30+09:00', ...values });

  it('takes sensitive and financial risk from the listed items, else from the explicit flags', () => {
    expect(incidentFacts(parse({ dataItems: ['name', 'criminalRecord'], sensitive: false }))).toMatchObject({ sensitive: true, financialRisk: null });
    expect(incidentFacts(parse({ dataItems: ['onlineBanking'] }))).toMatchObject({ sensitive: null, financialRisk: true });
    expect(incidentFacts(parse({ dataItems: ['name'], sensitive: true, financialRisk: false }))).toMatchObject({ sensitive: true, financialRisk: false });
    // My Number is not sensitive information under APPI (its breaches go under the My Number Act).
    expect(dataItemCatalog.myNumber).toMatchObject({ sensitive: false, financial: false });
  });

  it('counts an estimate like an exact number, and only an entrustee’s notice', () => {
    expect(incidentFacts(parse({ individualsKind: 'estimate', individuals: 1500 }))).toMatchObject({ individuals: 1500 });
    expect(incidentFacts(parse({ entrustorNotifiedAt: '2026-12-29T09:00+09:00' }))).toMatchObject({ entrustorNotifiedAt: null });
    expect(incidentFacts(parse({ weAreEntrustee: true, entrustorNotifiedAt: '2026-12-29T09:00+09:00' }))).toMatchObject({
      entrustorNotifiedAt: '2026-12-29T09:00:00+09:00',
    });
  });
});

describe('status moves', () => {
  it('allows the listed moves, staying put, and nothing else', () => {
    for (const from of incidentStatuses) {
      for (const to of incidentStatuses) expect(canMove(from, to), `${from} → ${to}`).toBe(from === to || statusTransitions[from].includes(to));
    }
    expect(canMove('reported', 'open')).toBe(false);
    expect(canMove('closed', 'open')).toBe(true);
    expect([canMove(null, 'open'), canMove(null, 'contained'), canMove(null, 'reported'), canMove(null, 'closed')]).toEqual([true, true, true, true]);
  });
});

describe('derived due dates', () => {
  const record = { weAreEntrustee: true, delegatedMinistry: '', entrustorName: '委託元' };
  const yes = assess({ financialRisk: true, highLevelEncryption: false }, '2026-12-28T23:30+09:00');

  it('uses the 速報 limit with its target, the 確報 due date, and the target as the yardstick for "promptly"', () => {
    expect(deriveDue('ppc_preliminary', yes, record)).toMatchObject({ dueDate: '2027-01-01', targetDate: '2026-12-30' });
    expect(deriveDue('ppc_final', yes, record)).toMatchObject({ dueDate: '2027-01-26', targetDate: null });
    expect(deriveDue('individuals_notice', yes, record)).toMatchObject({ dueDate: '2026-12-30', targetDate: null });
    expect(deriveDue('entrustor', yes, record).dueBasis.en).toContain('APPI Art. 26(1) proviso; Rule Art. 9');
    expect(deriveDue('entrustor', yes, { ...record, weAreEntrustee: false }).dueDate).toBeNull();
  });

  it('plans by verdict and role, and addresses the PPC or its delegate', () => {
    const no = assess({ sensitive: false, financialRisk: false, wrongfulPurpose: false, individuals: 2, highLevelEncryption: false }, '2026-12-28T23:30+09:00');
    expect(applicableKinds(yes, record)).toEqual(['ppc_preliminary', 'ppc_final', 'individuals_notice', 'entrustor']);
    expect(applicableKinds(no, { ...record, weAreEntrustee: false })).toEqual([]);
    expect(derivedRecipient('ppc_final', record)).toBe('個人情報保護委員会');
    expect(derivedRecipient('ppc_final', { ...record, delegatedMinistry: '金融庁' })).toBe('金融庁');
    expect(derivedRecipient('individuals_notice', record)).toBeNull();
  });
});
