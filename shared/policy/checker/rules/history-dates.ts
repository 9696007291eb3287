import { formatDate } from '../../clauses/fill';
import { historyEvents, priorHistoryOf } from '../../history-dates';
import type { CheckedDocument } from '../document';
import { warning } from '../result';
import type { CheckerWarning } from '../types';

/**
 * Dates the text states for the policy's establishment or revisions (「制定日：2020年4月1日」, 「2024年10月1日 改定」,
 * "Established: April 1, 2021"), compared with the one history the document prints (shared/policy/history-dates.ts):
 * a 制定日 other than the history's establishment, or a 改定日 the history does not have (and that is not the
 * revision still to come, after the last one), would print a contradiction. 施行日 is not compared: a draft states
 * the date it is to take effect.
 */
type Event = 'established' | 'revised';

const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const eraStart: Record<string, number> = { 令和: 2018, 平成: 1988, 昭和: 1925 };
const pad = (n: number) => String(n).padStart(2, '0');
const iso = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;

const datePatterns: readonly { pattern: RegExp; read: (m: RegExpMatchArray) => string }[] = [
  { pattern: /(\d{4})年(\d{1,2})月(\d{1,2})日/g, read: (m) => iso(Number(m[1]), Number(m[2]), Number(m[3])) },
  { pattern: /(令和|平成|昭和)(\d{1,2}|元)年(\d{1,2})月(\d{1,2})日/g, read: (m) => iso(eraStart[m[1]!]! + (m[2] === '元' ? 1 : Number(m[2])), Number(m[3]), Number(m[4])) },
  { pattern: /(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})/g, read: (m) => iso(Number(m[1]), Number(m[2]), Number(m[3])) },
  {
    pattern: new RegExp(`(${months.join('|')}) (\\d{1,2}),? (\\d{4})`, 'g'),
    read: (m) => iso(Number(m[3]), months.indexOf(m[1]!) + 1, Number(m[2])),
  },
  {
    pattern: new RegExp(`(\\d{1,2}) (${months.join('|')}),? (\\d{4})`, 'g'),
    read: (m) => iso(Number(m[3]), months.indexOf(m[2]!) + 1, Number(m[1])),
  },
];

function eventOf(line: string): Event | null {
  if (/制定|established|enacted|adopted/.test(line)) return 'established';
  if (/改定|改訂|改正|revised|amended|last updated|updated/.test(line)) return 'revised';
  return null;
}

/** Each (event, date) a line of the text states; a line with both 制定 and 改定 is read date by date. */
function statedDates(doc: CheckedDocument): { event: Event; date: string; sectionId: string }[] {
  const found: { event: Event; date: string; sectionId: string }[] = [];
  for (const section of doc.sections) {
    for (const sentence of section.sentences) {
      if (sentence.heading) continue;
      for (const { pattern, read } of datePatterns) {
        for (const match of sentence.norm.matchAll(pattern)) {
          const at = match.index ?? 0;
          // The word beside the date: 「制定日：<date>」 before it, 「<date> 制定」 after it.
          const near = `${sentence.norm.slice(Math.max(0, at - 12), at)} ${sentence.norm.slice(at + match[0].length, at + match[0].length + 8)}`;
          const event = eventOf(near);
          if (event) found.push({ event, date: read(match), sectionId: section.id });
        }
      }
    }
  }
  return found;
}

export function historyDateWarnings(doc: CheckedDocument, history: readonly string[] | undefined): CheckerWarning[] {
  if (history === undefined) return [];
  const events = historyEvents(priorHistoryOf(doc.sections.map((section) => section.section)), history);
  if (events.length === 0) return [];
  const established = events[0]!.event === 'established' ? events[0]!.date : null;
  const known = new Set(events.map((event) => event.date));
  const last = events.at(-1)!.date;
  const contradicting = statedDates(doc).filter(({ event, date }) =>
    event === 'established' ? established !== null && date !== established : !known.has(date) && date <= last,
  );
  if (contradicting.length === 0) return [];
  const shown = (date: string) => formatDate(date);
  const table = events.map((event) => {
    const date = shown(event.date);
    return event.event === 'established' ? { ja: `${date.ja} 制定`, en: `established ${date.en}` } : { ja: `${date.ja} 改定`, en: `revised ${date.en}` };
  });
  const stated = contradicting.map(({ event, date }) => ({
    ja: `${shown(date).ja}${event === 'established' ? '制定' : '改定'}`,
    en: `${event} ${shown(date).en}`,
  }));
  return [
    warning(
      'dates-contradict-history',
      {
        ja: `本文の日付（${stated.map((s) => s.ja).join('、')}）が改定履歴（${table.map((t) => t.ja).join('、')}）と一致しません。日付は改定履歴として一度だけ印刷されます。本文の日付を削除するか、本ツールで管理する前の日付は「改定」の条の制定日・改定日の欄に入力してください。`,
        en: `The dates in the text (${stated.map((s) => s.en).join(', ')}) do not match the revision history (${table.map((t) => t.en).join(', ')}). The dates are printed once, as the revision history. Remove the dates from the text, or enter dates from before this tool kept the policy in the revisions article's established / revised fields.`,
      },
      contradicting[0]!.sectionId,
    ),
  ];
}
