import { describe, expect, it } from 'vitest';
import type { PolicySearchHit } from '../../../shared/domain/policy-search';
import { makeSection } from '../../../shared/policy/model';
import { call, failure } from '../core/helpers';
import { createWith, policyCore, proseSections, publishDraft } from './helpers';

const marked = (hit: PolicySearchHit) => hit.snippet.filter((part) => part.match).map((part) => part.text);
const plain = (hit: PolicySearchHit) => hit.snippet.map((part) => part.text).join('');

/** A policy published as version 1, then revised: version 2 says something version 1 did not, and drops a clause. */
async function twoVersions() {
  const made = await policyCore();
  const created = await createWith(made.core, made.company.id, [
    ...proseSections(),
    makeSection('cookies', 'cookies', { headingEn: 'Cookies', bodyEn: 'We use cookies to remember your preferences.' }),
  ]);
  const v1 = await publishDraft(made.core, created.id, '2026-04-01');
  const draft = await call(made.core, 'policyDrafts.start', { policyId: created.id });
  const sections = draft.sections
    .filter((section) => section.id !== 'misc')
    .map((section) =>
      section.id === 'security' ? { ...section, bodyJa: `${section.bodyJa}委託先には秘密保持契約を締結させます。` } : section,
    );
  await call(made.core, 'policyDrafts.save', { versionId: draft.id, revision: 1, sections });
  return { ...made, policyId: created.id, v1, v2: draft };
}

describe('policies.search (FTS5 trigram, ja and en, every version)', () => {
  it('finds a Japanese clause of three or more characters in the version that has it, with the words marked', async () => {
    const { core, v1, v2 } = await twoVersions();
    const onlyOld = await call(core, 'policies.search', { query: '定めのない事項' });
    expect(onlyOld).toMatchObject({ mode: 'fts', total: 1 });
    expect(onlyOld.items[0]).toMatchObject({ versionId: v1.id, versionNumber: 1, versionStatus: 'published', sectionId: 'misc', sectionKind: 'custom', position: 3 });
    expect(marked(onlyOld.items[0]!)).toEqual(['定めのない事項']);
    expect(plain(onlyOld.items[0]!)).toBe('本ポリシーに定めのない事項は法令によります。');

    const onlyNew = await call(core, 'policies.search', { query: '秘密保持契約' });
    expect(onlyNew.items.map((hit) => [hit.versionId, hit.versionStatus])).toEqual([[v2.id, 'draft']]);

    const both = await call(core, 'policies.search', { query: '安全管理措置' });
    expect(both.items.map((hit) => hit.versionNumber).sort()).toEqual([1, 2]);
  });

  it('finds an English word whatever its case, and all words of a query', async () => {
    const { core } = await twoVersions();
    const hits = await call(core, 'policies.search', { query: 'PREFERENCES' });
    expect(hits.total).toBe(2);
    expect(marked(hits.items[0]!)).toEqual(['preferences']);
    expect((await call(core, 'policies.search', { query: 'cookies remember' })).total).toBe(2);
    expect((await call(core, 'policies.search', { query: 'cookies nowhere' })).total).toBe(0);
  });

  it('finds text in structured data (a purpose row) and folds full-width characters', async () => {
    const { core } = await twoVersions();
    const rows = await call(core, 'policies.search', { query: 'アフターサービス' });
    expect(rows.total).toBe(2);
    expect(rows.items[0]!.sectionKind).toBe('purposes_of_use');
    expect(marked(rows.items[0]!)).toEqual(['アフターサービス']);
    expect((await call(core, 'policies.search', { query: 'ａｆｔｅｒ－ｓａｌｅｓ' })).total).toBe(2);
  });

  it('answers a two-character Japanese query by the LIKE fallback, and combines a short word with a long one', async () => {
    const { core } = await twoVersions();
    const short = await call(core, 'policies.search', { query: '法令' });
    expect(short.mode).toBe('like');
    expect(short.items.map((hit) => hit.sectionId)).toEqual(['misc']);
    expect(marked(short.items[0]!)).toEqual(['法令']);
    const mixed = await call(core, 'policies.search', { query: '目的 アフター' });
    expect(mixed.mode).toBe('fts');
    expect(mixed.total).toBe(2);
  });

  it('filters by company and policy, pages, and refuses an empty query', async () => {
    const { core, company, policyId } = await twoVersions();
    const other = await call(core, 'companies.create', { legalNameJa: '株式会社べつ' });
    await createWith(core, other.id, proseSections());
    expect((await call(core, 'policies.search', { query: '安全管理措置' })).total).toBe(3);
    expect((await call(core, 'policies.search', { query: '安全管理措置', companyId: company.id })).total).toBe(2);
    expect((await call(core, 'policies.search', { query: '安全管理措置', policyId })).total).toBe(2);
    const page = await call(core, 'policies.search', { query: '安全管理措置', limit: 1, offset: 1 });
    expect(page).toMatchObject({ total: 3 });
    expect(page.items).toHaveLength(1);
    expect(await failure(core, 'policies.search', { query: '  ' })).toMatchObject({ code: 'validation', path: ['query'] });
  });

  it('treats FTS syntax in the query as text', async () => {
    const { core } = await twoVersions();
    for (const query of ['"cookies', 'cookies OR x', 'NEAR(a b)', '*', 'a:b', '100%', 'under_score']) {
      const result = await call(core, 'policies.search', { query });
      expect(result.total, query).toBeGreaterThanOrEqual(0);
    }
    expect((await call(core, 'policies.search', { query: 'cookies OR x' })).total).toBe(0);
  });
});
