import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPolicy, type RuleId, type RuleResult } from '../../../shared/policy/checker';
import { splitIntoSections } from '../../../shared/policy/import';
import { policyFixtureDir, policyFixtureNames } from '../../policy-fixtures';

/**
 * The checker over the five real policies as imported, with no company record: every verdict quotes what it
 * read, with the article, and the verdicts are the ones a reviewer reading the text would give. Expectations
 * speak of what the text contains, never of a company's name.
 */
const checked = policyFixtureNames().map((name) => {
  const text = readFileSync(join(policyFixtureDir, name), 'utf8');
  const imported = splitIntoSections(text);
  const results = checkPolicy({ sections: imported.sections.map((entry) => entry.section) });
  const headings = new Map(imported.sections.map((entry) => [entry.section.id, `${entry.section.headingJa}${entry.section.headingEn}`.trim()]));
  return { name, text, sectionIds: new Set(imported.sections.map((entry) => entry.section.id)), headings, results };
});
const byName = (prefix: string) => checked.find((entry) => entry.name.startsWith(prefix))!;
const ruleOf = (results: readonly RuleResult[], id: RuleId) => results.find((result) => result.id === id)!;
// Quotes keep the source's words; only line breaks and runs of spaces are joined.
const flat = (value: string) => value.replace(/[ \t\r\n]+/g, ' ');

describe.each(checked)('$name', ({ text, sectionIds, headings, results }) => {
  it('quotes real sentences of the policy, with an article, for every met rule', () => {
    for (const result of results) {
      if (result.status === 'met') expect(result.evidence.length, result.id).toBeGreaterThan(0);
      for (const entry of result.evidence) {
        expect(sectionIds.has(entry.sectionId), result.id).toBe(true);
        // The article as the source numbers it (第6条, Article 3, 1. …), else the unnumbered section's own heading.
        const heading = headings.get(entry.sectionId) ?? '';
        if (entry.article !== heading) expect(entry.article, result.id).toMatch(/^(第\d+条|Article \d+|前文|Preamble)$/);
        expect(flat(text), `${result.id}: ${entry.quote}`).toContain(entry.quote.replace(/…$/, ''));
      }
    }
  });

  it('says what it looked for whenever something was not found, and recommended rules never block', () => {
    for (const result of results.filter((r) => r.status !== 'met')) expect(result.lookedFor, result.id).not.toBeNull();
    for (const id of ['revisions', 'third-party', 'sensitive-consent'] as const) expect(ruleOf(results, id).level).toBe('recommended');
  });
});

describe('verdicts on the fixtures', () => {
  it('a PrivacyMark-style Japanese policy: identity, both desks and the organization met from the text', () => {
    const { results } = byName('gfd');
    for (const id of ['business-identity', 'complaint-desk', 'authorized-organization', 'purposes'] as const) {
      expect(ruleOf(results, id).status, id).toBe('met');
    }
    const identity = ruleOf(results, 'business-identity');
    expect(identity.evidence.some((entry) => /〒\d{3}-\d{4}/.test(entry.quote))).toBe(true);
    expect(identity.evidence.some((entry) => entry.quote.includes('代表取締役'))).toBe(true);
    // Its request list has no third-party provision records (Art. 33(5), since 2022).
    expect(ruleOf(results, 'requests-procedure').status).toBe('missing');
    expect(ruleOf(results, 'requests-procedure').message.en).toContain('Art. 33(5)');
  });

  it('a 第N条 policy: the fee quoted from its article, changed purposes met, no security measures', () => {
    const { results } = byName('hakusan');
    const fee = ruleOf(results, 'request-fee');
    expect(fee.status).toBe('met');
    expect(fee.evidence[0]).toMatchObject({ article: '第6条' });
    expect(fee.evidence[0]?.quote).toContain('1，000円');
    expect(ruleOf(results, 'changed-purposes')).toMatchObject({ status: 'met', evidence: [expect.objectContaining({ article: '第4条' })] });
    expect(ruleOf(results, 'security-measures').status).toBe('missing');
  });

  it('English policies: the organization’s address is not the business’s; prose on third-party ad cookies is external transmission', () => {
    const chat = byName('chatplus').results;
    expect(ruleOf(chat, 'business-identity').status).toBe('missing');
    expect(ruleOf(chat, 'authorized-organization').status).toBe('met');
    const pico = byName('picocela').results;
    expect(ruleOf(pico, 'external-transmission').status).toBe('met');
    expect(ruleOf(pico, 'external-transmission').evidence[0]?.quote).toContain('cookie information');
    const tools = byName('helte').results;
    expect(ruleOf(tools, 'external-transmission').status).toBe('met');
  });

  it('no fixture is said to have no joint use or no provision abroad: only that none is stated', () => {
    for (const { results } of checked) {
      for (const result of results.filter((r) => r.status === 'na')) {
        expect(result.message.ja).not.toMatch(/はありません。$|いません。$/);
      }
    }
  });
});
