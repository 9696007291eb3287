import { toRuns } from './inline';
import { label } from './labels';
import type { DocumentLang, Lang, ParagraphBlock, Run, SignatureBlock } from './model';
import { formatDocumentDate, type EraStyle } from './text/dates';

/**
 * The exact text both renderers print for blocks whose words are composed rather than given, so the PDF and
 * the Word file of one document never differ in wording.
 */
export function contentsTitle(title: string | undefined, documentLang: DocumentLang): string {
  if (title) return title;
  if (documentLang === 'both') return `${label('contents', 'ja')}\u3000${label('contents', 'en')}`;
  return label('contents', documentLang);
}

/** A paragraph's runs, with the 字下げ (a full-width space, as Japanese typesetting indents) when asked for. */
export function paragraphRuns(block: ParagraphBlock, lang: Lang): Run[] {
  const runs: Run[] = [...toRuns(block.content)];
  if (block.indentFirstLine) runs.unshift({ text: lang === 'ja' ? '\u3000' : '\u2003' });
  return runs;
}

/** Date, company, then title and name on one line, split by a full-width space, in Japanese; name above title in English. */
export function signatureLines(block: SignatureBlock, lang: Lang, era: EraStyle): (readonly Run[])[] {
  const rows: (readonly Run[])[] = [];
  if (block.date) rows.push([{ text: formatDocumentDate(block.date, lang, lang === 'ja' ? era : 'none') }]);
  rows.push(toRuns(block.company));
  if (lang === 'ja') rows.push([...(block.title ? [...toRuns(block.title), { text: '\u3000' }] : []), ...toRuns(block.name)]);
  else rows.push(toRuns(block.name), ...(block.title ? [toRuns(block.title)] : []));
  // A company that signs without a named representative (a published policy with none on record): no empty line.
  return rows.filter((row) => row.some((run) => run.missing || run.text.trim() !== ''));
}
