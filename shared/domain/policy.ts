import { z } from 'zod';
import { MAX_HEADING, optionalDate } from '../policy/model';
import { templateIds } from '../policy/templates';
import { policyKinds } from '../policy/vocabulary';
import { idField, isoTimestamp, optionalText, revisionField } from '../validation/fields';
import { refuseUnsafeCharacters } from '../validation/text-safety';
import { policyVersion, policyVersionSummary, sectionList } from './policy-version';

/**
 * A policy of a company (appi.md §5): its kind and title, and its versions. The content lives in the versions
 * (policy-version.ts); the policy row holds only what does not change from one version to the next.
 * `policyKind` is named apart from a section's `kind` so that a message names the right field.
 */
export const policyKindField = z.enum(policyKinds, { error: 'invalidChoice' });
const title = optionalText(MAX_HEADING);

export const policyCreateInput = z
  .object({
    companyId: idField,
    /** A starting text from the clause library (shared/policy/templates.ts), filled from the company and its desks. */
    templateId: z.enum(templateIds, { error: 'invalidChoice' }).nullable().default(null),
    /** Defaults to the template's kind, else a privacy policy. */
    policyKind: policyKindField.optional(),
    /** Default: the template's title, else the kind's name. */
    titleJa: z.string().trim().superRefine(refuseUnsafeCharacters).max(MAX_HEADING, { error: 'tooLong' }).optional(),
    titleEn: z.string().trim().superRefine(refuseUnsafeCharacters).max(MAX_HEADING, { error: 'tooLong' }).optional(),
    /** The sections to start from (imported or written elsewhere); empty with no template = an empty draft. */
    sections: sectionList.default([]),
    // Facts a template writes into its sections; without a template they are ignored.
    serviceNameJa: optionalText(),
    serviceNameEn: optionalText(),
    /** Fee per request (Art. 38(1)); null = no fee. */
    requestFeeYen: z.number().int({ error: 'wholeNumber' }).min(0, { error: 'wholeNumber' }).max(1_000_000).nullable().default(null),
    establishedOn: optionalDate,
    effectiveOn: optionalDate,
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.templateId !== null && value.sections.length > 0) {
      ctx.addIssue({ code: 'custom', message: 'templateOrSections', path: ['sections'] });
    }
  });
export type PolicyCreateInput = z.input<typeof policyCreateInput>;
export type PolicyCreateValues = z.output<typeof policyCreateInput>;

export const policyUpdateInput = z
  .object({ id: idField, revision: revisionField, policyKind: policyKindField, titleJa: title, titleEn: title })
  .strict();
export type PolicyUpdateValues = z.output<typeof policyUpdateInput>;

/** A policy in the list: its latest published version and whether a draft is open. */
export const policySummary = z.object({
  id: z.number().int(),
  companyId: z.number().int(),
  companyName: z.string(),
  kind: z.enum(policyKinds),
  titleJa: z.string(),
  titleEn: z.string(),
  revision: z.number().int(),
  draftVersionId: z.number().int().nullable(),
  latestPublished: z
    .object({ versionId: z.number().int(), number: z.number().int(), effectiveOn: z.string(), publishedAt: isoTimestamp })
    .nullable(),
  versionCount: z.number().int(),
  createdAt: isoTimestamp,
  /** The latest change to the policy or any of its versions. */
  updatedAt: isoTimestamp,
});
export type PolicySummary = z.output<typeof policySummary>;

/** What the editor opens: the policy, every version's summary, and the draft (or else the latest published). */
export const policyDetail = policySummary.extend({
  versions: z.array(policyVersionSummary),
  current: policyVersion,
});
export type PolicyDetail = z.output<typeof policyDetail>;

/** Revision history (制定 / 改定), generated from the published versions in order. */
export const revisionEntry = z.object({
  /** null (and number 0): a date the policy states for the time before it was kept here. */
  versionId: z.number().int().nullable(),
  number: z.number().int(),
  event: z.enum(['established', 'revised']),
  effectiveOn: z.string(),
  publishedAt: isoTimestamp.nullable(),
  changeSummaryJa: z.string(),
  changeSummaryEn: z.string(),
  /** 「2025年4月1日 制定」 / "Established April 1, 2025", as a policy prints it. */
  text: z.object({ ja: z.string(), en: z.string() }),
});
export type RevisionEntry = z.output<typeof revisionEntry>;
