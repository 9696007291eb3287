import type { LocalizedText } from '../errors';
import type { Basis } from './basis-text';
import type { BreachFactsInput, FactName } from './breach-facts';
import { citations, uniqueCitations, type Citation } from './citations';
import type { IsoDate } from './civil-date';
import { computeDeadlines } from './deadlines';
import { japanDateOf, type InstantInput } from './japan-time';
import { assessReportability, type Conclusion, type EntrusteeRoute, type Trigger, type Verdict } from './reportability';
import { ruleParameters } from './rule-parameters';

/**
 * One assessment of a breach: reportability (Rule Art. 7) and, unless it is plainly not reportable, the report
 * deadlines (Rule Art. 8). For 'undetermined' the deadlines are still computed: the clock runs from the moment
 * the business knew, whatever is still being found out (GL 3-5-3-3). While the wrongful-purpose trigger is
 * unknown, the final report is shown at 30 days — the earlier, safe date — and a reason says it becomes 60.
 * An entrustee relieved by notifying its entrustor promptly still gets the dates (the verdict is about the incident);
 * `entrustee.relieved` tells the UI to present them as not ours to meet. A notice to the entrustor before `knownAt`
 * cannot be true and is refused as a validation error on ['facts', 'entrustorNotifiedAt'].
 */
export interface Assessment {
  readonly reportable: Verdict;
  readonly triggers: readonly Trigger[];
  readonly exemption: 'highLevelEncryption' | null;
  readonly preliminary: { readonly target: IsoDate; readonly limit: IsoDate } | null;
  readonly final: { readonly due: IsoDate; readonly days: number } | null;
  readonly citations: readonly Citation[];
  /** Every conclusion (certainty, triggers, exemption, entrustee, deadlines, verdict) with citations and reason. */
  readonly reasons: readonly Conclusion[];
  readonly missing: readonly FactName[];
  readonly bases: { readonly preliminaryTarget: Basis; readonly preliminaryLimit: Basis; readonly final: Basis } | null;
  readonly entrustee: EntrusteeRoute | null;
  /** The Japan-time date the business knew (day 1). */
  readonly knownOn: IsoDate;
}

function deadlineConclusion(wrongfulHolds: boolean, wrongfulUnknown: boolean): Conclusion {
  const p = ruleParameters;
  const short = p.finalDays.value;
  const long = p.finalDaysWrongfulPurpose.value;
  const from = p.preliminaryTargetDay.value;
  const to = p.preliminaryLimitDay.value;
  let reason: LocalizedText;
  if (wrongfulHolds) {
    reason = {
      ja: `速報は把握から${from}〜${to}日を目安に、確報は${long}日以内（不正の目的のおそれがあるため）です。`,
      en: `Preliminary report within about ${from}–${to} days of knowing; final report within ${long} days (a wrongful purpose may be behind it).`,
    };
  } else if (wrongfulUnknown) {
    reason = {
      ja: `速報は把握から${from}〜${to}日を目安に、確報は${short}日以内として表示しています。不正の目的のおそれがあると分かれば${long}日になります。`,
      en: `Preliminary report within about ${from}–${to} days of knowing; the final report is shown at ${short} days and becomes ${long} if a wrongful purpose turns out to be possible.`,
    };
  } else {
    reason = {
      ja: `速報は把握から${from}〜${to}日を目安に、確報は${short}日以内です。`,
      en: `Preliminary report within about ${from}–${to} days of knowing; final report within ${short} days.`,
    };
  }
  const cites = uniqueCitations([...p.preliminaryTargetDay.citations, ...p.finalDays.citations]);
  return { topic: 'deadlines', status: null, citations: cites, reason, missing: wrongfulUnknown ? ['wrongfulPurpose'] : [] };
}

type Timing = Pick<Assessment, 'preliminary' | 'final' | 'bases' | 'citations' | 'reasons'>;

/** The deadlines of a reportable (or undetermined) breach, with the reasons and citations that go with them. */
function timingOf(result: ReturnType<typeof assessReportability>, knownAt: InstantInput): Timing {
  const wrongful = result.conclusions.find((c) => c.topic === 'wrongfulPurpose');
  const wrongfulHolds = wrongful?.status === 'holds';
  const deadlines = computeDeadlines({ knownAt, wrongfulPurpose: wrongfulHolds });
  const deadlineReason = deadlineConclusion(wrongfulHolds, wrongful?.status === 'unknown');
  // The deadline note goes just before the verdict, which stays last.
  const reasons = [...result.conclusions.slice(0, -1), deadlineReason, ...result.conclusions.slice(-1)];
  const bases = {
    preliminaryTarget: deadlines.preliminary.target.basis,
    preliminaryLimit: deadlines.preliminary.limit.basis,
    final: deadlines.final.due.basis,
  };
  return {
    preliminary: { target: deadlines.preliminary.target.date, limit: deadlines.preliminary.limit.date },
    final: { due: deadlines.final.due.date, days: deadlines.final.days },
    bases,
    citations: uniqueCitations([
      ...reasons.flatMap((r) => r.citations),
      ...bases.preliminaryTarget.citations,
      ...bases.final.citations,
      citations.rule8_1,
    ]),
    reasons,
  };
}

/** `knownAt`: when the business knew (知った時点), an ISO 8601 instant with Z or an offset. */
export function assess(facts: BreachFactsInput, knownAt: InstantInput): Assessment {
  const knownOn = japanDateOf(knownAt, ['knownAt']);
  const result = assessReportability(facts, ['facts'], knownAt);
  const timing: Timing =
    result.verdict === 'no'
      ? { preliminary: null, final: null, bases: null, citations: result.citations, reasons: result.conclusions }
      : timingOf(result, knownAt);
  // Every field named, in one literal: `{ ...base, more }` made V8 grow a copy, slower and leaving old-space garbage
  // on every assessment (bench/memory.bench.ts). The order is kept: the rules fingerprint hashes this JSON.
  return {
    reportable: result.verdict,
    triggers: result.triggers,
    exemption: result.exemption,
    missing: result.missing,
    entrustee: result.entrustee,
    knownOn,
    preliminary: timing.preliminary,
    final: timing.final,
    bases: timing.bases,
    citations: timing.citations,
    reasons: timing.reasons,
  };
}
