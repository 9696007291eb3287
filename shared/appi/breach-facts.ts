import { z } from 'zod';
import type { LocalizedText } from '../errors';
import { isoInstant } from './japan-time';

/**
 * What is known about a breach, as the reportability rules read it (APPI Art. 26(1); Rule Art. 7). Every fact may
 * be unknown (null, or left out): early on little is known, and the verdict then says which facts are missing.
 */
const fact = z.boolean().nullable().default(null);
const count = z.number({ error: 'invalidType' }).int({ error: 'wholeNumber' }).min(0, { error: 'wholeNumber' }).nullable().default(null);

export const breachFactsSchema = z
  .object({
    /** Sensitive personal information (要配慮個人情報) is involved — Rule Art. 7(i). */
    sensitive: fact,
    /** Data whose misuse could cause financial loss (card numbers, banking IDs) — Rule Art. 7(ii). */
    financialRisk: fact,
    /** Possibly caused by an act with a wrongful purpose (unauthorized access, malware, theft, taking out) — Rule Art. 7(iii). */
    wrongfulPurpose: fact,
    /**
     * Only personal information the business was acquiring (or about to acquire) to handle as personal data is
     * involved — e.g. card numbers skimmed from a web form before reaching the database. Since April 2024 only
     * the wrongful-purpose trigger covers this case. Left out = false (the usual case: personal data held);
     * null = not yet known.
     */
    beingAcquired: z.boolean().nullable().default(false),
    /** Individuals whose data leaked or may have leaked (a suspected leak counts): exact or estimated. */
    individuals: count,
    /**
     * Whether `individuals` is the exact count or an estimate. An exact count decides by itself; otherwise the largest
     * number that may be affected decides (GL 3-5-3-1(4)), so an estimate at or below the threshold needs its upper
     * bound. Left out (null): the larger of the count and its upper bound decides, and a count alone is taken as given.
     */
    individualsKind: z.enum(['exact', 'estimate'], { error: 'invalidChoice' }).nullable().default(null),
    /**
     * The largest number of individuals that may be affected while the count is open or estimated (e.g. the rows of
     * the table concerned). With an exact count it is not used: the exact number decides.
     */
    individualsUpperBound: count,
    /** Suspected (おそれ) or confirmed; a suspected breach counts the same (APPI Art. 26(1); Rule Art. 7). */
    certainty: z.enum(['suspected', 'confirmed']).nullable().default(null),
    /** The data was protected by high-level encryption or an equivalent measure (Rule Art. 7(i) parenthetical). */
    highLevelEncryption: fact,
    /** The key (or the means of decryption) leaked too, which voids the encryption exemption. */
    keyLeaked: fact,
    /** We handle the data as an entrustee (委託先) of another business (APPI Art. 26(1) proviso). */
    weAreEntrustee: fact,
    /** When we notified the entrustor (委託元) of the incident (Rule Art. 9): an ISO 8601 instant. */
    entrustorNotifiedAt: isoInstant.nullable().default(null),
    /** Who the entrustor is, so the verdict can say who reports instead of us; '' or left out = not named. */
    entrustorName: z
      .string({ error: 'invalidType' })
      .trim()
      .max(200, { error: 'tooLong' })
      .nullable()
      .default(null)
      .transform((name) => (name ? name : null)),
    /**
     * Only pseudonymised information (仮名加工情報) that is personal information is involved: Art. 26 does not apply
     * to it (APPI Art. 41(9)). Left out = false (ordinary personal data); null = not yet known.
     */
    pseudonymised: z.boolean().nullable().default(false),
  })
  .strict();

/** Facts as a caller may pass them (any field left out). */
export type BreachFactsInput = z.input<typeof breachFactsSchema>;
/** Facts after parsing: every field present. */
export type BreachFacts = z.output<typeof breachFactsSchema>;
export type FactName = keyof BreachFacts;

/** The label of each fact, for "still unknown: …" lists. */
export const factLabels: Record<FactName, LocalizedText> = {
  sensitive: { ja: '要配慮個人情報を含むか', en: 'whether sensitive personal information is involved' },
  financialRisk: { ja: '財産的被害のおそれがあるか', en: 'whether misuse could cause financial loss' },
  wrongfulPurpose: { ja: '不正の目的によるおそれがあるか', en: 'whether a wrongful purpose may be behind it' },
  beingAcquired: {
    ja: '取得中の個人情報のみが対象か',
    en: 'whether only personal information being acquired is involved',
  },
  individuals: { ja: '本人の数', en: 'number of individuals' },
  individualsKind: { ja: '本人の数が確定値か推計か', en: 'whether the number of individuals is exact or estimated' },
  individualsUpperBound: {
    ja: '本人の数の上限（最大で何人に及ぶか）',
    en: 'upper bound of the number of individuals (the most who may be affected)',
  },
  certainty: { ja: '確定かおそれか', en: 'confirmed or suspected' },
  highLevelEncryption: { ja: '高度な暗号化等の措置の有無', en: 'whether high-level encryption protected the data' },
  keyLeaked: { ja: '暗号鍵の漏えいの有無', en: 'whether the encryption key leaked' },
  weAreEntrustee: { ja: '委託先として取り扱っているか', en: 'whether we handle the data as an entrustee' },
  entrustorNotifiedAt: { ja: '委託元への通知日時', en: 'when the entrustor was notified' },
  entrustorName: { ja: '委託元の名称', en: 'name of the entrustor' },
  pseudonymised: { ja: '漏えい等の対象が仮名加工情報のみか', en: 'whether only pseudonymised information is involved' },
};
