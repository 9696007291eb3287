import { describe, expect, it } from 'vitest';
import { incidentInput } from '../../../shared/domain/incident';
import { clockText, futureIssues } from '../../../shared/domain/incident-clock';
import { issuesOf } from '../../../shared/validation/issues';

/**
 * What a new incident form sends on its first save, with several things wrong at once (issue 10: "some errors
 * appear only on a second save"). zod skips an object's refinements once a field fails its type (a company not
 * chosen, a moment of knowing not entered): the shared schema must still report the count and the order of the
 * times, so the form marks every field at once.
 */
const firstSave = {
  title: '',
  companyId: null,
  status: 'open',
  breachKind: 'leak',
  certainty: 'confirmed',
  occurredAt: '2026-12-20T10:00:00+09:00',
  discoveredAt: '2026-12-19T10:00:00+09:00',
  knownAt: null,
  dataItems: [],
  individualsKind: 'exact',
  individuals: null,
  individualsUpperBound: null,
};

const pathsOf = (input: unknown) => {
  const result = incidentInput.safeParse(input);
  return result.success ? [] : issuesOf(result.error).map((issue) => issue.path.join('.'));
};

describe('the incident schema reports every error at once', () => {
  it('reports the count and the order of the times beside the missing company and moment of knowing', () => {
    expect(pathsOf(firstSave).sort()).toEqual(['companyId', 'discoveredAt', 'individuals', 'knownAt', 'title']);
  });

  it('reports known-before-discovered and an upper bound below the count while a type error stands elsewhere', () => {
    const input = { ...firstSave, companyId: 'x', occurredAt: null, knownAt: '2026-12-18T10:00:00+09:00', individuals: 1200, individualsUpperBound: 800 };
    expect(pathsOf(input).sort()).toEqual(['companyId', 'individualsUpperBound', 'knownAt', 'title']);
  });

  it('does not report a refinement twice over a value the schema already refused', () => {
    const input = { ...firstSave, occurredAt: null, discoveredAt: null, knownAt: 'yesterday', individuals: -5, individualsUpperBound: 3 };
    expect(pathsOf(input).sort()).toEqual(['companyId', 'individuals', 'knownAt', 'title']);
  });

  it('refuses a value that is no object at all, without throwing', () => {
    expect(pathsOf('incident')).toEqual(['']);
  });
});

describe('facts later than the app’s clock', () => {
  const now = new Date('2026-12-29T01:00:00Z');

  it('names each such field, with the clock’s time in both languages', () => {
    const issues = futureIssues({ occurredAt: '2026-12-28T10:00:00+09:00', discoveredAt: '2026-12-29T10:30:00+09:00', knownAt: '2027-01-24T10:00:00+09:00', entrustorNotifiedAt: null }, now);
    expect(issues.map((issue) => issue.path)).toEqual([['discoveredAt'], ['knownAt']]);
    expect(issues[1]!.message).toEqual({
      ja: '把握日時が現在の日時（日本時間2026/12/29 10:00）より後になっています。実際の日時を入力してください。',
      en: 'The time the business knew is later than now (Dec 29, 2026 10:00 JST). Enter when it actually happened.',
    });
  });

  it('accepts the very instant of the clock, and leaves half-typed values to the schema', () => {
    expect(futureIssues({ knownAt: '2026-12-29T10:00:00+09:00', discoveredAt: '2026-12-3', occurredAt: '' }, now)).toEqual([]);
  });

  it('reads the clock in Japan time whatever the machine’s zone', () => {
    expect(clockText(new Date('2026-12-31T15:05:00Z'))).toEqual({ ja: '2027/01/01 00:05（日本時間）', en: 'Jan 1, 2027 00:05 JST' });
  });
});
