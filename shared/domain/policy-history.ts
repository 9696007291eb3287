import { formatDate } from '../policy/clauses/fill';
import type { RevisionEntry } from './policy';
import type { PolicyVersionSummary } from './policy-version';

/**
 * The revision history a Japanese policy prints at its end (制定 2024年4月1日 / 改定 2025年4月1日), generated from
 * the published versions so it can never disagree with them: the first published version is the establishment
 * (制定), each later one a revision (改定), dated by its effective date.
 */
export function revisionHistory(versions: readonly PolicyVersionSummary[]): RevisionEntry[] {
  const published = versions
    .filter((version) => version.status === 'published' && version.publishedAt !== null)
    .sort((a, b) => a.number - b.number);
  return published.map((version, index) => {
    const established = index === 0;
    const date = formatDate(version.effectiveOn);
    return {
      versionId: version.id,
      number: version.number,
      event: established ? 'established' : 'revised',
      effectiveOn: version.effectiveOn,
      publishedAt: version.publishedAt ?? '',
      changeSummaryJa: version.changeSummaryJa,
      changeSummaryEn: version.changeSummaryEn,
      text: established
        ? { ja: `${date.ja} 制定`, en: `Established ${date.en}` }
        : { ja: `${date.ja} 改定`, en: `Revised ${date.en}` },
    };
  });
}
