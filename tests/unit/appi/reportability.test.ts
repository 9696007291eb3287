import { describe, expect, it } from 'vitest';
import type { BreachFactsInput } from '../../../shared/appi/breach-facts';
import { assessReportability } from '../../../shared/appi/reportability';
import { AppError } from '../../../shared/errors';

/** Everything known and nothing reportable: each case changes only what it is about. */
const clean: BreachFactsInput = {
  sensitive: false,
  financialRisk: false,
  wrongfulPurpose: false,
  individuals: 10,
  highLevelEncryption: false,
};

interface Case {
  name: string;
  facts: BreachFactsInput;
  verdict: 'yes' | 'no' | 'undetermined';
  triggers: string[];
  exemption?: 'highLevelEncryption' | null;
  missing?: string[];
}

const cases: Case[] = [
  { name: 'nothing holds', facts: clean, verdict: 'no', triggers: [] },
  { name: 'sensitive (Rule Art. 7(i)), one person', facts: { ...clean, sensitive: true, individuals: 1 }, verdict: 'yes', triggers: ['sensitive'] },
  { name: 'financial risk (7(ii))', facts: { ...clean, financialRisk: true }, verdict: 'yes', triggers: ['financialRisk'] },
  { name: 'wrongful purpose (7(iii))', facts: { ...clean, wrongfulPurpose: true }, verdict: 'yes', triggers: ['wrongfulPurpose'] },
  { name: 'volume: 1,001 individuals (7(iv))', facts: { ...clean, individuals: 1001 }, verdict: 'yes', triggers: ['volume'] },
  { name: 'volume: exactly 1,000 is not more than 1,000', facts: { ...clean, individuals: 1000 }, verdict: 'no', triggers: [] },
  {
    name: 'several triggers, in the order of the article',
    facts: { ...clean, individuals: 2500, wrongfulPurpose: true, sensitive: true },
    verdict: 'yes',
    triggers: ['sensitive', 'wrongfulPurpose', 'volume'],
  },
  { name: 'a suspected breach counts like a confirmed one', facts: { ...clean, sensitive: true, certainty: 'suspected' }, verdict: 'yes', triggers: ['sensitive'] },
  { name: 'confirmed, same verdict', facts: { ...clean, sensitive: true, certainty: 'confirmed' }, verdict: 'yes', triggers: ['sensitive'] },

  // Exemption: high-level encryption, key not leaked (Rule Art. 7(i) parenthetical).
  {
    name: 'encrypted, key safe → exempt',
    facts: { ...clean, sensitive: true, highLevelEncryption: true, keyLeaked: false },
    verdict: 'no',
    triggers: ['sensitive'],
    exemption: 'highLevelEncryption',
  },
  {
    name: 'encrypted but the key leaked → no exemption',
    facts: { ...clean, sensitive: true, highLevelEncryption: true, keyLeaked: true },
    verdict: 'yes',
    triggers: ['sensitive'],
  },
  {
    name: 'encrypted, key leak unknown → undetermined',
    facts: { ...clean, sensitive: true, highLevelEncryption: true },
    verdict: 'undetermined',
    triggers: ['sensitive'],
    missing: ['keyLeaked'],
  },
  {
    name: 'encryption unknown with a trigger → undetermined',
    facts: { ...clean, sensitive: true, highLevelEncryption: null },
    verdict: 'undetermined',
    triggers: ['sensitive'],
    missing: ['highLevelEncryption'],
  },
  {
    name: 'exempt even while other facts are unknown',
    facts: { highLevelEncryption: true, keyLeaked: false },
    verdict: 'no',
    triggers: [],
    exemption: 'highLevelEncryption',
  },
  { name: 'encryption unknown but no trigger → no', facts: { ...clean, highLevelEncryption: null }, verdict: 'no', triggers: [] },

  // Unknown counts: the largest number that may be affected decides (GL 3-5-3-1(4)). These cases asserted the old,
  // wrong reading (an open count capped at 5,000 was "undetermined"); issue 10 corrected them.
  {
    name: 'count unknown, upper bound 5,000, no other trigger → yes (the maximum is more than 1,000)',
    facts: { ...clean, individuals: null, individualsUpperBound: 5000 },
    verdict: 'yes',
    triggers: ['volume'],
  },
  {
    name: 'count unknown, upper bound 1,000 → no',
    facts: { ...clean, individuals: null, individualsUpperBound: 1000 },
    verdict: 'no',
    triggers: [],
  },
  {
    name: 'count and bound unknown → undetermined, naming the maximum',
    facts: { ...clean, individuals: null },
    verdict: 'undetermined',
    triggers: [],
    missing: ['individualsUpperBound'],
  },
  {
    name: 'count unknown but another trigger holds → yes',
    facts: { ...clean, individuals: null, individualsUpperBound: 5000, financialRisk: true },
    verdict: 'yes',
    triggers: ['financialRisk', 'volume'],
  },
  {
    name: 'count and bound unknown but another trigger holds → yes',
    facts: { ...clean, individuals: null, financialRisk: true },
    verdict: 'yes',
    triggers: ['financialRisk'],
  },
  {
    name: 'the exact count wins over the bound',
    facts: { ...clean, individuals: 1200, individualsUpperBound: 5000 },
    verdict: 'yes',
    triggers: ['volume'],
  },
  {
    name: 'nothing known yet',
    facts: {},
    verdict: 'undetermined',
    triggers: [],
    missing: ['sensitive', 'financialRisk', 'wrongfulPurpose', 'individualsUpperBound', 'highLevelEncryption'],
  },
  {
    name: '1,000 individuals, other triggers unknown',
    facts: { individuals: 1000, highLevelEncryption: false },
    verdict: 'undetermined',
    triggers: [],
    missing: ['sensitive', 'financialRisk', 'wrongfulPurpose'],
  },

  // Personal information being acquired: since April 2024 only the wrongful-purpose trigger covers it.
  {
    name: 'skimmed from a web form: wrongful purpose holds, the personal-data triggers do not',
    facts: { ...clean, beingAcquired: true, wrongfulPurpose: true, financialRisk: true, individuals: 5000 },
    verdict: 'yes',
    triggers: ['wrongfulPurpose'],
  },
  {
    name: 'information being acquired lost without a wrongful act → no',
    facts: { ...clean, beingAcquired: true, financialRisk: true, sensitive: true, individuals: 5000 },
    verdict: 'no',
    triggers: [],
  },
  {
    name: 'personal data or information being acquired? unknown → undetermined',
    facts: { ...clean, beingAcquired: null, sensitive: true },
    verdict: 'undetermined',
    triggers: [],
    missing: ['beingAcquired'],
  },
];

describe.each(cases)('$name', ({ facts, verdict, triggers, exemption = null, missing = [] }) => {
  const result = assessReportability(facts);
  it(`is ${verdict}`, () => {
    expect({ verdict: result.verdict, triggers: result.triggers, exemption: result.exemption, missing: result.missing }).toEqual({
      verdict,
      triggers,
      exemption,
      missing,
    });
  });
  it('cites a source and gives a reason in ja and en for every conclusion', () => {
    for (const conclusion of result.conclusions) {
      expect(conclusion.citations.length).toBeGreaterThan(0);
      for (const citation of conclusion.citations) expect(citation.ja && citation.en && citation.article).toBeTruthy();
      expect(conclusion.reason.ja.length).toBeGreaterThan(0);
      expect(conclusion.reason.en.length).toBeGreaterThan(0);
    }
    expect(result.conclusions.map((c) => c.topic)).toEqual(['certainty', 'sensitive', 'financialRisk', 'wrongfulPurpose', 'volume', 'exemption', 'verdict']);
  });
});

describe('reasons and citations', () => {
  it('cites Rule Art. 7(i)–(iv) per trigger and the amended (iii) for information being acquired', () => {
    const held = assessReportability({ ...clean, sensitive: true, financialRisk: true, wrongfulPurpose: true, individuals: 2000 });
    expect(held.conclusions.slice(1, 5).map((c) => c.citations[0]?.article)).toEqual(['Rule Art. 7(i)', 'Rule Art. 7(ii)', 'Rule Art. 7(iii)', 'Rule Art. 7(iv)']);
    const acquiring = assessReportability({ ...clean, beingAcquired: true, wrongfulPurpose: true });
    const wrongful = acquiring.conclusions.find((c) => c.topic === 'wrongfulPurpose');
    expect(wrongful?.citations[0]?.article).toBe('Rule Art. 7(iii) (amended 2024)');
    expect(wrongful?.reason.ja).toContain('2024年4月1日');
    expect(wrongful?.reason.en).toContain('April 1, 2024');
  });

  it('says why volume does or does not hold, with the threshold', () => {
    const volume = (individuals: number | null, bound: number | null = null) =>
      assessReportability({ ...clean, individuals, individualsUpperBound: bound }).conclusions.find((c) => c.topic === 'volume')?.reason;
    expect(volume(1001)).toEqual({ ja: '本人の数が1,001人で、1,000人を超えています。', en: '1,001 individuals: more than 1,000.' });
    expect(volume(1000)?.ja).toBe('本人の数は1,000人で、1,000人以下です。');
    expect(volume(null, 5000)?.en).toBe(
      'The count is not settled, but up to 5,000 individuals may be affected: more than 1,000. While the count cannot be settled, the largest number that may be affected decides.',
    );
  });

  it('names the exemption and why it failed', () => {
    const exemption = (facts: BreachFactsInput) => assessReportability({ ...clean, sensitive: true, ...facts }).conclusions.find((c) => c.topic === 'exemption');
    expect(exemption({ highLevelEncryption: true, keyLeaked: false })).toMatchObject({ status: 'applies', citations: [{ article: 'Rule Art. 7(i) parenthetical' }] });
    expect(exemption({ highLevelEncryption: true, keyLeaked: true })?.reason.en).toBe('Encrypted, but the key leaked too: the exemption does not apply.');
  });

  it('tells the undetermined verdict which facts to find out', () => {
    const result = assessReportability({ ...clean, individuals: null });
    expect(result.conclusions.at(-1)?.reason.ja).toBe(
      '未確定です。次の事実を確認してください：本人の数の上限（最大で何人に及ぶか）。期限は把握した時点から進んでいます。',
    );
  });

  it('says a suspected breach counts the same', () => {
    const result = assessReportability({ ...clean, sensitive: true, certainty: 'suspected' });
    expect(result.conclusions[0]).toMatchObject({ topic: 'certainty', citations: [{ article: 'APPI Art. 26(1)' }, { article: 'Rule Art. 7' }] });
    expect(result.conclusions[0]?.reason.en).toContain('counts the same');
  });
});

describe('entrustee route (APPI Art. 26(1) proviso; Rule Art. 9)', () => {
  // These asserted the old, wrong rule (relieved by any notice, whatever its date); tests/unit/appi/entrustee.test.ts
  // holds the corrected rule: relieved only by a notice by day 5, counted like the 速報.
  const knownAt = '2026-12-28T10:00:00+09:00';
  it('is relieved by a notice within the 速報 window, dated in Japan time', () => {
    const result = assessReportability({ ...clean, sensitive: true, weAreEntrustee: true, entrustorNotifiedAt: '2026-12-28T15:30:00Z' }, [], knownAt);
    expect(result.verdict).toBe('yes');
    expect(result.entrustee).toMatchObject({ relieved: true, notifiedAt: '2026-12-28T15:30:00Z', notifiedOn: '2026-12-29', notifiedOnDay: 2 });
    const conclusion = result.conclusions.find((c) => c.topic === 'entrustee');
    expect(conclusion?.status).toBe('relieved');
    expect(conclusion?.citations.map((c) => c.article)).toEqual(['APPI Art. 26(1) proviso', 'Rule Art. 9', 'APPI Art. 26(2)', 'GL 3-5-3-5']);
    expect(conclusion?.reason.en).toBe('We notified the entrustor on Dec 29, 2026 (day 2 from knowing): by day 5 (Jan 1, 2027), a prompt notice.');
  });

  it('is not relieved before notifying', () => {
    const result = assessReportability({ ...clean, sensitive: true, weAreEntrustee: true }, [], knownAt);
    expect(result.entrustee).toMatchObject({ relieved: false, notifiedAt: null, notifiedOn: null, notifiedOnDay: null });
    expect(result.conclusions.find((c) => c.topic === 'entrustee')?.status).toBe('notRelieved');
  });

  it('does not apply to our own data', () => {
    expect(assessReportability({ ...clean, weAreEntrustee: false, entrustorNotifiedAt: '2026-12-28T15:30:00Z' }).entrustee).toBeNull();
  });
});

describe('fact validation', () => {
  it.each([
    [{ individuals: -1 }, ['individuals']],
    [{ individuals: 1.5 }, ['individuals']],
    [{ individualsUpperBound: '5000' }, ['individualsUpperBound']],
    [{ entrustorNotifiedAt: 'yesterday' }, ['entrustorNotifiedAt']],
    [{ certainty: 'likely' }, ['certainty']],
    [{ individualsKind: 'about' }, ['individualsKind']],
    [{ pseudonymised: 'no' }, ['pseudonymised']],
    [{ individualsKind: 'estimate', individuals: 800, individualsUpperBound: 500 }, ['individualsUpperBound']],
    [{ sensitive: 'yes' }, ['sensitive']],
  ])('refuses %j, naming the field', (facts, path) => {
    expect(() => assessReportability(facts as BreachFactsInput)).toThrow(AppError);
    expect(() => assessReportability(facts as BreachFactsInput)).toThrow(expect.objectContaining({ code: 'validation', path }));
  });

  it('refuses an unknown fact', () => {
    expect(() => assessReportability({ encrypted: true } as BreachFactsInput)).toThrow(expect.objectContaining({ code: 'validation' }));
  });

  it('nests paths under a prefix', () => {
    expect(() => assessReportability({ individuals: -1 }, ['facts'])).toThrow(expect.objectContaining({ path: ['facts', 'individuals'] }));
  });
});
