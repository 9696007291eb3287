import { z } from 'zod';
import { ruleIds } from '../policy/checker/types';
import { policySection } from '../policy/model';
import { idField, isoTimestamp, MAX_LONG, optionalText, revisionField } from '../validation/fields';
import { isoDateField } from './incident-instant';

/**
 * A version of a policy: a draft while it is edited, then published with an effective date and a change summary.
 * A published version is immutable — the schema refuses any change to it or its sections (architecture rule 6) —
 * so what a business published on a date stays provable. Each policy has at most one draft.
 */
export const versionStatuses = ['draft', 'published'] as const;
export type VersionStatus = (typeof versionStatuses)[number];

export const MAX_SECTIONS = 300;

/** The ordered sections of a version; section ids are unique in it (they match sections across versions). */
export const sectionList = z
  .array(policySection)
  .max(MAX_SECTIONS, { error: 'tooMany' })
  .superRefine((sections, ctx) => {
    const seen = new Set<string>();
    sections.forEach((section, index) => {
      if (seen.has(section.id)) ctx.addIssue({ code: 'custom', message: 'duplicateSectionId', path: [index, 'id'] });
      seen.add(section.id);
    });
  });

export const policyVersionSummary = z.object({
  id: z.number().int(),
  policyId: z.number().int(),
  /** 1, 2, 3 … per policy; the draft has the next number. */
  number: z.number().int(),
  status: z.enum(versionStatuses),
  /** 'YYYY-MM-DD'; '' while a draft has none. */
  effectiveOn: z.string(),
  changeSummaryJa: z.string(),
  changeSummaryEn: z.string(),
  /** The checker's `missing` rules the publisher confirmed and published anyway. */
  acknowledgedRuleIds: z.array(z.enum(ruleIds)),
  /** The published version a draft was started from (null for the first). */
  basedOnVersionId: z.number().int().nullable(),
  sectionCount: z.number().int(),
  /** The draft's revision for optimistic concurrency; frozen once published. */
  revision: z.number().int(),
  publishedAt: isoTimestamp.nullable(),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
});
export type PolicyVersionSummary = z.output<typeof policyVersionSummary>;

export const policyVersion = policyVersionSummary.extend({ sections: z.array(policySection) });
export type PolicyVersion = z.output<typeof policyVersion>;

/** Autosave sends the whole ordered list; an unchanged list writes nothing. */
export const draftSaveInput = z.object({ versionId: idField, revision: revisionField, sections: sectionList }).strict();
export type DraftSaveInput = z.output<typeof draftSaveInput>;

export const draftSaveResult = z.object({
  version: policyVersionSummary,
  /** False when the list equalled the stored draft: nothing was written, no audit row. */
  changed: z.boolean(),
});

export const publishInput = z
  .object({
    versionId: idField,
    revision: revisionField,
    effectiveOn: isoDateField,
    changeSummaryJa: optionalText(MAX_LONG),
    changeSummaryEn: optionalText(MAX_LONG),
    /** Publish although the checker reports required matters missing (the user confirmed its warnings). */
    acknowledgeWarnings: z.boolean().default(false),
  })
  .strict();
export type PublishInput = z.output<typeof publishInput>;
