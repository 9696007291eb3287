import { describe, expect, it } from 'vitest';
import { countDiff, diffSections } from '../../../shared/domain/policy-diff';
import { revisionHistory } from '../../../shared/domain/policy-history';
import type { PolicyVersionSummary } from '../../../shared/domain/policy-version';
import { makeSection, type PolicySection } from '../../../shared/policy/model';
import { snippetOf } from '../../../main/core/policies/snippet';

/** The pure pieces behind policyVersions.diff, policies.revisionHistory and the search snippets, on their edge cases. */
const s = (id: string, bodyJa = id): PolicySection => makeSection('custom', id, { bodyJa });
const statuses = (from: PolicySection[], to: PolicySection[]) => diffSections(from, to).map((d) => `${d.sectionId}:${d.status}${d.moved ? '+moved' : ''}`);

describe('diffSections', () => {
  it('from nothing, everything is added; to nothing, everything is removed', () => {
    expect(statuses([], [s('a'), s('b')])).toEqual(['a:added', 'b:added']);
    expect(statuses([s('a'), s('b')], [])).toEqual(['a:removed', 'b:removed']);
    expect(countDiff(diffSections([s('a')], []))).toEqual({ added: 0, removed: 1, changed: 0, moved: 0, unchanged: 0 });
  });

  it('a section moved across two others is the one that moved; a changed one that moved says both', () => {
    expect(statuses([s('a'), s('b'), s('c'), s('d')], [s('b'), s('c'), s('a'), s('d')])).toEqual([
      'b:unchanged',
      'c:unchanged',
      'a:moved+moved',
      'd:unchanged',
    ]);
    expect(statuses([s('a'), s('b'), s('c')], [s('b'), s('c'), s('a', '書き換え')])).toEqual(['b:unchanged', 'c:unchanged', 'a:changed+moved']);
  });

  it('matches by id, not by heading or place: a kind change is a change, a removed section stays where it was', () => {
    const before = [s('a'), s('x'), s('b')];
    const after = [{ ...makeSection('cookies', 'a'), bodyJa: 'a' }, s('b')];
    const diff = diffSections(before, after);
    expect(diff.map((d) => [d.sectionId, d.status, d.changedFields])).toEqual([
      ['a', 'changed', ['kind']],
      ['x', 'removed', []],
      ['b', 'unchanged', []],
    ]);
    expect(diff[0]).toMatchObject({ kind: 'cookies', before: { kind: 'custom' }, after: { kind: 'cookies' } });
  });
});

describe('revisionHistory', () => {
  const version = (number: number, status: 'draft' | 'published', effectiveOn: string): PolicyVersionSummary => ({
    id: number * 10,
    policyId: 1,
    number,
    status,
    effectiveOn,
    changeSummaryJa: `第${number}版`,
    changeSummaryEn: `v${number}`,
    acknowledgedRuleIds: [],
    basedOnVersionId: null,
    sectionCount: 1,
    revision: 1,
    publishedAt: status === 'published' ? '2026-01-01T00:00:00.000Z' : null,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  });

  it('is 制定 for the first published version and 改定 for each later one; drafts are not in it', () => {
    const entries = revisionHistory([version(3, 'draft', ''), version(2, 'published', '2027-01-15'), version(1, 'published', '2026-04-01')]);
    expect(entries.map((e) => [e.number, e.event, e.text.ja])).toEqual([
      [1, 'established', '2026年4月1日 制定'],
      [2, 'revised', '2027年1月15日 改定'],
    ]);
    expect(revisionHistory([version(1, 'draft', '')])).toEqual([]);
  });
});

describe('search snippets', () => {
  it('marks the words in the original text, full-width or half-width kana as written', () => {
    const parts = snippetOf(['手数料は１，０００円です。'], ['1,000円'])!;
    expect(parts).toEqual([{ text: '手数料は', match: false }, { text: '１，０００円', match: true }, { text: 'です。', match: false }]);
    const kana = snippetOf(['詳しくはｶﾞｲﾄﾞﾗｲﾝをご覧ください。'], ['ガイドライン'])!;
    expect(kana.filter((p) => p.match).map((p) => p.text)).toEqual(['ｶﾞｲﾄﾞﾗｲﾝ']);
  });

  it('cuts long text around the first match with ellipses, and gives null when no text has the words', () => {
    const long = `${'あ'.repeat(100)}利用目的${'い'.repeat(100)}`;
    const parts = snippetOf([long], ['利用目的'])!;
    expect(parts[0]).toEqual({ text: '…', match: false });
    expect(parts.at(-1)).toEqual({ text: '…', match: false });
    expect(parts.find((p) => p.match)?.text).toBe('利用目的');
    expect(snippetOf(['nothing here'], ['cookie'])).toBeNull();
  });
});
