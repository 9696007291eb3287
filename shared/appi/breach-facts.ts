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
    /** Known cap while the count is open (e.g. the rows of the table concerned). */
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
  individualsUpperBound: { ja: '本人の数の上限', en: 'upper bound of the number of individuals' },
  certainty: { ja: '確定かおそれか', en: 'confirmed or suspected' },
  highLevelEncryption: { ja: '高度な暗号化等の措置の有無', en: 'whether high-level encryption protected the data' },
  keyLeaked: { ja: '暗号鍵の漏えいの有無', en: 'whether the encryption key leaked' },
  weAreEntrustee: { ja: '委託先として取り扱っているか', en: 'whether we handle the data as an entrustee' },
  entrustorNotifiedAt: { ja: '委託元への通知日時', en: 'when the entrustor was notified' },
};
