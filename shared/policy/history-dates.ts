import type { PolicySection } from './model';

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

/** The dates stated before this tool kept the policy: the first revisions article's fields. */
export function priorHistoryOf(sections: readonly PolicySection[]): PriorHistory {
  const revisions = sections.find((section) => section.kind === 'revisions');
  if (!revisions || revisions.kind !== 'revisions') return { establishedOn: '', revisedOn: [] };
  return { establishedOn: revisions.establishedOn, revisedOn: revisions.revisedOn };
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
