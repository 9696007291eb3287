import { z } from 'zod';
import { isValidCivilDate } from '../appi/civil-date';
import { urlField } from '../validation/fields';
import { refuseUnsafeCharacters } from '../validation/text-safety';
import { personCategories, policyKinds, requestKinds, type SectionKind } from './vocabulary';

/**
 * A policy as data: an ordered list of sections, each with a kind from the fixed vocabulary, bilingual heading
 * and prose, and — where the law asks for particular items — structured fields (discriminated by `kind`).
 * Structured data is the source of truth for those items; the prose around it is free. Optional text is ''
 * (never null), like every other entity of the workbench.
 */
export const MAX_HEADING = 500;
export const MAX_BODY = 200_000;
export const MAX_ITEM = 4_000;

// Control, bidi-override and broken characters are refused here as in every other text field (text-safety.ts).
const text = (max: number) => z.string().superRefine(refuseUnsafeCharacters).max(max, { error: 'tooLong' }).default('');

/** 'YYYY-MM-DD' (a real calendar date) or '' when not set. */
export const optionalDate = z
  .string()
  .default('')
  .refine((value) => {
    if (value === '') return true;
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    return match !== null && isValidCivilDate({ year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) });
  }, { error: 'invalidType' });

const deskIds = z.array(z.number().int().positive({ error: 'positiveId' })).max(20, { error: 'tooMany' }).default([]);

/**
 * How a section is numbered: 'auto' — 第N条 / Article N by its place among the numbered sections (templates, new
 * sections); 'as_written' — the number its heading carries as imported (第6条, Article 3, 1., （1）), kept so that
 * the document's own cross-references stay true; 'none' — unnumbered (a preamble). The heading keeps its number
 * in the text either way, so switching between auto and as written loses nothing (shared/policy/article-heading.ts).
 */
export const sectionNumberings = ['auto', 'as_written', 'none'] as const;
export type SectionNumbering = (typeof sectionNumberings)[number];

const base = {
  id: z.string().trim().superRefine(refuseUnsafeCharacters).min(1, { error: 'required' }).max(100, { error: 'tooLong' }),
  headingJa: text(MAX_HEADING),
  headingEn: text(MAX_HEADING),
  bodyJa: text(MAX_BODY),
  bodyEn: text(MAX_BODY),
  numbering: z.enum(sectionNumberings, { error: 'invalidChoice' }).default('auto'),
};

/** Kinds whose content is prose only. */
export const proseKinds = [
  'basic_policy_statement',
  'definitions',
  'information_collected',
  'collection_methods',
  'consent_items',
  'third_party_provision',
  'outsourcing',
  'security_measures',
  'cookies',
  'ai_processing',
  'incident_response',
  'custom',
] as const satisfies readonly SectionKind[];

const proseSection = z.object({ ...base, kind: z.enum(proseKinds) }).strict();

/** One purpose of use (Art. 17(1)), optionally for one category of persons; null category = everyone. */
export const purposeRow = z
  .object({
    category: z.enum(personCategories, { error: 'invalidChoice' }).nullable().default(null),
    purposeJa: text(MAX_ITEM),
    purposeEn: text(MAX_ITEM),
  })
  .strict();

const purposesSection = z
  .object({ ...base, kind: z.literal('purposes_of_use'), rows: z.array(purposeRow).max(500, { error: 'tooMany' }).default([]) })
  .strict();

/** The items Art. 27(5)(iii) requires to be stated in advance for joint use. */
const jointUseSection = z
  .object({
    ...base,
    kind: z.literal('joint_use'),
    jointItemsJa: text(MAX_ITEM),
    jointItemsEn: text(MAX_ITEM),
    jointUsersJa: text(MAX_ITEM),
    jointUsersEn: text(MAX_ITEM),
    jointPurposesJa: text(MAX_ITEM),
    jointPurposesEn: text(MAX_ITEM),
    responsibleNameJa: text(MAX_ITEM),
    responsibleNameEn: text(MAX_ITEM),
    responsibleAddressJa: text(MAX_ITEM),
    responsibleAddressEn: text(MAX_ITEM),
    responsibleRepresentativeJa: text(MAX_ITEM),
    responsibleRepresentativeEn: text(MAX_ITEM),
  })
  .strict();

/** Where data goes abroad and what the individual is told (Art. 28(2); Rule Art. 17(2)). */
export const crossBorderDestination = z
  .object({
    countryJa: text(MAX_ITEM),
    countryEn: text(MAX_ITEM),
    regimeJa: text(MAX_ITEM),
    regimeEn: text(MAX_ITEM),
    measuresJa: text(MAX_ITEM),
    measuresEn: text(MAX_ITEM),
  })
  .strict();

const crossBorderSection = z
  .object({
    ...base,
    kind: z.literal('cross_border'),
    destinations: z.array(crossBorderDestination).max(100, { error: 'tooMany' }).default([]),
  })
  .strict();

/** One external transmission (Telecommunications Business Act Art. 27-12): what is sent, to whom, why. */
export const transmissionRow = z
  .object({
    tool: text(200),
    recipient: text(400),
    dataSentJa: text(MAX_ITEM),
    dataSentEn: text(MAX_ITEM),
    purposeJa: text(MAX_ITEM),
    purposeEn: text(MAX_ITEM),
    optOutUrl: urlField,
  })
  .strict();

const externalTransmissionSection = z
  .object({
    ...base,
    kind: z.literal('external_transmission'),
    transmissions: z.array(transmissionRow).max(200, { error: 'tooMany' }).default([]),
  })
  .strict();

/** How requests are made and what they cost (Art. 32(1)(iii), 37, 38). `feeYen` null = no fee. */
const requestSection = z
  .object({
    ...base,
    kind: z.literal('request_procedures'),
    requestKinds: z.array(z.enum(requestKinds, { error: 'invalidChoice' })).max(requestKinds.length).default([]),
    methodJa: text(MAX_ITEM),
    methodEn: text(MAX_ITEM),
    identityDocumentsJa: text(MAX_ITEM),
    identityDocumentsEn: text(MAX_ITEM),
    feeYen: z.number().int({ error: 'invalidType' }).nonnegative({ error: 'invalidType' }).max(1_000_000).nullable().default(null),
  })
  .strict();

/** Desks are linked by id (the desk record stays the one source of its contact details), never copied. */
const deskSection = z
  .object({ ...base, kind: z.enum(['complaint_desk', 'authorized_organization', 'contact']), deskIds })
  .strict();

const revisionsSection = z
  .object({
    ...base,
    kind: z.literal('revisions'),
    establishedOn: optionalDate,
    effectiveOn: optionalDate,
    revisedOn: z.array(optionalDate).max(100, { error: 'tooMany' }).default([]),
  })
  .strict();

export const policySection = z.discriminatedUnion('kind', [
  proseSection,
  purposesSection,
  jointUseSection,
  crossBorderSection,
  externalTransmissionSection,
  requestSection,
  deskSection,
  revisionsSection,
]);
export type PolicySection = z.output<typeof policySection>;
export type PolicySectionInput = z.input<typeof policySection>;
type Narrow<S, K> = S extends { kind: infer SK } ? (K extends SK ? Omit<S, 'kind'> & { kind: K } : never) : never;
/** The section type of one kind (kinds sharing a schema, like the desk sections, narrowed to that kind). */
export type SectionOf<K extends SectionKind> = Narrow<PolicySection, K>;
/** What may be given for a section of one kind (defaults filled in by the schema). */
export type SectionFields<K extends SectionKind> = Partial<Omit<Narrow<PolicySectionInput, K>, 'kind' | 'id'>>;
export type PurposeRow = z.output<typeof purposeRow>;
export type TransmissionRow = z.output<typeof transmissionRow>;
export type CrossBorderDestination = z.output<typeof crossBorderDestination>;

export const policyDocument = z
  .object({
    kind: z.enum(policyKinds, { error: 'invalidChoice' }),
    titleJa: text(MAX_HEADING),
    titleEn: text(MAX_HEADING),
    sections: z.array(policySection).max(300, { error: 'tooMany' }).default([]),
  })
  .strict()
  .superRefine((value, ctx) => {
    const seen = new Set<string>();
    value.sections.forEach((section, index) => {
      if (seen.has(section.id)) ctx.addIssue({ code: 'custom', message: 'invalidType', path: ['sections', index, 'id'] });
      seen.add(section.id);
    });
  });
export type PolicyDocument = z.output<typeof policyDocument>;
export type PolicyDocumentInput = z.input<typeof policyDocument>;

/** A section of `kind` with every field at its default, then `fields` applied (validated). */
export function makeSection<K extends SectionKind>(kind: K, id: string, fields: SectionFields<K> = {}): SectionOf<K> {
  return policySection.parse({ ...fields, kind, id }) as SectionOf<K>;
}
