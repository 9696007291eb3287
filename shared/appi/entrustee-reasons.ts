import type { LocalizedText } from '../errors';
import type { IsoDate } from './civil-date';
import { civilDateText } from '../i18n/dates';
import { ruleParameters } from './rule-parameters';

/**
 * The words of the entrustee route (APPI Art. 26(1) proviso; Rule Art. 9; GL 3-5-3-5), kept apart from the logic
 * so the wording can be reviewed in one place. `notice*` say what happened with the notice to the entrustor (the
 * finding); `duty*` say who therefore reports (the verdict) — two different sentences, so a panel showing both
 * never repeats itself.
 */
const t = (ja: string, en: string): LocalizedText => ({ ja, en });
// One date style in both languages: 2026/12/30（水） / Dec 30, 2026 (issue 13 item 5).
const slash = (date: IsoDate) => civilDateText(date).ja;
const enDate = (date: IsoDate) => civilDateText(date).en;
const limitDay = () => ruleParameters.preliminaryLimitDay.value;

/** 委託元（名称） / the entrustor (name); the role alone when no name is recorded. */
export function entrustorWho(name: string | null): LocalizedText {
  return name ? t(`委託元（${name}）`, `the entrustor (${name})`) : t('委託元', 'the entrustor');
}

export const entrusteeNotice = {
  prompt: (who: LocalizedText, on: IsoDate, day: number, limit: IsoDate) =>
    t(
      `${who.ja}へ${slash(on)}（把握から${day}日目）に通知しました。${limitDay()}日目（${slash(limit)}）までの通知で、速やかな通知に当たります。`,
      `We notified ${who.en} on ${enDate(on)} (day ${day} from knowing): by day ${limitDay()} (${enDate(limit)}), a prompt notice.`,
    ),
  late: (who: LocalizedText, on: IsoDate, day: number, limit: IsoDate) =>
    t(
      `${who.ja}への通知は${slash(on)}（把握から${day}日目）で、速やかな通知の目安（${limitDay()}日目、${slash(limit)}まで）を過ぎています。`,
      `We notified ${who.en} on ${enDate(on)} (day ${day} from knowing), after the yardstick of a prompt notice (day ${limitDay()}, ${enDate(limit)}).`,
    ),
  notYet: (who: LocalizedText, limit: IsoDate) =>
    t(
      `${who.ja}へはまだ通知していません（速やかな通知の目安：把握から${limitDay()}日目、${slash(limit)}まで）。`,
      `${capitalized(who.en)} has not been notified yet (the yardstick of a prompt notice: day ${limitDay()} from knowing, ${enDate(limit)}).`,
    ),
  /** Without the moment of knowing there is no day to count: the notice cannot be judged prompt. */
  noClock: (who: LocalizedText, on: IsoDate) =>
    t(
      `${who.ja}へ${slash(on)}に通知しましたが、把握日時が未入力のため、速やかな通知（把握から${limitDay()}日目まで）か判断できません。`,
      `We notified ${who.en} on ${enDate(on)}, but without the moment of knowing it cannot be judged prompt (by day ${limitDay()}).`,
    ),
  notYetNoClock: (who: LocalizedText) =>
    t(
      `${who.ja}へはまだ通知していません（速やかな通知の目安：把握から${limitDay()}日目まで）。`,
      `${capitalized(who.en)} has not been notified yet (the yardstick of a prompt notice: day ${limitDay()} from knowing).`,
    ),
  notReportable: t(
    '報告対象ではないため、委託元への通知による免除を考える必要はありません。',
    'Not reportable: there is no duty to be relieved of by notifying the entrustor.',
  ),
};

export const entrusteeDuty = {
  relieved: (who: LocalizedText) =>
    t(
      `委託元への通知により、当社の報告義務は免除されます。${who.ja}が個人情報保護委員会への報告と本人への通知を行います。`,
      `Having notified the entrustor, we are relieved of our duty to report: ${who.en} reports to the PPC and notifies the individuals.`,
    ),
  late: t(
    '委託元への通知が速やかではなかったため、当社の報告義務は免除されません。当社が個人情報保護委員会への報告と本人への通知を行う必要があります。',
    'The entrustor was not notified promptly, so we are not relieved: we must report to the PPC and notify the individuals ourselves.',
  ),
  notYet: (who: LocalizedText, limit: IsoDate | null) =>
    t(
      `委託元へ通知するまで、当社の報告義務は免除されません。当社が個人情報保護委員会への報告と本人への通知を行う必要があります（${limit ? `${slash(limit)}（${limitDay()}日目）` : `把握から${limitDay()}日目`}までに${who.ja}へ通知すれば免除されます）。`,
      `Until the entrustor is notified we are not relieved: we must report to the PPC and notify the individuals ourselves (a notice to ${who.en} by ${limit ? `${enDate(limit)} (day ${limitDay()})` : `day ${limitDay()} from knowing`} relieves us).`,
    ),
  noClock: t(
    '把握日時を入力すると、委託元への通知により当社の報告義務が免除されるかを判断します。',
    'Enter when the business knew to judge whether the notice to the entrustor relieves us of reporting.',
  ),
};

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
