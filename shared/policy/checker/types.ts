import type { Citation } from '../../appi/citations';
import type { DeskKind } from '../../domain/desk';
import type { LocalizedText } from '../../errors';
import type { PolicySection } from '../model';

/**
 * What the policy checker (appi.md §5) takes and gives. It is advice for the manager, not a legal opinion: each
 * result names its source, says in both languages what was found, points at the sections that carry it and adds
 * the warnings a careful reviewer would give.
 */
export const ruleIds = [
  'business-identity',
  'purposes',
  'requests-procedure',
  'request-fee',
  'security-measures',
  'complaint-desk',
  'authorized-organization',
  'third-party',
  'joint-use',
  'cross-border',
  'sensitive-consent',
  'external-transmission',
  'revisions',
  // Added with the completed rule set of appi.md §5 (ids above stay as they were).
  'opt-out',
  'changed-purposes',
  'pseudonymised-anonymised',
] as const;
export type RuleId = (typeof ruleIds)[number];

export type RuleStatus = 'met' | 'missing' | 'na';

/**
 * appi.md §5: a required matter is one the law says must be made known (only these block publishing); a
 * recommended one is good practice or a conduct rule the policy need not state. "Required when used" rules are
 * required and answer "not applicable" (with the reason) when the policy gives no sign of the practice.
 */
export const ruleLevels = ['required', 'recommended'] as const;
export type RuleLevel = (typeof ruleLevels)[number];

/** A sentence of the policy that meets the rule (or that a finding is about), with the article it sits in. */
export interface Evidence {
  /** The article as the policy numbers it, in the quote's language: 「第6条」, "Article 6", 「前文」 / "Preamble". */
  readonly article: string;
  /** The sentence as written (not normalised), shortened with … when very long. */
  readonly quote: string;
  readonly sectionId: string;
}

export interface CheckerWarning {
  readonly code: string;
  readonly message: LocalizedText;
  /** The section the warning is about, or null when it concerns the policy as a whole. */
  readonly sectionId: string | null;
}

export interface RuleResult {
  readonly id: RuleId;
  readonly level: RuleLevel;
  readonly status: RuleStatus;
  readonly citation: Citation;
  readonly message: LocalizedText;
  readonly sectionIds: string[];
  /** The sentences that meet the rule; for a missing rule, those that came close (a heading with nothing under it). */
  readonly evidence: Evidence[];
  /** When nothing (or not everything) was found: what the checker looked for, so "not found" is not read as "none". */
  readonly lookedFor: LocalizedText | null;
  readonly warnings: CheckerWarning[];
}

/** The company record's fields the checker reads (a `Company` from shared/domain fits). */
export interface CheckerCompany {
  readonly legalNameJa?: string;
  readonly legalNameEn?: string;
  readonly postalCode?: string;
  readonly addressJa?: string;
  readonly addressEn?: string;
  readonly representativeNameJa?: string;
  readonly representativeNameEn?: string;
  readonly authorizedOrgMember?: boolean;
  readonly authorizedOrgNameJa?: string;
  readonly authorizedOrgNameEn?: string;
  /** Only a corporation must name its representative (Art. 32(1)(i)); inferred from the legal name when absent. */
  readonly isCorporation?: boolean;
}

/** The contact fields of a linked desk (a `Desk` from shared/domain fits). */
export interface CheckerDesk {
  readonly id: number;
  readonly kind?: DeskKind;
  readonly nameJa?: string;
  readonly nameEn?: string;
  readonly phones?: readonly { readonly number: string }[];
  readonly email?: string;
  readonly postalCode?: string;
  readonly addressJa?: string;
  readonly addressEn?: string;
  readonly inquiryFormUrl?: string;
}

/** What the business does; each fact not given is inferred from the policy's own sections. */
export interface CheckerFacts {
  readonly jointUse?: boolean;
  readonly crossBorder?: boolean;
  readonly externalTools?: boolean;
  readonly sensitive?: boolean;
  /** Personal data provided to third parties by opt-out (Art. 27(2)). */
  readonly optOut?: boolean;
  /** Pseudonymised or anonymised information produced (Art. 41, 43). */
  readonly processedInformation?: boolean;
  /** The purposes of use differ from the published version (Art. 21(3)). */
  readonly purposesChanged?: boolean;
}

export interface CheckerInput {
  readonly sections: readonly PolicySection[];
  /** The sections of the version in force (the latest published), to see whether the purposes of use changed. */
  readonly previousSections?: readonly PolicySection[];
  readonly company?: CheckerCompany;
  readonly desks?: readonly CheckerDesk[];
  readonly facts?: CheckerFacts;
  /**
   * The effective dates of the versions published so far ('YYYY-MM-DD', oldest first; for a published version,
   * up to it): with the dates the revisions article states for the time before, the history the document prints.
   * A date in the text that contradicts it is flagged. Unknown (the caller did not say): nothing is compared.
   */
  readonly history?: readonly string[];
  /** The company's inventory, to warn of purposes, joint use or provision abroad the policy does not state. */
  readonly inventory?: CheckerInventory;
}

export interface ResolvedFact {
  readonly value: boolean;
  /** True when the value came from the policy's text rather than from the caller. */
  readonly inferred: boolean;
}

/**
 * What the company's personal-data inventory (個人情報管理台帳) holds that the policy must state (issue 14 item 5):
 * its purposes of use, and the entries used jointly or provided abroad.
 */
export interface CheckerInventory {
  readonly purposes: readonly { readonly purpose: string; readonly entryName: string }[];
  readonly jointUse: readonly { readonly entryName: string; readonly note: string }[];
  readonly abroad: readonly { readonly entryName: string; readonly note: string }[];
}

export interface ResolvedFacts {
  readonly jointUse: ResolvedFact;
  readonly crossBorder: ResolvedFact;
  readonly externalTools: ResolvedFact;
  readonly sensitive: ResolvedFact;
  readonly optOut: ResolvedFact;
  readonly processedInformation: ResolvedFact;
  readonly purposesChanged: ResolvedFact;
}
