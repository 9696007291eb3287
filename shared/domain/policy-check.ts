import { z } from 'zod';
import { localizedText } from '../errors';
import { ruleIds, ruleLevels } from '../policy/checker/types';
import { idField } from '../validation/fields';
import { sectionList } from './policy-version';

/**
 * The checker (shared/policy/checker, the rules of appi.md §5) as an operation: for a stored version, or for the
 * editor's unsaved sections, with the policy's company and the desks its sections link as context. Guidance for
 * the manager, not a legal opinion — the UI says so beside the results.
 */
export const policyCheckInput = z
  .object({
    policyId: idField,
    /** A version of that policy; without it (and without sections), the draft or else the latest published. */
    versionId: idField.optional(),
    /** Unsaved sections (the editor's current text); checked instead of any stored version. */
    sections: sectionList.optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.versionId !== undefined && value.sections !== undefined) {
      ctx.addIssue({ code: 'custom', message: 'versionOrSections', path: ['sections'] });
    }
  });
export type PolicyCheckValues = z.output<typeof policyCheckInput>;

const citation = z.object({ article: z.string(), ja: z.string(), en: z.string() });

/** A quoted sentence and the article it sits in (「第6条」 / "Article 6" / 前文), with its section for the editor. */
const evidence = z.object({ article: z.string(), quote: z.string(), sectionId: z.string() });

export const ruleResultSchema = z.object({
  id: z.enum(ruleIds),
  /** Only a required rule that is missing blocks publishing (appi.md §5). */
  level: z.enum(ruleLevels),
  status: z.enum(['met', 'missing', 'na']),
  citation,
  message: localizedText,
  /** The sections that meet the rule (or that the warnings are about), in policy order. */
  sectionIds: z.array(z.string()),
  /** The sentences that meet it; for a missing rule, what came close. */
  evidence: z.array(evidence),
  /** What was looked for and not found (missing / not applicable); null when met. */
  lookedFor: localizedText.nullable(),
  warnings: z.array(z.object({ code: z.string(), message: localizedText, sectionId: z.string().nullable() })),
});

const resolvedFact = z.object({ value: z.boolean(), inferred: z.boolean() });

export const policyCheckResult = z.object({
  /** The version checked; null for unsaved sections. */
  versionId: z.number().int().nullable(),
  rules: z.array(ruleResultSchema),
  summary: z.object({
    total: z.number().int(),
    met: z.number().int(),
    missing: z.number().int(),
    na: z.number().int(),
    warnings: z.number().int(),
    /** Required rules missing: what publishing asks to acknowledge. */
    blocking: z.number().int(),
  }),
  /** What the rules took the business to do (joint use, provision abroad, external tools, sensitive data, …). */
  facts: z.object({
    jointUse: resolvedFact,
    crossBorder: resolvedFact,
    externalTools: resolvedFact,
    sensitive: resolvedFact,
    optOut: resolvedFact,
    processedInformation: resolvedFact,
    purposesChanged: resolvedFact,
  }),
});
export type PolicyCheckResult = z.output<typeof policyCheckResult>;
