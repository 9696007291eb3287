import { describe, expect, it } from 'vitest';
import {
  clauseById,
  clauseLibrary,
  clausesFor,
  clauseVariables,
  fillClause,
  formatDate,
  formatYen,
  purposePresets,
  unfilledVariables,
} from '../../../shared/policy/clauses';
import { sectionKinds } from '../../../shared/policy/vocabulary';

describe('clause library', () => {
  it('has at least one clause for every section kind, each with a unique id and a citation', () => {
    for (const kind of sectionKinds) expect(clausesFor(kind).length, kind).toBeGreaterThan(0);
    const ids = clauseLibrary.map((clause) => clause.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const clause of clauseLibrary) expect(clause.cites, clause.id).not.toBe('');
  });

  it('writes Japanese in the register of a policy: ます-form endings, never です', () => {
    for (const clause of clauseLibrary) expect(clause.ja, clause.id).not.toMatch(/です/);
  });

  it('uses the same variables in both languages', () => {
    for (const clause of clauseLibrary) {
      const jaVars = clauseVariables({ ja: clause.ja, en: '' }).sort();
      const enVars = clauseVariables({ ja: '', en: clause.en }).sort();
      expect(jaVars, clause.id).toEqual(enVars);
    }
  });

  it('gives concrete purposes in both languages for every preset', () => {
    for (const preset of purposePresets) {
      for (const purpose of preset.purposes) {
        expect(purpose.ja).toMatch(/ため$/);
        expect(purpose.en).not.toBe('');
      }
    }
  });

  it('throws for an unknown clause id', () => {
    expect(() => clauseById('no_such_clause')).toThrow(/no_such_clause/);
  });
});

describe('fillClause', () => {
  const clause = { ja: '{companyName}（代表者：{representative}）の手数料は{fee}とします。', en: '{companyName} ({representative}) charges {fee}.' };

  it('fills plain, per-language and numeric values', () => {
    const filled = fillClause(clause, {
      companyName: { ja: '株式会社あおば', en: 'Aoba K.K.' },
      representative: '代表取締役 山本',
      fee: formatYen(1000),
    });
    expect(filled.ja).toBe('株式会社あおば（代表者：代表取締役 山本）の手数料は1,000円とします。');
    expect(filled.en).toBe('Aoba K.K. (代表取締役 山本) charges 1,000 yen.');
    expect(fillClause({ ja: '{n}件', en: '{n} items' }, { n: 12000 })).toEqual({ ja: '12,000件', en: '12,000 items' });
  });

  it('leaves an unknown, null or blank variable visible instead of dropping it', () => {
    const filled = fillClause(clause, { companyName: '  ', representative: null });
    expect(filled.ja).toBe('【未設定：事業者の名称】（代表者：【未設定：代表者の氏名】）の手数料は【未設定：手数料】とします。');
    expect(filled.en).toBe('【Not set: company name】 (【Not set: representative】) charges 【Not set: fee】.');
    expect(unfilledVariables(filled.ja)).toEqual(['companyName', 'representative', 'fee']);
    expect(unfilledVariables(filled.en)).toEqual(['companyName', 'representative', 'fee']);
  });

  it("reads a marker's label back to its variable in either language, and a name of the user's own as written", () => {
    expect(unfilledVariables('【未設定：サービス名】と【Not set: service name】')).toEqual(['serviceName']);
    expect(unfilledVariables('【未設定：担当部署】')).toEqual(['担当部署']);
  });

  it('does not take inherited properties for values', () => {
    expect(fillClause({ ja: '{toString}', en: '{constructor}' }, {})).toEqual({ ja: '【未設定：toString】', en: '【Not set: constructor】' });
  });

  it('fills a library clause completely when every variable is given', () => {
    const requests = clauseById('requests_fee_charged');
    expect(clauseVariables(requests)).toEqual(['fee']);
    const filled = fillClause(requests, { fee: formatYen(500) });
    expect(filled.ja).toContain('1件につき500円の手数料');
    expect(unfilledVariables(`${filled.ja}${filled.en}`)).toEqual([]);
  });

  it('formats dates, and an invalid date as unset', () => {
    expect(formatDate('2026-04-01')).toEqual({ ja: '2026年4月1日', en: 'April 1, 2026' });
    expect(fillClause({ ja: '施行日：{d}', en: 'Effective: {d}' }, { d: formatDate('not a date') })).toEqual({
      ja: '施行日：【未設定：d】',
      en: 'Effective: 【Not set: d】',
    });
  });
});
