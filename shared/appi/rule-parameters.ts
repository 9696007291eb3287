import { citations, type Citation } from './citations';

/**
 * Every number and switch the breach rules depend on, each with its source, in one table: a correction to the
 * law or to our reading of it is a one-line change here (appi.md preamble). `confirm: true` marks a parameter
 * appi.md asks us to confirm against the cited text before relying on it.
 */
export interface RuleParameter<T> {
  readonly value: T;
  readonly citations: readonly Citation[];
  readonly confirm?: true;
}

export interface MonthDay {
  readonly month: number;
  readonly day: number;
}

/** 0 = Sunday … 6 = Saturday (the same numbering as `weekdayOf`). */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export const ruleParameters = {
  /** 速報 "速やかに": the guideline's yardstick is about 3–5 days; day 3 is shown as the target. */
  preliminaryTargetDay: { value: 3, citations: [citations.rule8_1, citations.gl3_5_3_3] },
  /** 速報: day 5 is the outer end of the 3–5 day yardstick. */
  preliminaryLimitDay: { value: 5, citations: [citations.rule8_1, citations.gl3_5_3_3] },
  /**
   * The roll-forward rule is stated for the final report's last day only; the preliminary dates are a yardstick
   * ("概ね"), so they stay plain calendar days. Kept as a switch in case the reading changes.
   */
  preliminaryRollsForward: { value: false, citations: [citations.gl3_5_3_3] },
  /** 確報: within 30 days of knowing. */
  finalDays: { value: 30, citations: [citations.rule8_2, citations.gl3_5_3_4] },
  /** 確報: 60 days when the wrongful-purpose trigger (Rule Art. 7(iii)) applies, alone or with others. */
  finalDaysWrongfulPurpose: { value: 60, citations: [citations.rule8_2, citations.gl3_5_3_4] },
  /**
   * The day of knowing counts as day 1 (not the civil-law default of starting the next day, Civil Code Art. 140).
   * Confirmed against GL 3-5-3-4: 「確報の報告期限の算定（※2）に当たっては、その時点を1日目とする。」 The 速報's
   * "about 3–5 days from the moment of knowing" (GL 3-5-3-3) is counted the same way. false would start the next day.
   */
  dayOfKnowingIsDayOne: { value: true, citations: [citations.gl3_5_3_4] },
  /**
   * Weekdays on which a final-report deadline cannot fall: Sunday and Saturday. The roll-forward is GL 3-5-3-4 (※2),
   * applying the Act on Holidays of Administrative Organs Art. 2 (Art. 1(1) lists the closed days); it is not in
   * Rule Art. 8(2) itself.
   */
  rollForwardWeekdays: { value: [0, 6] as readonly Weekday[], citations: [citations.gl3_5_3_4Note2, citations.adminHolidaysAct2] },
  /** National holidays (incl. 振替休日 and 国民の休日) also move the final-report deadline. */
  rollForwardOnNationalHolidays: { value: true, citations: [citations.gl3_5_3_4Note2, citations.adminHolidaysAct2] },
  /** Year-end closure of government offices, inclusive, spanning the new year: 12/29 – 1/3 (「年末年始閉庁日」). */
  yearEndClosure: {
    value: { from: { month: 12, day: 29 }, to: { month: 1, day: 3 } } as { readonly from: MonthDay; readonly to: MonthDay },
    citations: [citations.gl3_5_3_4Note2, citations.adminHolidaysAct2],
  },
  /**
   * Volume trigger: reportable when the number of individuals is MORE THAN this (1,001 or more). While the count
   * cannot be settled, the largest number that may be affected is compared (GL 3-5-3-1(4)).
   */
  volumeThreshold: { value: 1000, citations: [citations.rule7_4, citations.gl3_5_3_1] },
  /** From this date the wrongful-purpose trigger also covers personal information being acquired. */
  wrongfulPurposeAcquiringSince: { value: '2024-04-01', citations: [citations.rule7_3Amended2024] },
} as const satisfies Record<string, RuleParameter<unknown>>;

export type RuleParameterName = keyof typeof ruleParameters;

/** The parameters appi.md marks "confirm", for a review screen or a test that lists them. */
export function parametersToConfirm(): RuleParameterName[] {
  return (Object.keys(ruleParameters) as RuleParameterName[]).filter(
    (name) => (ruleParameters[name] as RuleParameter<unknown>).confirm === true,
  );
}
