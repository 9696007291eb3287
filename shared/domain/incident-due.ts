import type { Assessment } from '../appi/assess';
import { citations, type Citation } from '../appi/citations';
import type { IsoDate } from '../appi/civil-date';
import { ruleParameters } from '../appi/rule-parameters';
import type { LocalizedText } from '../errors';
import type { DerivedNotificationKind, NotificationKind } from './incident-notification';
import { civilDateText } from '../i18n/dates';

/**
 * The due date of each planned notification, derived from the incident's assessment (shared/appi), never typed in:
 * - ppc_preliminary: the outer limit (day 5) of the guideline's 3–5 day yardstick, with the target (day 3) beside
 *   it — a 速報 on day 4 is within the yardstick and must not be shown as late (Rule Art. 8(1); GL 3-5-3-3);
 * - ppc_final: day 30 or 60 with the roll-forward rule (Rule Art. 8(2); GL 3-5-3-4);
 * - individuals_notice: the law says "promptly" (速やかに) and sets no number of days (APPI Art. 26(2), Rule Art. 10).
 *   The 速報's target (day 3) is used as the yardstick, and the basis text says so;
 * - entrustor: also "promptly" (Art. 26(1) proviso, Rule Art. 9), but GL 3-5-3-5 measures it like the 速報 (about
 *   3–5 days), and only a notice by day 5 relieves the entrustee (shared/appi/entrustee.ts): the 速報's outer limit
 *   is shown as the date, its target beside it, and the basis says what the date decides.
 * No date when the incident is not reportable, nor — for the PPC and the individuals — once an entrustee is
 * relieved by having notified its entrustor promptly. An entrustee whose notice was late (or not yet sent) keeps
 * every date: its own duties stand.
 */
export const rule10: Citation = { article: 'Rule Art. 10', ja: '施行規則第10条', en: 'Enforcement Rules Art. 10' };

export const notificationCitations: Record<NotificationKind, readonly Citation[]> = {
  ppc_preliminary: [citations.act26_1, citations.rule8_1, citations.gl3_5_3_3],
  ppc_final: [citations.act26_1, citations.rule8_2, citations.gl3_5_3_4],
  individuals_notice: [citations.act26_2, rule10],
  entrustor: [citations.act26_1Proviso, citations.rule9, citations.gl3_5_3_5],
  other: [],
};

export interface DerivedDue {
  readonly dueDate: IsoDate | null;
  readonly targetDate: IsoDate | null;
  readonly dueBasis: LocalizedText;
}

/** The record's fields a derived notification reads besides the assessment. */
export interface DueContext {
  readonly weAreEntrustee: boolean;
  readonly delegatedMinistry: string;
  readonly entrustorName: string;
}

export const PPC_NAME = '個人情報保護委員会';

const none = (dueBasis: LocalizedText): DerivedDue => ({ dueDate: null, targetDate: null, dueBasis });

const notReportable = none({
  ja: '報告対象に当たらないため、期限はありません（施行規則第7条）。',
  en: 'Not reportable: no deadline (Enforcement Rules Art. 7).',
});

const relieved = (on: string | null, day: number | null): DerivedDue => {
  const limit = ruleParameters.preliminaryLimitDay.value;
  const when = day === null ? null : { ja: `（把握から${day}日目、${limit}日目までの速やかな通知）`, en: ` (day ${day} from knowing, a prompt notice by day ${limit})` };
  return none({
    ja: `委託元へ${on ? `${civilDateText(on).ja}に` : ''}通知したため${when?.ja ?? ''}、委託先として報告・通知の義務を免れています（法第26条第1項ただし書、施行規則第9条）。`,
    en: `We notified the entrustor${on ? ` on ${civilDateText(on).en}` : ''}${when?.en ?? ''}: as the entrustee we are relieved of this (APPI Art. 26(1) proviso; Rule Art. 9).`,
  });
};

const notEntrustee = none({
  ja: '委託先として取り扱っていないため、委託元への通知は不要です。',
  en: 'We do not handle the data as an entrustee: no notice to an entrustor is needed.',
});

function promptly(target: IsoDate): DerivedDue {
  const day = ruleParameters.preliminaryTargetDay.value;
  return {
    dueDate: target,
    targetDate: null,
    dueBasis: {
      ja: `「速やかに」（法第26条第2項、施行規則第10条）とされ、日数の定めはありません。速報の目安（把握から${day}日目：${civilDateText(target).ja}）を目安として表示しています。`,
      en: `"Promptly" (APPI Art. 26(2); Rule Art. 10): no number of days is set. Shown against the preliminary report's target (day ${day} from knowing: ${civilDateText(target).en}) as a yardstick.`,
    },
  };
}

/** The notice to the entrustor: "promptly", measured like the 速報 (GL 3-5-3-5); day 5 decides the relief. */
function entrustorPromptly(target: IsoDate, limit: IsoDate): DerivedDue {
  const p = ruleParameters;
  const [from, to] = [p.preliminaryTargetDay.value, p.preliminaryLimitDay.value];
  const slash = (date: IsoDate) => civilDateText(date).ja;
  const enDate = (date: IsoDate) => civilDateText(date).en;
  return {
    dueDate: limit,
    targetDate: target,
    dueBasis: {
      ja: `「速やかに」（法第26条第1項ただし書、施行規則第9条）とされ、法令に日数の定めはありません。ガイドラインの目安は速報と同様に把握から概ね${from}〜${to}日以内（ガイドライン3-5-3-5）で、${to}日目（${slash(limit)}）までに通知すれば当社の報告・本人通知の義務が免除されます。それより後の通知では免除されません（目安の${from}日目：${slash(target)}）。`,
      en: `"Promptly" (APPI Art. 26(1) proviso; Rule Art. 9): the law sets no number of days. The guideline's yardstick is the preliminary report's, about ${from}–${to} days from knowing (GL 3-5-3-5): a notice by day ${to} (${enDate(limit)}) relieves us of the PPC report and the notice to individuals; a later one does not (day ${from}: ${enDate(target)}).`,
    },
  };
}

export function deriveDue(kind: DerivedNotificationKind, assessment: Assessment, record: DueContext): DerivedDue {
  if (kind === 'entrustor' && !record.weAreEntrustee) return notEntrustee;
  if (assessment.reportable === 'no' || !assessment.preliminary || !assessment.final || !assessment.bases) return notReportable;
  if (kind !== 'entrustor' && assessment.entrustee?.relieved) return relieved(assessment.entrustee.notifiedOn, assessment.entrustee.notifiedOnDay);
  switch (kind) {
    case 'ppc_preliminary':
      return {
        dueDate: assessment.preliminary.limit,
        targetDate: assessment.preliminary.target,
        dueBasis: assessment.bases.preliminaryLimit.text,
      };
    case 'ppc_final':
      return { dueDate: assessment.final.due, targetDate: null, dueBasis: assessment.bases.final.text };
    case 'individuals_notice':
      return promptly(assessment.preliminary.target);
    case 'entrustor':
      return entrustorPromptly(assessment.preliminary.target, assessment.preliminary.limit);
  }
}

/** Who a derived notification goes to, from the record: the PPC or its delegate, or the entrustor; null = user's. */
export function derivedRecipient(kind: NotificationKind, record: DueContext): string | null {
  if (kind === 'ppc_preliminary' || kind === 'ppc_final') return record.delegatedMinistry || PPC_NAME;
  if (kind === 'entrustor') return record.entrustorName;
  return null;
}

/**
 * The notifications an incident needs under its current assessment: the two reports and the notice while it is
 * (or may be) reportable, and the entrustor's notice when we are the entrustee.
 */
export function applicableKinds(assessment: Assessment, record: DueContext): DerivedNotificationKind[] {
  const kinds: DerivedNotificationKind[] = [];
  if (assessment.reportable !== 'no') kinds.push('ppc_preliminary', 'ppc_final', 'individuals_notice');
  if (record.weAreEntrustee) kinds.push('entrustor');
  return kinds;
}
