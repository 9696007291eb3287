import type { PolicySearchHit, PolicySearchResult, PolicySearchValues } from '../../../shared/domain/policy-search';
import type { VersionStatus } from '../../../shared/domain/policy-version';
import { sectionDataLines, type PolicyKind, type SectionKind } from '../../../shared/policy';
import type { DataScope } from '../context';
import { searchSections, searchTerms, type SearchHitRow } from '../store/policies-search';
import { readSectionsByRef } from '../store/policies-sections-read';
import { openingOf, snippetOf } from './snippet';

/**
 * policies.search: a clause in any version of any policy, ja or en (FTS5 trigram; words under three characters
 * through the short-word index). A hit is a section of a version, with the policy it belongs to and the words marked
 * in a snippet of its own text. Only a hit found in structured data (a purpose row, a tool's recipient) costs another read.
 */
function hitOf(row: SearchHitRow, snippet: PolicySearchHit['snippet']): PolicySearchHit {
  return {
    policyId: row.policy_id,
    policyKind: row.policy_kind as PolicyKind,
    policyTitleJa: row.title_ja,
    policyTitleEn: row.title_en,
    companyId: row.company_id,
    companyName: row.company_name,
    versionId: row.version_id,
    versionNumber: row.version_number,
    versionStatus: row.version_status as VersionStatus,
    sectionId: row.section_id,
    sectionKind: row.kind as SectionKind,
    position: row.position,
    headingJa: row.heading_ja,
    headingEn: row.heading_en,
    snippet,
  };
}

export function searchPolicies(scope: DataScope, input: PolicySearchValues): PolicySearchResult {
  const db = scope.db();
  const { rows, total, totalCapped, mode } = searchSections(db, input);
  const terms = searchTerms(input.query);
  const snippets = rows.map((row) => snippetOf([row.body_ja, row.body_en, row.heading_ja, row.heading_en], terms));
  const inData = rows.filter((_, index) => snippets[index] === null).map((row) => row.ref);
  const dataLines = new Map(
    readSectionsByRef(db, inData).map((stored) => [
      stored.ref,
      [...sectionDataLines(stored.section, 'ja'), ...sectionDataLines(stored.section, 'en')],
    ]),
  );
  const items = rows.map((row, index) => {
    const lines = dataLines.get(row.ref) ?? [];
    const snippet = snippets[index] ?? snippetOf(lines, terms) ?? openingOf(row.body_ja || row.body_en || lines[0] || '');
    return hitOf(row, snippet);
  });
  return { items, total, totalCapped, mode };
}
