import { AppError, type FieldPath, type LocalizedText } from '../errors';
import { validationError } from '../validation/issues';
import { breachFactsSchema, type BreachFacts, type BreachFactsInput, type FactName } from './breach-facts';
import { citations, uniqueCitations, type Citation } from './citations';
import { japanDateOf } from './japan-time';
import {
  certaintyReasons,
  entrusteeReasons,
  exemptionReasons,
  onlyPersonalData,
  personalDataUnknown,
  triggerReasons,
  verdictReasons,
  volumeReasons,
  type Trigger,
} from './reportability-reasons';
import { ruleParameters } from './rule-parameters';

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
  readonly topic: Trigger | 'certainty' | 'exemption' | 'entrustee' | 'deadlines' | 'verdict';
  readonly status: FindingStatus | Verdict | 'applies' | 'ruledOut' | 'relieved' | 'notRelieved' | null;
  readonly citations: readonly Citation[];
  readonly reason: LocalizedText;
  /** Facts that would settle this conclusion while it is unknown. */
  readonly missing: readonly FactName[];
}

export interface EntrusteeRoute {
  /** True once the entrustor was notified: relieved of reporting to the PPC (and of notice, Art. 26(2)). */
  readonly relieved: boolean;
  readonly notifiedAt: string | null;
  /** The Japan-time date of `notifiedAt`. */
  readonly notifiedOn: string | null;
}

export interface Reportability {
  readonly verdict: Verdict;
  /** The Rule Art. 7 triggers that hold, in the order of the article. */
  readonly triggers: readonly Trigger[];
  readonly exemption: 'highLevelEncryption' | null;
  readonly entrustee: EntrusteeRoute | null;
  /** Facts whose absence keeps the verdict undetermined (empty otherwise). */
  readonly missing: readonly FactName[];
  /** certainty, the four triggers, the exemption, the entrustee route (when it applies), the verdict. */
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

/** Trigger (iv): more than 1,000 individuals (a suspected leak counts the same). */
function volumeTrigger(facts: BreachFacts): Conclusion {
  const cites = ruleParameters.volumeThreshold.citations;
  const threshold = ruleParameters.volumeThreshold.value;
  if (facts.beingAcquired === true) return finding('volume', 'notHeld', cites, onlyPersonalData);
  const { individuals, individualsUpperBound: cap } = facts;
  if (individuals !== null) {
    if (individuals <= threshold) return finding('volume', 'notHeld', cites, volumeReasons.notHeld(individuals));
    if (facts.beingAcquired === null) return finding('volume', 'unknown', cites, personalDataUnknown('volume'), ['beingAcquired']);
    return finding('volume', 'holds', cites, volumeReasons.holds(individuals));
  }
  if (cap !== null && cap <= threshold) return finding('volume', 'notHeld', cites, volumeReasons.capped(cap));
  return finding('volume', 'unknown', cites, cap === null ? volumeReasons.open : volumeReasons.openAboveCap(cap), ['individuals']);
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

/** APPI Art. 26(1) proviso, Rule Art. 9: an entrustee that notified its entrustor need not report itself. */
function entrusteeRoute(facts: BreachFacts): { route: EntrusteeRoute; conclusion: Conclusion } | null {
  if (facts.weAreEntrustee !== true) return null;
  const cites = [citations.act26_1Proviso, citations.rule9, citations.act26_2, citations.gl3_5_3_5];
  const notifiedAt = facts.entrustorNotifiedAt;
  if (notifiedAt === null) {
    return {
      route: { relieved: false, notifiedAt: null, notifiedOn: null },
      conclusion: finding('entrustee', 'notRelieved', cites, entrusteeReasons.notYet),
    };
  }
  const notifiedOn = japanDateOf(notifiedAt, ['entrustorNotifiedAt']);
  return {
    route: { relieved: true, notifiedAt, notifiedOn },
    conclusion: finding('entrustee', 'relieved', cites, entrusteeReasons.notified(notifiedOn)),
  };
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
 * The verdict from the findings. Exempt → no; nothing holds and nothing is open → no; a trigger holds and the
 * exemption is ruled out → yes; otherwise undetermined. With a trigger holding only the exemption is open;
 * otherwise the open triggers are missing, then the exemption (settling it as "applies" would also end the question).
 */
function decide(
  holding: readonly Trigger[],
  unknownTriggers: readonly Conclusion[],
  exemption: Conclusion,
): { verdict: Verdict; missing: FactName[]; reason: LocalizedText } {
  if (exemption.status === 'applies') return { verdict: 'no', missing: [], reason: verdictReasons.exempt };
  if (holding.length === 0 && unknownTriggers.length === 0) return { verdict: 'no', missing: [], reason: verdictReasons.noTrigger };
  if (holding.length > 0 && exemption.status === 'ruledOut') return { verdict: 'yes', missing: [], reason: verdictReasons.yes(holding) };
  const open = holding.length > 0 ? [] : unknownTriggers.flatMap((f) => f.missing);
  const missing = unique([...open, ...exemption.missing]);
  return { verdict: 'undetermined', missing, reason: verdictReasons.undetermined(missing) };
}

/** Parses the facts (a validation error names the field under `path`) and draws every conclusion. */
export function assessReportability(input: BreachFactsInput, path: FieldPath = []): Reportability {
  const parsed = breachFactsSchema.safeParse(input);
  if (!parsed.success) throw underPath(validationError(parsed.error), path);
  const facts = parsed.data;
  const triggerFindings = [
    personalDataTrigger('sensitive', facts, citations.rule7_1),
    personalDataTrigger('financialRisk', facts, citations.rule7_2),
    wrongfulPurposeTrigger(facts),
    volumeTrigger(facts),
  ];
  const exemption = exemptionConclusion(facts);
  const holding = triggerFindings.filter((f) => f.status === 'holds').map((f) => f.topic as Trigger);
  const unknownTriggers = triggerFindings.filter((f) => f.status === 'unknown');

  const { verdict, missing, reason } = decide(holding, unknownTriggers, exemption);

  const entrustee = entrusteeRoute(facts);
  const verdictCites =
    exemption.status === 'applies' ? [citations.rule7Encryption] : [citations.act26_1, citations.act26_2, citations.rule7];
  const conclusions: Conclusion[] = [
    certaintyConclusion(facts),
    ...triggerFindings,
    exemption,
    ...(entrustee ? [entrustee.conclusion] : []),
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
