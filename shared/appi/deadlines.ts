import { AppError, type FieldPath, type LocalizedText } from '../errors';
import { renderBasisText, type Basis, type BasisStep, type DeadlineRole } from './basis-text';
import { uniqueCitations, type Citation } from './citations';
import { addDays, daysBetween, weekdayOf, type IsoDate } from './civil-date';
import { closedDayReason } from './japan-calendar';
import { japanDateOf, japanTimeOf, type InstantInput } from './japan-time';
import { ruleParameters } from './rule-parameters';

/**
 * Report deadlines of a breach (Rule Art. 8; GL 3-5-3-3, 3-5-3-4), all as civil dates in Japan time:
 * - 速報 (preliminary): target day 3 and outer limit day 5 — the guideline's "about 3–5 days" yardstick. These are
 *   plain calendar days: the roll-forward rule is stated for the final report's last day only (appi.md §2), and
 *   moving a yardstick later would only shorten the reaction we ask for. Switch: `preliminaryRollsForward`.
 * - 確報 (final): day 30, or day 60 when the wrongful-purpose trigger applies (alone or with others); when that
 *   day is a Saturday, Sunday, national holiday or in the year-end closure, the next day that is none of these.
 * Days are counted with the day of knowing as day 1 (`dayOfKnowingIsDayOne`, confirmed against GL 3-5-3-4).
 */
export interface DeadlineDate {
  readonly date: IsoDate;
  readonly basis: Basis;
}

export interface Deadlines {
  /** The civil date and the time (HH:mm) in Japan when the business knew. */
  readonly knownOn: IsoDate;
  readonly knownTime: string;
  readonly preliminary: { readonly target: DeadlineDate; readonly limit: DeadlineDate };
  readonly final: {
    readonly due: DeadlineDate;
    /** 30 or 60 (from the rule table). */
    readonly days: number;
    /** Day 30/60 before any roll-forward. */
    readonly lastDay: IsoDate;
    readonly rolled: boolean;
  };
}

export interface DeadlineInput {
  /** When the business knew (知った時点): an ISO 8601 instant with Z or an offset. */
  readonly knownAt: InstantInput;
  /** Whether the wrongful-purpose trigger (Rule Art. 7(iii)) applies: 60 days instead of 30 for the final report. */
  readonly wrongfulPurpose: boolean;
}

/** Guards a misconfigured rule table (e.g. every weekday closed) from looping forever. */
const MAX_ROLL_DAYS = 31;

/** The date of day `n` when the day of knowing is day 1 (or day 0 if the table says counting starts next day). */
function nthDay(knownOn: IsoDate, n: number): IsoDate {
  return addDays(knownOn, ruleParameters.dayOfKnowingIsDayOne.value ? n - 1 : n);
}

/** The day number of `date` counted as the deadlines count (the day of knowing is day 1, or 0 if the table says so). */
export function countedDay(knownOn: IsoDate, date: IsoDate): number {
  return daysBetween(knownOn, date) + (ruleParameters.dayOfKnowingIsDayOne.value ? 1 : 0);
}

function knownStep(knownOn: IsoDate, knownTime: string): BasisStep {
  return {
    kind: 'known',
    date: knownOn,
    weekday: weekdayOf(knownOn),
    time: knownTime,
    day: ruleParameters.dayOfKnowingIsDayOne.value ? 1 : 0,
  };
}

interface DeadlineSpec {
  readonly role: DeadlineRole;
  /** Day n, counted from the day of knowing. */
  readonly n: number;
  readonly rollsForward: boolean;
  readonly citations: readonly Citation[];
}

const ROLL_GUARD: LocalizedText = {
  ja: '期限の繰り延べが終わりません。規則の設定を確認してください。',
  en: 'The deadline never reaches a working day. Check the rule table.',
};

/** Day `n`, then — when this deadline rolls — each closed day passed over, then the resulting date. */
function deadline(knownOn: IsoDate, knownTime: string, spec: DeadlineSpec, path: FieldPath) {
  const lastDay = nthDay(knownOn, spec.n);
  const steps: BasisStep[] = [
    knownStep(knownOn, knownTime),
    { kind: 'count', day: spec.n, date: lastDay, weekday: weekdayOf(lastDay) },
  ];
  let date = lastDay;
  if (spec.rollsForward) {
    for (let reason = closedDayReason(date, path); reason; reason = closedDayReason(date, path)) {
      if (steps.length > MAX_ROLL_DAYS + 2) throw new AppError('internal', ROLL_GUARD, path);
      steps.push({ kind: 'skip', date, weekday: weekdayOf(date), reason });
      date = addDays(date, 1);
    }
  }
  const rolled = date !== lastDay;
  steps.push({ kind: 'due', date, weekday: weekdayOf(date), rolled, rollsForward: spec.rollsForward });
  const citations = uniqueCitations([
    ...spec.citations,
    ...ruleParameters.dayOfKnowingIsDayOne.citations,
    ...(spec.rollsForward ? ruleParameters.yearEndClosure.citations : []),
  ]);
  const basis: Basis = { role: spec.role, steps, text: renderBasisText(spec.role, steps), citations };
  return { date, lastDay, rolled, basis };
}

/**
 * The 速報's outer limit (day 5) alone, computed exactly as in `computeDeadlines` — also the yardstick of an
 * entrustee's prompt notice to its entrustor (GL 3-5-3-5: 「速報としての報告と同様に」).
 */
export function preliminaryLimitOf(knownAt: InstantInput, path: FieldPath = ['knownAt']): IsoDate {
  const p = ruleParameters;
  const spec = { role: 'preliminaryLimit', n: p.preliminaryLimitDay.value, rollsForward: p.preliminaryRollsForward.value, citations: p.preliminaryLimitDay.citations } as const;
  return deadline(japanDateOf(knownAt, path), japanTimeOf(knownAt, path), spec, path).date;
}

/**
 * The three dates of a reportable (or not yet determined) breach. A malformed `knownAt` is a validation error; a
 * final deadline in a year without holiday data is a CalendarRangeError — both name `path` (default ['knownAt']).
 */
export function computeDeadlines(input: DeadlineInput, path: FieldPath = ['knownAt']): Deadlines {
  const knownOn = japanDateOf(input.knownAt, path);
  const knownTime = japanTimeOf(input.knownAt, path);
  const p = ruleParameters;
  const rollsForward = p.preliminaryRollsForward.value;
  const { value: targetDay, citations: targetCitations } = p.preliminaryTargetDay;
  const { value: limitDay, citations: limitCitations } = p.preliminaryLimitDay;
  const days = input.wrongfulPurpose ? p.finalDaysWrongfulPurpose : p.finalDays;
  const target = deadline(knownOn, knownTime, { role: 'preliminaryTarget', n: targetDay, rollsForward, citations: targetCitations }, path);
  const limit = deadline(knownOn, knownTime, { role: 'preliminaryLimit', n: limitDay, rollsForward, citations: limitCitations }, path);
  const final = deadline(knownOn, knownTime, { role: 'final', n: days.value, rollsForward: true, citations: days.citations }, path);
  return {
    knownOn,
    knownTime,
    preliminary: { target: { date: target.date, basis: target.basis }, limit: { date: limit.date, basis: limit.basis } },
    final: { due: { date: final.date, basis: final.basis }, days: days.value, lastDay: final.lastDay, rolled: final.rolled },
  };
}
