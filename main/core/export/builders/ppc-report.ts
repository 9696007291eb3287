import { buildPpcForm, type PpcForm, type PpcFormField } from '../../../../shared/report/ppc-form';
import type { PpcFieldKey, PpcSectionKey } from '../../../../shared/report/ppc-form-fields';
import type { PpcStage } from '../../../../shared/report/ppc-form-source';
import type { Block, ExportDocument, Inline, KeyValueBlock, Lang, Run } from '../model';
import { documentOf } from './documents';
import type { BuildOptions } from './record';
import type { PpcReportInput } from './report-input';
import { reportItemLabels } from './report-items';
import { eraOf, headerLang, instantText } from './text';
import { words } from './words';

/**
 * The report to the PPC (or the ministry it delegated to), 速報 or 確報 (APPI Art. 26(1); Rule Art. 8): the fields
 * the PPC form asks for, from the same model as the PPC form helper (shared/report/ppc-form.ts) so both say the same —
 * the reporter, the kind of report and event, the dates with 発見者 and 発覚の経緯, the medium and the entrustor /
 * entrustee — then the nine items of Rule Art. 8(1) in the article's wording, each once, items 5–7 starting with
 * their choice. What is not known yet reads 調査中 / 確認中, never a blank. Only the reporter's statements: the
 * tool's own reasoning (verdict, triggers' reasons, deadlines) stays in the internal summary.
 *
 * A 確報 starts from the 速報's answers (a field the record no longer has keeps what the 速報 said), marks the
 * items that changed, and lists the changes. A draft (not yet sent) carries 案 / DRAFT on every page.
 */
export type { PpcStage };

const heading = (n: number, text: string, lang: Lang): Block => ({ type: 'heading', level: 1, label: `${n}.`, labelStyle: 'plain', text, lang });

/** The sub-parts of an item, printed after a short label (item 5's 有無 and 内容, …); the first part of an item has none. */
const partLabel: Partial<Record<PpcFieldKey, 'sensitivePart' | 'presencePart' | 'contentPart' | 'statusPart' | 'otherBodiesPart'>> = {
  sensitiveIncluded: 'sensitivePart',
  secondaryDamage: 'presencePart',
  secondaryDamageDetail: 'contentPart',
  responseStatus: 'statusPart',
  responseDetail: 'contentPart',
  publicationStatus: 'statusPart',
  publicationDetail: 'contentPart',
  otherBodies: 'otherBodiesPart',
};

const instantFields: Partial<Record<PpcFieldKey, 'occurredAt' | 'discoveredAt' | 'knownAt'>> = {
  occurredAt: 'occurredAt',
  discoveredAt: 'discoveredAt',
  knownAt: 'knownAt',
};

interface Context {
  input: PpcReportInput;
  form: PpcForm;
  lang: Lang;
  options: BuildOptions;
}

/** A field's value in the document's language; dates in the documents' own style (with the era when asked). */
function valueOf(field: PpcFormField, ctx: Context): string {
  const { input, lang } = ctx;
  const era = eraOf(ctx.options.era);
  const instantKey = instantFields[field.key];
  if (instantKey && field.status === 'given' && !field.carriedFromFiled) {
    const instant = input.incident[instantKey];
    if (instant) return instantText(instant, lang, era);
  }
  if (field.key === 'preliminarySentAt') {
    const sent = lastPreliminary(input);
    if (sent?.sentAt) return instantText(sent.sentAt, lang, era);
  }
  return field.value[lang];
}

function lastPreliminary(input: PpcReportInput) {
  return input.notifications
    .filter((n) => n.notificationKind === 'ppc_preliminary' && n.sentAt !== null && n.correctedBy === null && !n.combinedWithPreliminary)
    .at(-1);
}

/**
 * Changed since the 速報 in this document's language: the model compares both languages at once, so a Japanese-only
 * edit (the company's Japanese name) must not mark the English report, where the text reads the same.
 */
const changedIn = (field: PpcFormField, lang: Lang) =>
  field.changedSinceFiled === true && (!field.filed || field.filed.status !== field.status || field.filed.value[lang] !== field.value[lang]);

const changed = (fields: readonly PpcFormField[], lang: Lang) => fields.some((field) => changedIn(field, lang));

function label(text: string, fields: readonly PpcFormField[], lang: Lang): Inline {
  if (!changed(fields, lang)) return text;
  return [{ text }, { text: words(lang).changedMark, bold: true }];
}

function sectionRows(ctx: Context, section: PpcSectionKey): KeyValueBlock['rows'] {
  const fields = ctx.form.sections.find((s) => s.key === section)?.fields ?? [];
  return fields.map((field) => ({ label: label(field.label[ctx.lang], [field], ctx.lang), value: valueOf(field, ctx) }));
}

/** One row per item of Rule Art. 8(1): its official wording and citation, then its parts (a choice before its text). */
function itemRows(ctx: Context): KeyValueBlock['rows'] {
  const w = words(ctx.lang);
  const fields = ctx.form.sections.find((s) => s.key === 'items')?.fields ?? [];
  const itemFields = Object.keys(reportItemLabels) as (keyof typeof reportItemLabels)[];
  return itemFields.map((itemField, index) => {
    const n = index + 1;
    const parts = fields.filter((field) => field.item === n);
    const value: Run[] = [];
    for (const part of parts) {
      if (value.length > 0) value.push({ text: '\n' });
      const prefix = partLabel[part.key];
      if (prefix) value.push({ text: `${w[prefix]}${w.colon}`, bold: true });
      value.push({ text: valueOf(part, ctx) });
    }
    const title = w.itemLabel(n, reportItemLabels[itemField][ctx.lang]);
    const mark = changed(parts, ctx.lang) ? [{ text: w.changedMark, bold: true }] : [];
    return { label: [{ text: title, bold: true }, ...mark, { text: `\n${w.citationNote(n)}` }], value };
  });
}

const SHORT = 60;
const shortened = (text: string) => {
  const flat = text.replace(/\s*\n\s*/g, ' ');
  return Array.from(flat).length > SHORT ? `${Array.from(flat).slice(0, SHORT).join('')}…` : flat;
};

/** A 確報's list of what changed since the 速報, each with what the 速報 said. */
function changeBlocks(ctx: Context, n: number): Block[] {
  if (ctx.input.stage !== 'final' || ctx.input.preliminary === null) return [];
  const w = words(ctx.lang);
  const fields = ctx.form.sections.flatMap((section) => section.fields).filter((field) => changedIn(field, ctx.lang));
  if (fields.length === 0) return [heading(n, w.changesSection, ctx.lang), { type: 'paragraph', content: w.noChanges, lang: ctx.lang }];
  const items = fields.map((field) => {
    const before = field.filed ? shortened(field.filed.value[ctx.lang]) : w.notInPreliminary;
    const name = field.item ? w.itemLabel(field.item, field.label[ctx.lang]) : field.label[ctx.lang];
    return `${name}${w.wasFiled(before)}`;
  });
  return [
    heading(n, w.changesSection, ctx.lang),
    { type: 'paragraph', content: w.changesLead, lang: ctx.lang },
    { type: 'list', ordered: false, items, lang: ctx.lang },
  ];
}

function bilingual(ja: string, en: string, lang: Lang): string {
  return (lang === 'en' && en.trim()) || ja.trim() || en.trim();
}

export function ppcReportBlocks(input: PpcReportInput, lang: Lang, options: BuildOptions): Block[] {
  const w = words(lang);
  const form = buildPpcForm({
    stage: input.stage,
    incident: input.incident,
    company: input.company,
    notifications: input.notifications,
    filed: input.preliminary,
  });
  const ctx: Context = { input, form, lang, options };
  return [
    heading(1, w.reporterSection, lang),
    { type: 'keyValue', lang, rows: sectionRows(ctx, 'reporter') },
    heading(2, w.reportSection, lang),
    { type: 'keyValue', lang, rows: sectionRows(ctx, 'report') },
    heading(3, w.datesSection, lang),
    { type: 'keyValue', lang, rows: sectionRows(ctx, 'dates') },
    heading(4, w.circumstancesSection, lang),
    { type: 'keyValue', lang, rows: sectionRows(ctx, 'circumstances') },
    heading(5, w.itemsSection, lang),
    { type: 'keyValue', lang, labelWidth: 0.34, rows: itemRows(ctx) },
    ...changeBlocks(ctx, 6),
    { type: 'note', content: w.legalBasis[input.stage], lang },
  ];
}

/**
 * Above the title, as a Japanese report to an authority sets it: the addressee (御中) at the left, then the reporter
 * — the business and its representative — at the right. At the top, the sender is never left alone on a last page.
 */
function letterhead(input: PpcReportInput, lang: Lang): Block[] {
  const w = words(lang);
  const { company } = input;
  const recipient = input.incident.delegatedMinistry.trim() || w.ppc;
  const title = bilingual(company.representativeTitleJa, company.representativeTitleEn, lang);
  const name = bilingual(company.representativeNameJa, company.representativeNameEn, lang);
  const representative = name ? (title ? (lang === 'ja' ? `${title}\u3000${name}` : `${name}, ${title}`) : name) : '';
  return [
    { type: 'paragraph', content: w.to(recipient), align: 'left', lang },
    { type: 'paragraph', content: [bilingual(company.legalNameJa, company.legalNameEn, lang), representative].filter(Boolean).join('\n'), align: 'right', lang },
  ];
}

/** The mark on every page of a draft: 案, and what the record judged when it is not (yet) reportable. */
export function draftMarkOf(input: PpcReportInput, lang: Lang): string | undefined {
  if (!input.draft) return undefined;
  const w = words(lang);
  if (input.reportable === 'no') return w.draftMarkNotReportable;
  if (input.reportable === 'undetermined') return w.draftMarkUndetermined;
  return w.draftMark;
}

export function buildPpcReport(input: PpcReportInput, options: BuildOptions): ExportDocument {
  const header = headerLang(options);
  const doc = documentOf(
    options,
    (lang) => ({
      title: `${words(lang).ppcTitle[input.stage]}${input.draft ? words(lang).draftTitle : ''}`,
      letterhead: letterhead(input, lang),
      blocks: ppcReportBlocks(input, lang, options),
    }),
    {
      company: bilingual(input.company.legalNameJa, input.company.legalNameEn, header),
      documentDate: input.documentDate,
      reference: `INC-${input.incident.id}`,
      subject: input.incident.title,
    },
  );
  const mark = draftMarkOf(input, header);
  return mark ? { ...doc, draftMark: mark } : doc;
}
