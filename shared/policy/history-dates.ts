import type { PolicySection } from './model';
import { normalizeForMatch } from './text';

/**
 * One history of a policy's dates (制定 / 改定), from two sources that never overlap: the dates stated in the
 * revisions article for the time before the policy was kept here (its 制定日 and earlier 改定日, the structured
 * fields), and the effective dates of the versions published here. A stated date on or after the first
 * publication is not history — the published versions are. The revision table, the checker and the exports all
 * read this, so the body, the table and the signature cannot disagree.
 */
export interface PriorHistory {
  readonly establishedOn: string;
  readonly revisedOn: readonly string[];
}

export interface HistoryEvent {
  readonly event: 'established' | 'revised';
  /** 'YYYY-MM-DD'. */
  readonly date: string;
  /** The published version's index in the list given (0 = first published), or null for a date stated before. */
  readonly publishedIndex: number | null;
}

const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const eraStart: Record<string, number> = { 令和: 2018, 平成: 1988, 昭和: 1925 };
const pad = (n: number) => String(n).padStart(2, '0');
const iso = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;

const datePatterns: readonly { pattern: RegExp; read: (m: RegExpMatchArray) => string }[] = [
  { pattern: /(\d{4})年(\d{1,2})月(\d{1,2})日/g, read: (m) => iso(Number(m[1]), Number(m[2]), Number(m[3])) },
  { pattern: /(令和|平成|昭和)(\d{1,2}|元)年(\d{1,2})月(\d{1,2})日/g, read: (m) => iso(eraStart[m[1]!]! + (m[2] === '元' ? 1 : Number(m[2])), Number(m[3]), Number(m[4])) },
  { pattern: /(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})/g, read: (m) => iso(Number(m[1]), Number(m[2]), Number(m[3])) },
  { pattern: new RegExp(`(${months.join('|')}) (\\d{1,2}),? (\\d{4})`, 'g'), read: (m) => iso(Number(m[3]), months.indexOf(m[1]!) + 1, Number(m[2])) },
  { pattern: new RegExp(`(\\d{1,2}) (${months.join('|')}),? (\\d{4})`, 'g'), read: (m) => iso(Number(m[3]), months.indexOf(m[2]!) + 1, Number(m[1])) },
];

const hasDigit = /\d/;

const eventWords: readonly { pattern: RegExp; event: HistoryEvent['event'] }[] = [
  { pattern: /制定|established|enacted|adopted/g, event: 'established' },
  { pattern: /改定|改訂|改正|revised|amended|updated/g, event: 'revised' },
];

/** The event word nearest before the date (「制定日：」, "established on"), else the first just after it (「 制定」). */
function eventOf(before: string, after: string): HistoryEvent['event'] | null {
  let best: { at: number; event: HistoryEvent['event'] } | null = null;
  for (const { pattern, event } of eventWords) {
    for (const match of before.matchAll(pattern)) if (!best || (match.index ?? 0) > best.at) best = { at: match.index ?? 0, event };
  }
  if (best) return best.event;
  let first: { at: number; event: HistoryEvent['event'] } | null = null;
  for (const { pattern, event } of eventWords) {
    for (const match of after.matchAll(pattern)) if (!first || (match.index ?? 0) < first.at) first = { at: match.index ?? 0, event };
  }
  return first?.event ?? null;
}

/**
 * The establishment and revision dates a line of text states (「制定日：2020年4月1日」, 「2024年10月1日 改定」,
 * 「令和2年4月1日制定」, "Established on February 1, 2017"), the word read beside each date. 施行 is not one of them.
 */
export function datesStatedIn(text: string): { event: HistoryEvent['event']; date: string }[] {
  const found: { event: HistoryEvent['event']; date: string }[] = [];
  for (const line of normalizeForMatch(text).split('\n')) {
    // Every pattern has digits (full-width ones are normalised): most lines of a policy have none.
    if (!hasDigit.test(line)) continue;
    for (const { pattern, read } of datePatterns) {
      for (const match of line.matchAll(pattern)) {
        const at = match.index ?? 0;
        // The word beside the date: 「制定日：<date>」 before it, 「<date> 制定」 after it.
        const before = line.slice(Math.max(0, at - 20), at).split(/\d{1,2}日|\d{4}(?![年/.-])/).at(-1) ?? '';
        const event = eventOf(before, line.slice(at + match[0].length, at + match[0].length + 8));
        if (event) found.push({ event, date: read(match) });
      }
    }
  }
  return found;
}

/**
 * The dates stated for the time before this tool kept the policy: the revisions article's fields, or, when they are
 * empty, the dates the text itself states (an imported policy's closing 「制定：2008年1月11日／改定：2011年11月1日」),
 * so the history printed with it continues the policy's own rather than contradicting it.
 */
export function priorHistoryOf(sections: readonly PolicySection[]): PriorHistory {
  const revisions = sections.find((section) => section.kind === 'revisions');
  if (revisions && revisions.kind === 'revisions' && (revisions.establishedOn !== '' || revisions.revisedOn.some((date) => date !== ''))) {
    return { establishedOn: revisions.establishedOn, revisedOn: revisions.revisedOn };
  }
  const stated = sections.flatMap((section) => datesStatedIn(`${section.bodyJa}\n${section.bodyEn}`));
  const established = stated.filter((entry) => entry.event === 'established').map((entry) => entry.date).sort()[0] ?? '';
  return { establishedOn: established, revisedOn: stated.filter((entry) => entry.event === 'revised').map((entry) => entry.date) };
}

/** The history in date order: stated dates before the first publication, then each publication (effective dates). */
export function historyEvents(prior: PriorHistory | undefined, published: readonly string[]): HistoryEvent[] {
  const first = published[0];
  const before = (date: string) => isDate(date) && (first === undefined || date < first);
  const established = prior && before(prior.establishedOn) ? prior.establishedOn : null;
  const revised = [...new Set((prior?.revisedOn ?? []).filter((date) => before(date) && (established === null || date > established)))].sort();
  const events: HistoryEvent[] = [
    ...(established === null ? [] : [{ event: 'established' as const, date: established, publishedIndex: null }]),
    ...revised.map((date) => ({ event: 'revised' as const, date, publishedIndex: null })),
  ];
  published.forEach((date, index) => {
    events.push({ event: events.length === 0 ? 'established' : 'revised', date, publishedIndex: index });
  });
  return events;
}
