import { describe, expect, it } from 'vitest';
import { makeSection } from '../../../shared/policy/model';
import { call } from '../core/helpers';
import { createWith, policyCore, proseSections } from '../policies/helpers';

/**
 * Issue 12 item 4: no search text can raise an FTS5 syntax error or a 500. A NUL used to end the quoted phrase
 * inside SQLite's FTS5 query parser (a C string) and answer 'internal'. Every hostile query is answered with
 * results, and characters that mean something to FTS5 or LIKE are searched for as themselves.
 */
const hostile = [
  '\u0000',
  'abc\u0000def',
  '"',
  '"""',
  'say "hello',
  '*',
  'abc*',
  'NEAR(',
  'NEAR(a b, 2)',
  'a OR b',
  'AND',
  'NOT abc',
  '-abc',
  '^abc',
  'col:abc',
  '(abc',
  'abc)',
  "'; DROP TABLE policies; --",
  '%',
  '_',
  '\\',
  '\\%_',
  '\uD800abc',
  '\u202Eabc',
  '\u0007\u001b[31m',
  '{}[]',
  '個人情報"保護',
  'あ'.repeat(200),
];

describe('search input is escaped (no FTS syntax error, no 500)', () => {
  it('policies.search and every list search answer each hostile query with results', async () => {
    const { core, company } = await policyCore();
    await createWith(core, company.id, [
      ...proseSections(),
      makeSection('custom', 'quotes', { headingEn: 'Quotes', bodyEn: 'We call it "the service" (NEAR(1)) at 100% or a_b.' }),
    ]);
    const lists = ['companies.list', 'desks.list', 'incidents.list', 'policies.list', 'audit.list'] as const;
    for (const query of hostile) {
      const searched = await core.dispatch('policies.search', { query }, core.workspace().id);
      expect(searched.ok ? 'ok' : searched.error.code, `policies.search ${JSON.stringify(query)}`).toBe('ok');
      for (const operation of lists) {
        const listed = await core.dispatch(operation, { query }, core.workspace().id);
        expect(listed.ok ? 'ok' : listed.error.code, `${operation} ${JSON.stringify(query)}`).toBe('ok');
      }
    }
  });

  it('finds FTS and LIKE syntax characters as themselves', async () => {
    const { core, company } = await policyCore();
    await createWith(core, company.id, [
      ...proseSections(),
      makeSection('custom', 'quotes', { headingEn: 'Quotes', bodyEn: 'We call it "the service" (NEAR(1)) at 100% or a_b.' }),
    ]);
    for (const query of ['"the service"', 'NEAR(1)', '100%', 'a_b', '"the']) {
      const result = await call(core, 'policies.search', { query });
      expect(result.total, query).toBe(1);
    }
    for (const query of ['NEAR(2)', '200%', 'a_c']) {
      expect((await call(core, 'policies.search', { query })).total, query).toBe(0);
    }
  });
});
