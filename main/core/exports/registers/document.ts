import type { Block, DocumentLang, ExportDocument, Lang } from '../../export';
import { documentOf } from '../../export/builders/documents';
import { dateText, eraOf } from '../../export/builders/text';
import { cellText, headerOf, titleOf, type RegisterSpec } from './register-columns';

/**
 * A register as a PDF/Word document through the export engine: the title, what the register is kept for, the
 * company, the date and the count; an overview table of the short columns; then each entry under its own heading
 * with every field that has a value. A field with no value is left out of the entry (a document never prints
 * 未記入) and shown as — in the overview table.
 */
export interface RegisterDocumentOptions {
  lang: DocumentLang;
  era: boolean;
  today: string;
  company: { ja: string; en: string };
}

const words = {
  ja: {
    company: '事業者',
    date: '作成日',
    count: '件数',
    counted: (n: number) => `${n.toLocaleString('ja-JP')}件`,
    overview: '一覧',
    entries: '各項目の内容',
    none: '登録されている項目はありません。',
  },
  en: {
    company: 'Company',
    date: 'Date',
    count: 'Entries',
    counted: (n: number) => n.toLocaleString('en-US'),
    overview: 'Overview',
    entries: 'Entries in Detail',
    none: 'The register has no entries.',
  },
} as const;

function blocksOf<Row>(spec: RegisterSpec<Row>, rows: readonly Row[], lang: Lang, options: RegisterDocumentOptions): Block[] {
  const t = words[lang];
  const era = eraOf(options.era);
  const format = (date: string) => dateText(date, lang, era);
  const note = lang === 'en' ? spec.noteEn : spec.noteJa;
  const blocks: Block[] = [];
  if (note) blocks.push({ type: 'paragraph', content: note });
  blocks.push({
    type: 'keyValue',
    labelWidth: 0.2,
    rows: [
      { label: t.company, value: options.company[lang] },
      { label: t.date, value: format(options.today) },
      { label: t.count, value: t.counted(rows.length) },
    ],
  });
  if (rows.length === 0) return [...blocks, { type: 'paragraph', content: t.none }];

  // The overview's columns share the page as their sheet widths do (the engine normalises the fractions).
  const overview = spec.columns.filter((column) => column.overview);
  blocks.push({ type: 'heading', level: 1, label: '1.', labelStyle: 'plain', text: t.overview });
  blocks.push({
    type: 'table',
    columns: overview.map((column) => ({ header: headerOf(column as never, lang), width: column.width ?? 14 })),
    rows: rows.map((row) => overview.map((column) => cellText(column.value(row, lang), format) || '—')),
  });

  blocks.push({ type: 'heading', level: 1, label: '2.', labelStyle: 'plain', text: t.entries });
  rows.forEach((row, index) => {
    blocks.push({ type: 'heading', level: 2, label: `${index + 1}.`, labelStyle: 'plain', text: spec.entryTitle(row, lang), toc: false });
    const fields = spec.columns
      .map((column) => ({ label: headerOf(column as never, lang), value: cellText(column.value(row, lang), format) }))
      .filter((field) => field.value !== '');
    blocks.push({ type: 'keyValue', labelWidth: 0.3, rows: fields });
  });
  return blocks;
}

export function buildRegisterDocument<Row>(spec: RegisterSpec<Row>, rows: readonly Row[], options: RegisterDocumentOptions): ExportDocument {
  return documentOf(
    options,
    (lang) => ({ title: titleOf(spec as RegisterSpec<never>, lang), blocks: blocksOf(spec, rows, lang, options) }),
    { company: options.lang === 'en' ? options.company.en : options.company.ja, documentDate: options.today },
  );
}
