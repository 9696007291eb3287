import { AppError, type FieldPath, type LocalizedText } from '../errors';
import { labelOf } from '../i18n/field-labels';
import { fillTemplate, validationMessages } from '../i18n/validation-messages';
import type { BreachFacts } from './breach-facts';
import { citations, type Citation } from './citations';
import type { IsoDate } from './civil-date';
import { countedDay, preliminaryLimitOf } from './deadlines';
import { entrusteeDuty, entrusteeNotice, entrustorWho } from './entrustee-reasons';
import { epochOf, japanDateOf, type InstantInput } from './japan-time';

/**
 * The entrustee route (APPI Art. 26(1) proviso; Rule Art. 9; GL 3-5-3-5): an entrustee that notifies its entrustor
 * promptly is relieved of reporting to the PPC and — Art. 26(2), 「同項ただし書の規定による通知をした者を除く」 — of
 * notifying the individuals. "Promptly" for this notice is the 速報's yardstick: 「速報としての報告と同様に…概ね3～5日
 * 以内」 (GL 3-5-3-5), so the notice relieves only when it went out by the 速報's outer limit, day 5, counted exactly as
 * the 速報 is (shared/appi/deadlines.ts: the day of knowing is day 1, Japan time). A later notice, or none, leaves
 * our own duties in place; a notice before we knew cannot be true and is refused.
 */
export interface EntrusteeRoute {
  /** True only for a notice by day 5: relieved of the PPC report and of the notice to the individuals. */
  readonly relieved: boolean;
  readonly notifiedAt: string | null;
  /** The Japan-time date of `notifiedAt`. */
  readonly notifiedOn: IsoDate | null;
  /** The day of the notice counted like the 速報 (the day of knowing = day 1); null if not notified or no clock. */
  readonly notifiedOnDay: number | null;
  /** The last day a notice relieves (the 速報's outer limit); null without the moment of knowing. */
  readonly reliefLimit: IsoDate | null;
  readonly entrustorName: string | null;
  /** What happened with the notice and who therefore reports, in one self-contained text (CLI, records). */
  readonly reason: LocalizedText;
}

export type EntrusteeStatus = 'relieved' | 'notRelieved' | 'unknown' | null;

export interface EntrusteeFinding {
  readonly route: EntrusteeRoute;
  /** relieved / notRelieved; unknown without the clock; null when there is nothing to be relieved of. */
  readonly status: EntrusteeStatus;
  /** The notice as it happened (the finding's reason). */
  readonly notice: LocalizedText;
  /** Who reports, for the verdict; null when not reportable. */
  readonly duty: LocalizedText | null;
}

export const entrusteeCitations: readonly Citation[] = [citations.act26_1Proviso, citations.rule9, citations.act26_2, citations.gl3_5_3_5];

/** 'yes' / 'no' / 'undetermined' of the incident itself: only a reportable incident has a duty to be relieved of. */
type VerdictLike = 'yes' | 'no' | 'undetermined';

const joined = (a: LocalizedText, b: LocalizedText | null): LocalizedText => (b ? { ja: a.ja + b.ja, en: `${a.en} ${b.en}` } : a);

/** A notice to the entrustor before the business knew of the breach: refused, naming the field. */
export function assertNotifiedAfterKnowing(facts: BreachFacts, knownAt: InstantInput, path: FieldPath): void {
  if (facts.entrustorNotifiedAt === null) return;
  if (epochOf(facts.entrustorNotifiedAt, [...path, 'entrustorNotifiedAt']) >= epochOf(knownAt, ['knownAt'])) return;
  const message = fillTemplate(validationMessages.beforeKnown, { field: labelOf('entrustorNotifiedAt') });
  const fieldPath = [...path, 'entrustorNotifiedAt'];
  throw new AppError('validation', message, fieldPath, [{ path: fieldPath, message }]);
}

/** The route when we are the entrustee, else null. `knownAt` absent: no day can be counted (the form's noClock). */
export function entrusteeFinding(facts: BreachFacts, verdict: VerdictLike, knownAt: InstantInput | null): EntrusteeFinding | null {
  if (facts.weAreEntrustee !== true) return null;
  const who = entrustorWho(facts.entrustorName);
  const notifiedAt = facts.entrustorNotifiedAt;
  const notifiedOn = notifiedAt === null ? null : japanDateOf(notifiedAt, ['entrustorNotifiedAt']);
  const knownOn = knownAt === null ? null : japanDateOf(knownAt, ['knownAt']);
  const reliefLimit = knownAt === null ? null : preliminaryLimitOf(knownAt);
  const notifiedOnDay = knownOn !== null && notifiedOn !== null ? countedDay(knownOn, notifiedOn) : null;
  const base = { notifiedAt, notifiedOn, notifiedOnDay, reliefLimit, entrustorName: facts.entrustorName };

  const result = (relieved: boolean, status: EntrusteeStatus, notice: LocalizedText, duty: LocalizedText | null): EntrusteeFinding => ({
    route: { ...base, relieved, reason: joined(notice, duty) },
    status,
    notice,
    duty,
  });

  if (verdict === 'no') return result(false, null, entrusteeNotice.notReportable, null);
  if (reliefLimit === null) {
    return notifiedOn === null
      ? result(false, 'notRelieved', entrusteeNotice.notYetNoClock(who), entrusteeDuty.notYet(who, null))
      : result(false, 'unknown', entrusteeNotice.noClock(who, notifiedOn), entrusteeDuty.noClock);
  }
  if (notifiedOn === null || notifiedOnDay === null) {
    return result(false, 'notRelieved', entrusteeNotice.notYet(who, reliefLimit), entrusteeDuty.notYet(who, reliefLimit));
  }
  if (notifiedOn <= reliefLimit) {
    return result(true, 'relieved', entrusteeNotice.prompt(who, notifiedOn, notifiedOnDay, reliefLimit), entrusteeDuty.relieved(who));
  }
  return result(false, 'notRelieved', entrusteeNotice.late(who, notifiedOn, notifiedOnDay, reliefLimit), entrusteeDuty.late);
}
