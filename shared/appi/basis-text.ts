import type { LocalizedText } from '../errors';
import { civilDateText } from '../i18n/dates';
import type { Citation } from './citations';
import type { IsoDate } from './civil-date';
import type { ClosedDayReason } from './japan-calendar';
import type { Weekday } from './rule-parameters';

/**
 * How a deadline was reached, as structured steps (for the UI to lay out) and as one rendered sentence in ja and
 * en (for records and exports), e.g. "known Fri 2026-12-04 10:00 JST (day 1) → day 30 = Sat 2027-01-02 →
 * year-end closure → Mon 2027-01-04". Screens' date style (ui-guide "Dates"): ja 2026/12/28（月）, en Mon, Dec 28, 2026.
 */
export type BasisStep =
  /** The day the business knew; `day` is 1 when that day counts (GL 3-5-3-4), else 0. */
  | { readonly kind: 'known'; readonly date: IsoDate; readonly weekday: Weekday; readonly time: string; readonly day: number }
  /** The n-th day by plain counting (weekends and holidays count as days). */
  | { readonly kind: 'count'; readonly day: number; readonly date: IsoDate; readonly weekday: Weekday }
  /** A day the deadline cannot fall on, passed over by the roll-forward rule. */
  | { readonly kind: 'skip'; readonly date: IsoDate; readonly weekday: Weekday; readonly reason: ClosedDayReason }
  /** The resulting date. `rollsForward` says whether the roll-forward rule applies to this deadline at all. */
  | { readonly kind: 'due'; readonly date: IsoDate; readonly weekday: Weekday; readonly rolled: boolean; readonly rollsForward: boolean };

export type DeadlineRole = 'preliminaryTarget' | 'preliminaryLimit' | 'final';

export interface Basis {
  readonly role: DeadlineRole;
  readonly steps: readonly BasisStep[];
  readonly text: LocalizedText;
  readonly citations: readonly Citation[];
}

const WEEKDAY_JA = ['日', '月', '火', '水', '木', '金', '土'] as const;
const WEEKDAY_LONG_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

export function weekdayName(weekday: Weekday): LocalizedText {
  return { ja: `${WEEKDAY_JA[weekday]}曜日`, en: WEEKDAY_LONG_EN[weekday] };
}

// Sat, Jan 2, 2027: the screens' English date style, never ISO beside it (issue 13 item 5).
function dateEn(date: IsoDate, _weekday: Weekday): string {
  return civilDateText(date, { weekday: true }).en;
}

function dateJa(date: IsoDate, weekday: Weekday): string {
  return `${date.replaceAll('-', '/')}（${WEEKDAY_JA[weekday]}）`;
}

export function closedDayLabel(reason: ClosedDayReason): LocalizedText {
  switch (reason.kind) {
    case 'holiday':
      // 振替休日 and 国民の休日 are named "… 振替休日" / "休日" in the data; the others get "（祝日）".
      return {
        ja: reason.name.ja.endsWith('休日') ? reason.name.ja : `${reason.name.ja}（祝日）`,
        en: `${reason.name.en} (national holiday)`,
      };
    case 'yearEndClosure':
      return { ja: '年末年始', en: 'year-end closure' };
    case 'weekend':
      return weekdayName(reason.weekday);
  }
}

const ROLE_LABEL: Record<DeadlineRole, LocalizedText> = {
  preliminaryTarget: { ja: '（目安）', en: ' (target)' },
  preliminaryLimit: { ja: '（最長）', en: ' (outer limit)' },
  final: { ja: '', en: '' },
};

/** For a deadline the roll-forward rule does not apply to (the preliminary yardstick, GL 3-5-3-3). */
const CALENDAR_DAYS_NOTE: LocalizedText = {
  ja: '。暦日で数え、土日・祝日・年末年始でも繰り延べません（ガイドラインの目安は概ね3〜5日以内）。',
  en: '. Calendar days: not moved for weekends, holidays or the year-end closure (the guideline’s yardstick is about 3–5 days).',
};

/** For a deadline that could have rolled but fell on an ordinary working day. */
const WORKING_DAY_NOTE: LocalizedText = {
  ja: '（土日・祝日・年末年始に当たらないため、この日が期限）',
  en: ' (not a weekend, holiday or year-end closure day: due that day)',
};

/** Renders the steps as one sentence per language. */
export function renderBasisText(role: DeadlineRole, steps: readonly BasisStep[]): LocalizedText {
  const ja: string[] = [];
  const en: string[] = [];
  const skipped: LocalizedText[] = [];
  let tail: LocalizedText = { ja: '', en: '' };
  for (const step of steps) {
    switch (step.kind) {
      case 'known':
        ja.push(
          `${dateJa(step.date, step.weekday)}${step.time}（日本時間）に把握` +
            (step.day === 1 ? '（1日目）' : '（0日目。翌日から数えます）'),
        );
        en.push(
          `known ${dateEn(step.date, step.weekday)} ${step.time} JST` +
            (step.day === 1 ? ' (day 1)' : ' (day 0; counting starts the next day)'),
        );
        break;
      case 'count':
        ja.push(`${step.day}日目 = ${dateJa(step.date, step.weekday)}`);
        en.push(`day ${step.day} = ${dateEn(step.date, step.weekday)}`);
        break;
      case 'skip':
        skipped.push(closedDayLabel(step.reason));
        break;
      case 'due': {
        const label = ROLE_LABEL[role];
        if (step.rolled) {
          ja.push([...new Set(skipped.map((s) => s.ja))].join('・'), `${dateJa(step.date, step.weekday)}${label.ja}`);
          en.push([...new Set(skipped.map((s) => s.en))].join(', '), `${dateEn(step.date, step.weekday)}${label.en}`);
        } else {
          const note = step.rollsForward ? WORKING_DAY_NOTE : CALENDAR_DAYS_NOTE;
          tail = { ja: label.ja + note.ja, en: label.en + note.en };
        }
        break;
      }
    }
  }
  return { ja: ja.join(' → ') + tail.ja, en: en.join(' → ') + tail.en };
}
