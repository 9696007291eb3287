import { AppError, type FieldPath, type LocalizedText } from '../errors';
import { labelOf } from '../i18n/field-labels';
import { fillTemplate, validationMessages } from '../i18n/validation-messages';
import { validationError } from '../validation/issues';
import { breachFactsSchema, type BreachFacts, type BreachFactsInput, type FactName } from './breach-facts';
import { citations, uniqueCitations, type Citation } from './citations';
import { assertNotifiedAfterKnowing, entrusteeCitations, entrusteeFinding, type EntrusteeRoute } from './entrustee';
import type { InstantInput } from './japan-time';
import {
  certaintyReasons,
  exemptionReasons,
  onlyPersonalData,
  personalDataUnknown,
  pseudonymisedReasons,
  triggerReasons,
  verdictReasons,
  volumeReasons,
  type Trigger,
} from './reportability-reasons';
import { ruleParameters } from './rule-parameters';

export type { EntrusteeRoute } from './entrustee';
export type { Trigger } from './reportability-reasons';

/**
 * Whether a breach must be reported to the PPC and notified to the individuals (APPI Art. 26(1)(2); Rule Art. 7),
 * from facts that may still be unknown. Three-valued: each trigger holds / does not hold / is unknown, the
 * exemption applies / is ruled out / is unknown, and the verdict is 'undetermined' exactly when an unknown fact
 * could still change it — naming those facts. A suspected breach counts as a confirmed one (the "おそれ" in each
 * item of Rule Art. 7), so `certainty` never changes the verdict.
 */
export type Verdict = 'yes' | 'no' | 'undetermined';
export type FindingStatus = 'holds' | 'notHeld' | 'unknown';

export const triggerOrder: readonly Trigger[] = ['sensitive', 'financialRisk', 'wrongfulPurpose', 'volume'];

/** One conclusion with its sources and a short reason, as the UI shows it. */
export interface Conclusion {
  readonly topic: Trigger | 'certainty' | 'pseudonymised' | 'exemption' | 'entrustee' | 'deadlines' | 'verdict';
  readonly status: FindingStatus | Verdict | 'applies' | 'ruledOut' | 'relieved' | 'notRelieved' | null;
  readonly citations: readonly Citation[];
  readonly reason: LocalizedText;
  /** Facts that would settle this conclusion while it is unknown. */
  readonly missing: readonly FactName[];
}

export interface Reportability {
  readonly verdict: Verdict;
  /** The Rule Art. 7 triggers that hold, in the order of the article. */
  readonly triggers: readonly Trigger[];
  readonly exemption: 'highLevelEncryption' | null;
  readonly entrustee: EntrusteeRoute | null;
  /** Facts whose absence keeps the verdict undetermined (empty otherwise). */
  readonly missing: readonly FactName[];
  /**
   * certainty, pseudonymised information (unless plainly not), the four triggers, the exemption, the entrustee route
   * (when it applies), the verdict.
   */
  readonly conclusions: readonly Conclusion[];
  readonly citations: readonly Citation[];
  readonly facts: BreachFacts;
}

const finding = (
  topic: Conclusion['topic'],
  status: Conclusion['status'],
  cites: readonly Citation[],
  reason: LocalizedText,
  missing: readonly FactName[] = [],
): Conclusion => ({ topic, status, citations: cites, reason, missing });

/** Triggers (i) and (ii): a yes/no fact about personal data. */
function personalDataTrigger(trigger: 'sensitive' | 'financialRisk', facts: BreachFacts, cite: Citation): Conclusion {
  const reasons = triggerReasons[trigger];
  if (facts.beingAcquired === true) return finding(trigger, 'notHeld', [cite], onlyPersonalData);
  const value = facts[trigger];
  if (value === null) return finding(trigger, 'unknown', [cite], reasons.unknown, [trigger]);
  if (!value) return finding(trigger, 'notHeld', [cite], reasons.notHeld);
  if (facts.beingAcquired === null) return finding(trigger, 'unknown', [cite], personalDataUnknown(trigger), ['beingAcquired']);
  return finding(trigger, 'holds', [cite], reasons.holds);
}

/** Trigger (iii): since April 2024 it also reaches personal information being acquired. */
function wrongfulPurposeTrigger(facts: BreachFacts): Conclusion {
  const reasons = triggerReasons.wrongfulPurpose;
  const cites = facts.beingAcquired === false ? [citations.rule7_3] : [citations.rule7_3Amended2024];
  if (facts.wrongfulPurpose === null) return finding('wrongfulPurpose', 'unknown', cites, reasons.unknown, ['wrongfulPurpose']);
  if (!facts.wrongfulPurpose) return finding('wrongfulPurpose', 'notHeld', cites, reasons.notHeld);
  return finding('wrongfulPurpose', 'holds', cites, facts.beingAcquired === false ? reasons.holds : reasons.holdsAcquiring);
}

/**
 * Trigger (iv): more than 1,000 individuals (a suspected leak counts the same). An exact count decides by itself.
 * Otherwise the largest number that may be affected decides (GL 3-5-3-1(4): 「本人の数が確定できない漏えい等において、
 * …本人の数が最大1,000人を超える場合には、規則第7条第4号に該当する」): the cap when one is known, else an estimate
 * above the threshold (the maximum is at least that). An estimate at or below it without a cap leaves the maximum
 * open; a count nobody called exact or estimated is taken as given when no cap is known.
 */
function volumeTrigger(facts: BreachFacts): Conclusion {
  const cites = ruleParameters.volumeThreshold.citations;
  const threshold = ruleParameters.volumeThreshold.value;
  if (facts.beingAcquired === true) return finding('volume', 'notHeld', cites, onlyPersonalData);
  const { individuals: n, individualsUpperBound: cap, individualsKind: kind } = facts;
  const estimated = kind === 'estimate';
  let held: Conclusion;
  if (n !== null && kind === 'exact') {
    held = finding('volume', n > threshold ? 'holds' : 'notHeld', cites, volumeReasons.exact(n, cap));
  } else if (cap !== null) {
    const largest = Math.max(cap, n ?? 0);
    held =
      largest > threshold
        ? finding('volume', 'holds', cites, n !== null && largest === n ? volumeReasons.estimateOver(n) : volumeReasons.largestOver(n, estimated, largest))
        : finding('volume', 'notHeld', cites, volumeReasons.largestNotOver(n, estimated, largest));
  } else if (n === null) {
    return finding('volume', 'unknown', cites, volumeReasons.open, ['individualsUpperBound']);
  } else if (n > threshold) {
    held = finding('volume', 'holds', cites, estimated ? volumeReasons.estimateOver(n) : volumeReasons.given(n));
  } else if (estimated) {
    return finding('volume', 'unknown', cites, volumeReasons.estimateOpen(n), ['individualsUpperBound']);
  } else {
    held = finding('volume', 'notHeld', cites, volumeReasons.given(n));
  }
  if (held.status === 'holds' && facts.beingAcquired === null) {
    return finding('volume', 'unknown', cites, personalDataUnknown('volume'), ['beingAcquired']);
  }
  return held;
}

/** APPI Art. 41(9): Art. 26 does not apply to pseudonymised information. Shown unless plainly not the case. */
function pseudonymisedConclusion(facts: BreachFacts): Conclusion | null {
  const cites = [citations.act41_9];
  if (facts.pseudonymised === false) return null;
  if (facts.pseudonymised === null) return finding('pseudonymised', 'unknown', cites, pseudonymisedReasons.unknown, ['pseudonymised']);
  return finding('pseudonymised', 'applies', cites, pseudonymisedReasons.applies);
}

/** The parenthetical of Rule Art. 7(i): data under high-level encryption (key not leaked) is excluded. */
function exemptionConclusion(facts: BreachFacts): Conclusion {
  const cites = [citations.rule7Encryption];
  const { highLevelEncryption: encrypted, keyLeaked } = facts;
  if (encrypted === null) return finding('exemption', 'unknown', cites, exemptionReasons.unknown, ['highLevelEncryption']);
  if (!encrypted) return finding('exemption', 'ruledOut', cites, exemptionReasons.none);
  if (keyLeaked === null) return finding('exemption', 'unknown', cites, exemptionReasons.keyUnknown, ['keyLeaked']);
  if (keyLeaked) return finding('exemption', 'ruledOut', cites, exemptionReasons.keyLeaked);
  return finding('exemption', 'applies', cites, exemptionReasons.applies);
}

function certaintyConclusion(facts: BreachFacts): Conclusion {
  const reason = facts.certainty === null ? certaintyReasons.unknown : certaintyReasons[facts.certainty];
  return finding('certainty', null, [citations.act26_1, citations.rule7], reason);
}

/** The same error with every field path nested under `path` (e.g. ['facts']). */
function underPath(error: AppError, path: FieldPath): AppError {
  if (path.length === 0) return error;
  const issues = error.issues?.map((issue) => ({ ...issue, path: [...path, ...issue.path] }));
  return new AppError(error.code, error.text, [...path, ...error.path], issues);
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/**
 * The verdict from the findings. Only pseudonymised information → no (outside Art. 26); exempt → no; nothing holds
 * and nothing is open → no; a trigger holds, the exemption is ruled out and the data is not only pseudonymised →
 * yes; otherwise undetermined. With a trigger holding only the exemption (and the pseudonymised question) is open;
 * otherwise the open triggers are missing, then the exemption, then pseudonymised information (settling either as
 * "applies" would also end the question).
 */
function decide(
  holding: readonly Trigger[],
  unknownTriggers: readonly Conclusion[],
  exemption: Conclusion,
  pseudonymised: Conclusion | null,
): { verdict: Verdict; missing: FactName[] } {
  if (pseudonymised?.status === 'applies' || exemption.status === 'applies') return { verdict: 'no', missing: [] };
  if (holding.length === 0 && unknownTriggers.length === 0) return { verdict: 'no', missing: [] };
  const pseudonymisedOpen = pseudonymised?.missing ?? [];
  if (holding.length > 0 && exemption.status === 'ruledOut' && pseudonymisedOpen.length === 0) return { verdict: 'yes', missing: [] };
  const open = holding.length > 0 ? [] : unknownTriggers.flatMap((f) => f.missing);
  return { verdict: 'undetermined', missing: unique([...open, ...exemption.missing, ...pseudonymisedOpen]) };
}

function verdictReason(
  verdict: Verdict,
  holding: readonly Trigger[],
  missing: readonly FactName[],
  why: { pseudonymised: boolean; exempt: boolean },
  duty: LocalizedText | null,
): LocalizedText {
  if (verdict === 'yes') return verdictReasons.yes(holding, duty);
  if (verdict === 'undetermined') return verdictReasons.undetermined(missing, duty);
  if (why.pseudonymised) return verdictReasons.pseudonymised;
  return why.exempt ? verdictReasons.exempt : verdictReasons.noTrigger;
}

/** The count cannot be above its own upper bound (an exact count is exempt: it decides by itself). */
function assertCountWithinBound(facts: BreachFacts, path: FieldPath): void {
  const { individuals: n, individualsUpperBound: cap } = facts;
  if (n === null || cap === null || cap >= n || facts.individualsKind === 'exact') return;
  const fieldPath = [...path, 'individualsUpperBound'];
  const message = fillTemplate(validationMessages.upperBound, { field: labelOf('individualsUpperBound') });
  throw new AppError('validation', message, fieldPath, [{ path: fieldPath, message }]);
}

/**
 * Parses the facts (a validation error names the field under `path`) and draws every conclusion. `knownAt` — when
 * the business knew — lets the entrustee route count the day of the notice to the entrustor; without it (a form
 * before the moment is entered) that notice cannot be judged prompt. A notice before `knownAt` is refused.
 */
export function assessReportability(input: BreachFactsInput, path: FieldPath = [], knownAt: InstantInput | null = null): Reportability {
  const parsed = breachFactsSchema.safeParse(input);
  if (!parsed.success) throw underPath(validationError(parsed.error), path);
  const facts = parsed.data;
  assertCountWithinBound(facts, path);
  if (knownAt !== null) assertNotifiedAfterKnowing(facts, knownAt, path);
  const pseudonymised = pseudonymisedConclusion(facts);
  const triggerFindings = [
    personalDataTrigger('sensitive', facts, citations.rule7_1),
    personalDataTrigger('financialRisk', facts, citations.rule7_2),
    wrongfulPurposeTrigger(facts),
    volumeTrigger(facts),
  ];
  const exemption = exemptionConclusion(facts);
  const holding = triggerFindings.filter((f) => f.status === 'holds').map((f) => f.topic as Trigger);
  const unknownTriggers = triggerFindings.filter((f) => f.status === 'unknown');

  const { verdict, missing } = decide(holding, unknownTriggers, exemption, pseudonymised);
  const outside = pseudonymised?.status === 'applies';

  const entrustee = entrusteeFinding(facts, verdict, knownAt);
  const reason = verdictReason(verdict, holding, missing, { pseudonymised: outside, exempt: exemption.status === 'applies' }, entrustee?.duty ?? null);
  const verdictCites = outside
    ? [citations.act41_9]
    : exemption.status === 'applies'
      ? [citations.rule7Encryption]
      : [citations.act26_1, citations.act26_2, citations.rule7, ...(entrustee?.status === 'relieved' ? [citations.act26_1Proviso] : [])];
  const conclusions: Conclusion[] = [
    certaintyConclusion(facts),
    ...(pseudonymised ? [pseudonymised] : []),
    ...triggerFindings,
    exemption,
    ...(entrustee ? [finding('entrustee', entrustee.status, entrusteeCitations, entrustee.notice)] : []),
    finding('verdict', verdict, verdictCites, reason, missing),
  ];
  return {
    verdict,
    triggers: holding,
    exemption: exemption.status === 'applies' ? 'highLevelEncryption' : null,
    entrustee: entrustee?.route ?? null,
    missing,
    conclusions,
    citations: uniqueCitations(conclusions.flatMap((c) => c.citations)),
    facts,
  };
}
