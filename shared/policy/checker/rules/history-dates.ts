import { formatDate } from '../../clauses/fill';
import { datesStatedIn, historyEvents, priorHistoryOf } from '../../history-dates';
import type { CheckedDocument } from '../document';
import { warning } from '../result';
import type { CheckerWarning } from '../types';

/**
 * Dates the text states for the policy's establishment or revisions (「制定日：2020年4月1日」, 「2024年10月1日 改定」,
 * "Established: April 1, 2021"), compared with the one history the document prints (shared/policy/history-dates.ts):
 * a 制定日 other than the history's establishment, or a 改定日 the history does not have (and that is not the
 * revision still to come, after the last one), would print a contradiction. 施行日 is not compared: a draft states
 * the date it is to take effect. Dates the text states before the first publication start the history unless the
 * revisions article's fields say otherwise: then the two are compared.
 */
type Event = 'established' | 'revised';

/** Each (event, date) the text states, with the article it is in. */
function statedDates(doc: CheckedDocument): { event: Event; date: string; sectionId: string }[] {
  return doc.sections.flatMap((section) =>
    section.sentences
      .filter((sentence) => !sentence.heading)
      .flatMap((sentence) => datesStatedIn(sentence.raw).map((entry) => ({ ...entry, sectionId: section.id }))),
  );
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
        ja: `本文の日付（${stated.map((s) => s.ja).join('、')}）が改定履歴（${table.map((t) => t.ja).join('、')}）と一致しません。日付は改定履歴として一度だけ印刷されます。本文の日付を直すか、改定の条の「本ツールで管理する前の制定日・改定日」を直してください。`,
        en: `The dates in the text (${stated.map((s) => s.en).join(', ')}) do not match the revision history (${table.map((t) => t.en).join(', ')}). The dates are printed once, as the revision history. Correct the dates in the text, or the revisions article's dates before this tool kept the policy.`,
      },
      contradicting[0]!.sectionId,
    ),
  ];
}
