import { z } from 'zod';
import { policyKinds, sectionKinds } from '../policy/vocabulary';
import { idField } from '../validation/fields';
import { versionStatuses } from './policy-version';

/**
 * Full-text search over the headings, prose and structured data of every section of every version, ja and en.
 * Words of three or more characters go through the FTS5 trigram index; shorter ones (「目的」), which a trigram
 * index cannot look up, through the short-word index (main/core/store/policies-short-words.ts).
 */
export const TRIGRAM = 3;

export const policySearchInput = z
  .object({
    query: z.string().trim().min(1, { error: 'required' }).max(200, { error: 'tooLong' }),
    companyId: idField.optional(),
    policyId: idField.optional(),
    limit: z.number().int().min(1).max(200).default(50),
    offset: z.number().int().min(0).default(0),
  })
  .strict();
export type PolicySearchValues = z.output<typeof policySearchInput>;

/** A piece of the snippet; `match` pieces are the searched words (rendered highlighted, never as HTML). */
export const snippetPart = z.object({ text: z.string(), match: z.boolean() });
export type SnippetPart = z.output<typeof snippetPart>;

export const policySearchHit = z.object({
  policyId: z.number().int(),
  policyKind: z.enum(policyKinds),
  policyTitleJa: z.string(),
  policyTitleEn: z.string(),
  companyId: z.number().int(),
  companyName: z.string(),
  versionId: z.number().int(),
  versionNumber: z.number().int(),
  versionStatus: z.enum(versionStatuses),
  sectionId: z.string(),
  sectionKind: z.enum(sectionKinds),
  /** Zero-based: the article number is position + 1. */
  position: z.number().int(),
  headingJa: z.string(),
  headingEn: z.string(),
  snippet: z.array(snippetPart),
});
export type PolicySearchHit = z.output<typeof policySearchHit>;

export const policySearchResult = z.object({
  items: z.array(policySearchHit),
  /** Exact up to the search's count cap (1,000); past it `totalCapped` and total = the cap ("1,000+"). */
  total: z.number().int(),
  totalCapped: z.boolean(),
  /** 'fts' when the trigram index answered; 'like' when every word was shorter than three characters. */
  mode: z.enum(['fts', 'like']),
});
export type PolicySearchResult = z.output<typeof policySearchResult>;
