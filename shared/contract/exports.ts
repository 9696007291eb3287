import { z } from 'zod';
import { isoDateField } from '../domain/incident-instant';
import { localizedText } from '../errors';
import { idField } from '../validation/fields';
import { read } from './define';

/**
 * Exports: a record rendered as a Word or PDF file that the caller saves (Electron's save dialog, a download in
 * browser mode, a file from the CLI). They are reads: an export changes no record, so it writes no audit row —
 * what was filed is recorded where it matters, when a notification is marked sent with the document's name.
 */
export const exportFormats = ['docx', 'pdf'] as const;
export const exportLangs = ['ja', 'en', 'both'] as const;
/** public_announcement: the website announcement used as the alternative measure to notice (Art. 26(2) proviso). */
export const incidentDocuments = ['ppc_preliminary', 'ppc_final', 'individuals_notice', 'public_announcement', 'summary'] as const;
export type IncidentDocument = (typeof incidentDocuments)[number];

const format = z.enum(exportFormats, { error: 'invalidChoice' });
const lang = z.enum(exportLangs, { error: 'invalidChoice' });

export const exportResult = z.object({
  /** e.g. 2026-12-29_速報_ECサイトのカード番号漏えい.pdf — safe as a file name on Windows, macOS and Linux. */
  fileName: z.string(),
  mimeType: z.string(),
  base64: z.string(),
  /** Known for PDF. */
  pageCount: z.number().int().optional(),
  /** Characters the PDF's fonts cannot draw, printed as 〓 / □ instead (emoji, rare kanji); empty for Word. */
  replacedCharacters: z.array(z.string()),
  /**
   * What the user must see before saving the file (the export dialog shows them; the CLI prints them on stderr):
   * e.g. a 速報 draft for an incident judged not reportable, a 確報 with items still unknown. Absent or empty: none.
   */
  warnings: z.array(localizedText).optional(),
});
export type ExportResult = z.output<typeof exportResult>;

export const incidentExportInput = z
  .object({
    incidentId: idField,
    document: z.enum(incidentDocuments, { error: 'invalidChoice' }),
    format,
    lang: lang.default('ja'),
    /** Dates with the Japanese era as well: 2026年（令和8年）12月28日. */
    era: z.boolean().default(false),
    /**
     * A 速報 or 確報: the notification to export. Sent, it is the document as filed (frozen when marked sent),
     * whatever changed later; unsent, a draft from today's record. Left out: the latest sent one, else a draft.
     */
    notificationId: idField.optional(),
  })
  .strict();

export const timingExportInput = z
  .object({
    from: isoDateField,
    to: isoDateField,
    companyId: idField.optional(),
    format,
    lang: lang.default('ja'),
    era: z.boolean().default(false),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.to < value.from) ctx.addIssue({ code: 'custom', message: 'dateOrder', path: ['to'] });
  });

export const policyExportInput = z
  .object({
    policyId: idField,
    /** A version of the policy; default its current one (the latest published, else the draft). */
    versionId: idField.optional(),
    format,
    lang: lang.default('ja'),
    /** For a bilingual export: Japanese then English, or side by side per article. */
    layout: z.enum(['sequential', 'columns'], { error: 'invalidChoice' }).default('sequential'),
    era: z.boolean().default(false),
    /** The contents page: 'auto' only for a long policy (12 articles or more, or about six pages of text). */
    contents: z.enum(['auto', 'always', 'never'], { error: 'invalidChoice' }).default('auto'),
    /** Word: article numbers from Word's own numbering, so that an article inserted in Word renumbers the rest. */
    wordNumbering: z.boolean().default(false),
  })
  .strict();

/** The registers of issue 14, each exported whole for one company (main/core/exports/registers/). */
export const registerKinds = ['inventory', 'entrustees', 'requests', 'provisions'] as const;
export type RegisterKind = (typeof registerKinds)[number];
export const registerFormats = ['xlsx', 'docx', 'pdf'] as const;

export const registerExportInput = z
  .object({
    register: z.enum(registerKinds, { error: 'invalidChoice' }),
    companyId: idField,
    format: z.enum(registerFormats, { error: 'invalidChoice' }),
    lang: lang.default('ja'),
    era: z.boolean().default(false),
  })
  .strict()
  .superRefine((value, ctx) => {
    // A sheet has one header row, so one language.
    if (value.format === 'xlsx' && value.lang === 'both') ctx.addIssue({ code: 'custom', message: 'xlsxOneLanguage', path: ['lang'] });
  });

export const exportsContract = {
  'exports.incident': read(incidentExportInput, exportResult, { ja: 'インシデントの文書を書き出す', en: 'Export an incident document' }),
  'exports.timing': read(timingExportInput, exportResult, { ja: '期限遵守状況を書き出す', en: 'Export the notification timing report' }),
  'exports.policy': read(policyExportInput, exportResult, { ja: 'ポリシーを書き出す', en: 'Export a policy' }),
  'exports.register': read(registerExportInput, exportResult, { ja: '台帳を書き出す', en: 'Export a register' }),
};
