import { describe, expect, it } from 'vitest';
import { citations } from '../../../shared/appi/citations';
import { parametersToConfirm, ruleParameters, type RuleParameter } from '../../../shared/appi/rule-parameters';

describe('rule table', () => {
  it('holds the values of appi.md §1–2', () => {
    const p = ruleParameters;
    expect([p.preliminaryTargetDay.value, p.preliminaryLimitDay.value, p.finalDays.value, p.finalDaysWrongfulPurpose.value]).toEqual([3, 5, 30, 60]);
    expect(p.dayOfKnowingIsDayOne.value).toBe(true);
    expect(p.preliminaryRollsForward.value).toBe(false);
    expect(p.rollForwardWeekdays.value).toEqual([0, 6]);
    expect(p.rollForwardOnNationalHolidays.value).toBe(true);
    expect(p.yearEndClosure.value).toEqual({ from: { month: 12, day: 29 }, to: { month: 1, day: 3 } });
    expect(p.volumeThreshold.value).toBe(1000);
  });

  it('cites a source for every parameter, readable in ja and en', () => {
    for (const [name, parameter] of Object.entries(ruleParameters) as [string, RuleParameter<unknown>][]) {
      expect(parameter.citations.length, name).toBeGreaterThan(0);
      for (const citation of parameter.citations) {
        expect(citation.article, name).toMatch(/\S/);
        expect(citation.ja, name).toMatch(/\S/);
        expect(citation.en, name).toMatch(/\S/);
      }
    }
    expect(ruleParameters.finalDays.citations[0]).toEqual({ article: 'Rule Art. 8(2)', ja: '施行規則第8条第2項', en: 'Enforcement Rules Art. 8(2)' });
  });

  it('has no parameter left to confirm: GL 3-5-3-4 confirms day 1 (「その時点を1日目とする」)', () => {
    // Was ['dayOfKnowingIsDayOne'] until the guideline text was read (issue 10).
    expect(parametersToConfirm()).toEqual([]);
    expect(ruleParameters.dayOfKnowingIsDayOne.citations.map((c) => c.article)).toEqual(['GL 3-5-3-4']);
  });

  it('cites the roll-forward as GL 3-5-3-4 (※2) and the Holidays Act Art. 2, not Art. 1(1)', () => {
    for (const name of ['rollForwardWeekdays', 'rollForwardOnNationalHolidays', 'yearEndClosure'] as const) {
      expect(ruleParameters[name].citations.map((c) => c.article), name).toEqual(['GL 3-5-3-4 (※2)', 'Act on Holidays of Administrative Organs Art. 2']);
    }
    const all = Object.values(ruleParameters).flatMap((p) => (p as RuleParameter<unknown>).citations.map((c) => c.article));
    expect(all.some((article) => article.includes('Art. 1(1)'))).toBe(false);
  });

  it('writes every citation in English without Japanese characters or marks (an English document must not need them)', () => {
    for (const citation of Object.values(citations)) expect(citation.en, citation.article).toMatch(/^[\x20-\x7E]+$/);
  });

  it('keys citations uniquely', () => {
    const articles = Object.values(citations).map((c) => c.article);
    expect(new Set(articles).size).toBe(articles.length);
  });
});
