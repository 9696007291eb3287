import { formatDate } from '../policy/clauses/fill';
import { historyEvents, type PriorHistory } from '../policy/history-dates';
import type { RevisionEntry } from './policy';
import type { PolicyVersionSummary } from './policy-version';

/**
 * The revision history a Japanese policy prints at its end (制定 2024年4月1日 / 改定 2025年4月1日), generated from
 * the published versions so it can never disagree with them — preceded by the dates the policy states for the
 * time before it was kept here (`prior`, its revisions article's 制定日 and 改定日; shared/policy/history-dates.ts).
 * Without an earlier date the first published version is the establishment (制定); each later one a revision.
 */
export function revisionHistory(versions: readonly PolicyVersionSummary[], prior?: PriorHistory): RevisionEntry[] {
  const published = versions
    .filter((version) => version.status === 'published' && version.publishedAt !== null)
    .sort((a, b) => a.number - b.number);
  return historyEvents(prior, published.map((version) => version.effectiveOn)).map((entry) => {
    const version = entry.publishedIndex === null ? null : published[entry.publishedIndex]!;
    const date = formatDate(entry.date);
    return {
      versionId: version?.id ?? null,
      // 0: before the first version kept here.
      number: version?.number ?? 0,
      event: entry.event,
      effectiveOn: entry.date,
      publishedAt: version?.publishedAt ?? null,
      changeSummaryJa: version?.changeSummaryJa ?? '',
      changeSummaryEn: version?.changeSummaryEn ?? '',
      text: entry.event === 'established' ? { ja: `${date.ja} 制定`, en: `Established ${date.en}` } : { ja: `${date.ja} 改定`, en: `Revised ${date.en}` },
    };
  });
}
