import { z } from 'zod';
import { MAX_HEADING, policySection } from '../policy/model';
import { policyKinds } from '../policy/vocabulary';
import { idField, optionalText } from '../validation/fields';
import { policyKindField } from './policy';
import { sectionList } from './policy-version';

/**
 * Importing an existing policy: pasted text, or a .txt / .md / .docx file sent as base64 (the transports carry
 * JSON). The preview writes nothing; the user corrects the kinds and saves the sections as a new policy's draft.
 * Limits are checked on the encoded length, before anything is decoded, so a 20 MB file is refused at once.
 */
export const MAX_IMPORT_MB = 5;
export const MAX_IMPORT_BYTES = MAX_IMPORT_MB * 1024 * 1024;
/** Base64 is 4 characters per 3 bytes. */
export const MAX_IMPORT_BASE64 = Math.ceil(MAX_IMPORT_BYTES / 3) * 4;
export const importFileTypes = ['txt', 'md', 'docx'] as const;

function sizeLimit(max: number) {
  return (value: string, ctx: z.RefinementCtx) => {
    if (value.length > max) {
      // A too_big issue carries the limit in MB for the message ({max}), not the length of the encoding.
      ctx.addIssue({ code: 'too_big', origin: 'string', maximum: MAX_IMPORT_MB, inclusive: true, message: 'fileTooLarge', input: '' });
    }
  };
}

export const importPreviewInput = z
  .object({
    /** Decides how the bytes are read (.docx, else text); '' for pasted text. */
    fileName: optionalText(255),
    fileBase64: z.string().superRefine(sizeLimit(MAX_IMPORT_BASE64)).optional(),
    pastedText: z.string().superRefine(sizeLimit(MAX_IMPORT_BYTES)).optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    if ((value.fileBase64 === undefined) === (value.pastedText === undefined)) {
      ctx.addIssue({ code: 'custom', message: 'fileOrText', path: ['pastedText'] });
    }
  });
export type ImportPreviewValues = z.output<typeof importPreviewInput>;

const extracted = z.object({
  companyNames: z.array(z.string()),
  emails: z.array(z.string()),
  phones: z.array(z.string()),
  feesYen: z.array(z.number()),
  tools: z.array(z.string()),
  countries: z.array(z.string()),
  urls: z.array(z.string()),
});

export const importedSection = z.object({
  section: policySection,
  /** 0..1: how sure the classifier is of the kind (the UI asks the user to look at low ones). */
  confidence: z.number(),
  language: z.enum(['ja', 'en']),
  firstLine: z.number().int(),
  lastLine: z.number().int(),
  extracted,
});

export const importPreview = z.object({
  format: z.enum(['text', ...importFileTypes]),
  /** How the bytes were decoded; null for pasted text. */
  encoding: z.enum(['utf-8', 'utf-16le', 'utf-16be', 'shift_jis']).nullable(),
  language: z.enum(['ja', 'en']),
  lineCount: z.number().int(),
  sections: z.array(importedSection),
  extracted,
  /** A title read from the document's first line (or the kind's name), for the new policy. */
  suggestedTitle: z.object({ ja: z.string(), en: z.string() }),
  suggestedKind: z.enum(policyKinds),
});
export type ImportPreview = z.output<typeof importPreview>;

export const importSaveInput = z
  .object({
    companyId: idField,
    policyKind: policyKindField.default('privacy_policy'),
    titleJa: optionalText(MAX_HEADING),
    titleEn: optionalText(MAX_HEADING),
    sections: sectionList.refine((sections) => sections.length > 0, { error: 'required' }),
  })
  .strict();
export type ImportSaveValues = z.output<typeof importSaveInput>;
