import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPolicy, ruleIds } from '../../../shared/policy/checker';
import { splitIntoSections, type ImportedSection } from '../../../shared/policy/import';
import { knownTools } from '../../../shared/policy/known-tools';
import type { SectionKind } from '../../../shared/policy/vocabulary';
import { policyFixtureDir, policyFixtureNames } from '../../policy-fixtures';

/**
 * The five sample policies (real companies, as published) in shared/fixtures/policies, next to the repository.
 * Assertions are generic — about shapes and kinds, never about a company's name — because other policies, in
 * both languages, will be imported the same way.
 */
const fixtureDir = policyFixtureDir;
const fixtures = policyFixtureNames()
  .map((name) => ({ name, text: readFileSync(join(fixtureDir, name), 'utf8') }));

const headingOf = (section: ImportedSection) => `${section.section.headingJa}${section.section.headingEn}`;
const everything = (section: ImportedSection) =>
  [section.section.headingJa, section.section.headingEn, section.section.bodyJa, section.section.bodyEn].join('\n');

/** What a heading says about its section, first match wins; several kinds are acceptable where headings are ambiguous. */
const expectations: readonly [RegExp, readonly SectionKind[]][] = [
  [/認定個人情報保護団体|authori[sz]ed personal information protection organi[sz]ation/i, ['authorized_organization']],
  [/苦情|complaint/i, ['complaint_desk']],
  [/cookie|クッキー/i, ['cookies']],
  [new RegExp(knownTools.map((tool) => tool.name).join('|')), ['external_transmission']],
  [/第三者|third part/i, ['third_party_provision']],
  [/利用目的|利用する目的|purpose/i, ['purposes_of_use']],
  [/委託|outsourc|consign/i, ['outsourcing']],
  [/安全管理|security/i, ['security_measures']],
  [/定義|definition/i, ['definitions', 'information_collected', 'collection_methods']],
  [/収集方法|取得方法|collection/i, ['collection_methods', 'information_collected']],
  [/開示|訂正|利用停止|disclosure|correction/i, ['request_procedures']],
  [/変更|改定|revision|change/i, ['revisions']],
  [/問い?合わ?せ|inquir|contact/i, ['contact', 'complaint_desk', 'request_procedures']],
];

describe.each(fixtures)('importing $name', ({ text }) => {
  const imported = splitIntoSections(text);

  it('loses no line: every non-empty source line appears in some section', () => {
    const kept = imported.sections.map(everything);
    const lost = text
      .split(/\r\n|\r|\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '' && !kept.some((section) => section.includes(line)));
    expect(lost).toEqual([]);
  });

  it('spans the source in order, each line in exactly one section', () => {
    const lineCount = text.split(/\r\n|\r|\n/).length;
    let next = 1;
    for (const section of imported.sections) {
      expect(section.firstLine).toBeGreaterThanOrEqual(next);
      expect(section.lastLine).toBeGreaterThanOrEqual(section.firstLine);
      next = section.lastLine + 1;
    }
    expect(next - 1).toBeLessThanOrEqual(lineCount);
  });

  it('yields several sections, most of them with a kind other than custom', () => {
    expect(imported.sections.length).toBeGreaterThanOrEqual(5);
    const known = imported.sections.filter((section) => section.section.kind !== 'custom');
    expect(known.length / imported.sections.length).toBeGreaterThanOrEqual(0.75);
    expect(new Set(imported.sections.map((section) => section.section.id)).size).toBe(imported.sections.length);
  });

  it('gives each headed section the kind its heading names', () => {
    for (const section of imported.sections) {
      const heading = headingOf(section).normalize('NFKC');
      const expected = expectations.find(([pattern]) => pattern.test(heading));
      if (expected) expect(expected[1], heading).toContain(section.section.kind);
    }
  });

  it('starts with the preamble as a basic statement or custom section', () => {
    expect(['basic_policy_statement', 'custom']).toContain(imported.sections[0]?.section.kind);
  });

  it('rates its confidence between 0 and 1', () => {
    for (const section of imported.sections) {
      expect(section.confidence).toBeGreaterThan(0);
      expect(section.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('puts each section’s text in the fields of its language', () => {
    for (const section of imported.sections) {
      const field = section.language === 'ja' ? section.section.bodyEn + section.section.headingEn : section.section.bodyJa + section.section.headingJa;
      expect(field).toBe('');
    }
  });

  it('extracts the e-mail addresses, phone numbers, fees and tools that are present', () => {
    const plain = text.normalize('NFKC').replace(/\[at\]/g, '@').replace(/\[dot\]/g, '.');
    const emails = [...new Set([...plain.matchAll(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g)].map((match) => match[0].toLowerCase()))];
    expect([...imported.extracted.emails].sort()).toEqual(emails.sort());
    const phones = [...plain.matchAll(/(?<![\d-])0\d{1,4}-\d{2,4}-\d{3,4}(?![\d-])/g)].map((match) => match[0]);
    for (const phone of phones) expect(imported.extracted.phones).toContain(phone);
    const fees = [...plain.matchAll(/手数料|fee/gi)].length > 0 ? [...plain.matchAll(/(\d{1,3}(?:,\d{3})+|\d+)\s*(?:円|yen)/g)].map((m) => Number(m[1]?.replace(/,/g, ''))) : [];
    expect(imported.extracted.feesYen).toEqual([...new Set(fees)]);
    const named = knownTools.filter((tool) => text.toLowerCase().includes(tool.name.toLowerCase())).map((tool) => tool.name);
    expect(imported.extracted.tools).toEqual(named);
  });

  it('can be checked as it is', () => {
    const results = checkPolicy({ sections: imported.sections.map((section) => section.section) });
    expect(results.map((result) => result.id)).toEqual([...ruleIds]);
    const ids = new Set(imported.sections.map((section) => section.section.id));
    for (const result of results) for (const id of result.sectionIds) expect(ids.has(id)).toBe(true);
  });
});

describe('what the fixtures as a set contain', () => {
  const all = fixtures.map(({ text }) => splitIntoSections(text));

  it('finds the fee written with a full-width comma, and tools named in English', () => {
    expect(all.flatMap((imported) => imported.extracted.feesYen)).toContain(1000);
    expect(all.flatMap((imported) => imported.extracted.tools)).toEqual(
      expect.arrayContaining(['Stripe', 'Twilio', 'Google Analytics', 'Sentry', 'Zendesk']),
    );
  });

  it('reads obfuscated addresses (name[at]domain[dot]com) as e-mail', () => {
    expect(all.flatMap((imported) => imported.extracted.emails).length).toBeGreaterThanOrEqual(4);
  });

  it('finds a purposes section in every policy and a third-party section in most', () => {
    for (const imported of all) expect(imported.sections.some((section) => section.section.kind === 'purposes_of_use')).toBe(true);
    const withThirdParty = all.filter((imported) => imported.sections.some((section) => section.section.kind === 'third_party_provision'));
    expect(withThirdParty.length).toBeGreaterThanOrEqual(4);
  });
});
