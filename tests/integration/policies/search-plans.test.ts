import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { asReadable } from '../../../main/core/store/connection';
import { searchSections, searchTerms, type SectionSearch } from '../../../main/core/store/policies-search';
import { containsPattern } from '../../../main/core/store/search';
import { makeSection, type PolicySection } from '../../../shared/policy/model';
import { call, sampleCompany } from '../core/helpers';
import { createWith, policyCore } from './helpers';

/**
 * Issue 11 item 6: the search's plans (short-word index, ranked page read in rank order, narrow scopes, capped
 * count) answer exactly what one plain query did before them — the same sections in the same order — for words of
 * every length, alone and together, in every scope; only the count stops at its cap and says so.
 */
const vocabulary = ['目的', '個人', '情', 'の', '利用目的', '個人情報', 'cookie', 'Cookie', 'analytics', 'é', 'Émile', 'ß', '第三者', '提供', '鯨', 'ab', 'x'];

/** Deterministic prose from the vocabulary, so every word is in some sections and not in others. */
function prose(seed: number, length: number): string {
  let state = seed * 7919 + 17;
  const words: string[] = [];
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    words.push(vocabulary[state % vocabulary.length]!, state % 3 === 0 ? '。' : 'に');
  }
  return words.join('');
}

function sections(seed: number): PolicySection[] {
  return [0, 1, 2, 3].map((i) =>
    makeSection('custom', `s${i}`, { headingJa: i === 0 ? prose(seed + 100, 2) : '', bodyJa: prose(seed * 4 + i, 3 + ((seed + i) % 5)), bodyEn: i === 2 ? 'We use Cookies for analytics.' : '' }),
  );
}

/** The search as one statement, as it was before the plans: MATCH for long words, LIKE for short, every hit ranked and counted. */
function before(db: Database.Database, search: SectionSearch): { refs: number[]; total: number } {
  const terms = searchTerms(search.query);
  const long = terms.filter((term) => [...term].length >= 3);
  const short = terms.filter((term) => [...term].length < 3);
  const where: string[] = [];
  const params: unknown[] = [];
  if (long.length > 0) {
    where.push('policy_sections_fts MATCH ?');
    params.push(long.map((term) => `"${term.replace(/"/g, '""')}"`).join(' AND '));
  }
  for (const term of short) {
    where.push(`(f.heading LIKE ? ESCAPE '\\' OR f.body LIKE ? ESCAPE '\\')`);
    params.push(containsPattern(term), containsPattern(term));
  }
  if (search.companyId !== undefined) {
    where.push('p.company_id = ?');
    params.push(search.companyId);
  }
  if (search.policyId !== undefined) {
    where.push('p.id = ?');
    params.push(search.policyId);
  }
  const from = `FROM policy_sections_fts f JOIN policy_sections s ON s.id = f.rowid JOIN policy_versions v ON v.id = s.version_id
    JOIN policies p ON p.id = v.policy_id ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}`;
  const order = long.length > 0 ? 'ORDER BY f.rank, s.id DESC' : 'ORDER BY s.id DESC';
  const refs = db.prepare(`SELECT f.rowid ${from} ${order} LIMIT ? OFFSET ?`).pluck().all(...params, search.limit, search.offset) as number[];
  return { refs, total: Number(db.prepare(`SELECT count(*) ${from}`).pluck().get(...params)) };
}

async function workspace() {
  const made = await policyCore();
  const other = await call(made.core, 'companies.create', sampleCompany({ legalNameJa: '株式会社別会社' }));
  const policies: number[] = [];
  for (let i = 0; i < 24; i++) policies.push((await createWith(made.core, i % 3 === 0 ? other.id : made.company.id, sections(i))).id);
  return { ...made, otherId: other.id, policies };
}

describe('policy search plans give the same answer as the plain query', () => {
  it('for every word length and combination, scope, page and plan threshold; counts capped and marked', async () => {
    const { workspacePath, company, otherId, policies } = await workspace();
    const raw = new Database(workspacePath, { readonly: true });
    const db = asReadable(raw);
    const queries = ['目的', '情', 'の', 'cookie', 'Cookie 目的', '個人 目的', '利用目的 の', '個人情報 目的 情', 'é', 'É', 'ß', 'ss', 'émile x', '鯨', '第三者 提供', 'ab', 'x', 'analytics ab', 'nowhere', 'に', '\u0000', 'cookie 鯱', '鯱', 'é 鯱 目的'];
    const scopes = [{}, { companyId: company.id }, { companyId: otherId }, { policyId: policies[4]! }, { companyId: otherId, policyId: policies[3]! }];
    const tunings = [undefined, { narrowScope: 0, fewHits: 0, countCap: 7 }, { narrowScope: 1000, fewHits: 1000, countCap: 3 }];
    let compared = 0;
    for (const query of queries)
      for (const scope of scopes)
        for (const [limit, offset] of [[5, 0], [5, 5], [50, 0]] as const)
          for (const tuning of tunings) {
            const search = { query, limit, offset, ...scope, ...(tuning ? { tuning } : {}) };
            const expected = before(raw, search);
            const got = searchSections(db, search);
            const cap = tuning?.countCap ?? 1000;
            const label = JSON.stringify(search);
            expect(got.rows.map((row) => row.ref), label).toEqual(expected.refs);
            expect(got.total, label).toBe(Math.min(expected.total, cap));
            expect(got.totalCapped, label).toBe(expected.total > cap);
            compared += 1;
          }
    expect(compared).toBe(queries.length * scopes.length * 3 * tunings.length);
    // The vocabulary reaches the plans: common and rare words, and counts past a cap; 鯱 is in no section.
    expect(before(raw, { query: '目的', limit: 1, offset: 0 }).total).toBeGreaterThan(20);
    expect(before(raw, { query: '鯨', limit: 1, offset: 0 }).total).toBeGreaterThan(0);
    expect(before(raw, { query: 'cookie', limit: 1, offset: 0 }).total).toBeGreaterThan(0);
    expect(before(raw, { query: '鯱', limit: 1, offset: 0 }).total).toBe(0);
    raw.close();
  });

  it('finds a two-character word in a section written after the index was built, and not after the section is gone', async () => {
    const { core, company } = await policyCore();
    const created = await createWith(core, company.id, [makeSection('custom', 'a', { headingJa: '', bodyJa: '当社は鯨肉を扱いません。' })]);
    expect((await call(core, 'policies.search', { query: '鯨肉' })).items.map((hit) => hit.policyId)).toEqual([created.id]);
    expect((await call(core, 'policies.search', { query: '肉' })).total).toBe(1);
    await call(core, 'policyDrafts.save', { versionId: created.current.id, revision: created.current.revision, sections: [makeSection('custom', 'a', { headingJa: '', bodyJa: '別の文です。' })] });
    expect((await call(core, 'policies.search', { query: '鯨肉' })).total).toBe(0);
    expect((await call(core, 'policies.search', { query: '別の' })).total).toBe(1);
  });
});
