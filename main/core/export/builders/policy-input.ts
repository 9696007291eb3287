import type { Company } from '../../../../shared/domain/company';
import type { Desk } from '../../../../shared/domain/desk';
import type { PolicySection } from '../../../../shared/policy/model';
import type { PolicyKind } from '../../../../shared/policy/vocabulary';
import type { DocumentLang, IsoDate } from '../model';

/**
 * What the policy builder reads: one version's sections as shared/policy models them, the company, the desks
 * the sections link, and the revision history — plain objects, so the builder does not depend on the store.
 */
export interface PolicyRevision {
  event: 'established' | 'revised';
  /** 'YYYY-MM-DD'. */
  effectiveOn: string;
  changeSummaryJa: string;
  changeSummaryEn: string;
}

export interface PolicyExportInput {
  kind: PolicyKind;
  titleJa: string;
  titleEn: string;
  sections: readonly PolicySection[];
  company: Company;
  /** Every desk a section links (by id); a link to a desk not given here prints as missing. */
  desks: readonly Desk[];
  /** The version's effective date ('' for a draft without one). */
  effectiveOn: string;
  revisions: readonly PolicyRevision[];
  /** A draft version: printed with 下書き / DRAFT on every page, its gaps marked 未記入; published, gaps are left out. */
  draft?: boolean;
}

export interface PolicyBuildOptions {
  lang: DocumentLang;
  /** For a bilingual document: Japanese then English ('sequential'), or side by side per article ('columns'). */
  layout?: 'sequential' | 'columns';
  era?: boolean;
  today: IsoDate;
  /**
   * The contents page: 'auto' (default) only for a long policy — 12 articles or more, or text that fills about six
   * pages (policyContents) — 'always' or 'never'.
   */
  contents?: PolicyContents;
  /** Word: article numbers from Word's own numbering on the article heading style (ExportDocument.wordNumbering). */
  wordNumbering?: boolean;
}

export const policyContentsChoices = ['auto', 'always', 'never'] as const;
export type PolicyContents = (typeof policyContentsChoices)[number];
