import { label, type LabelKey } from './labels';
import type { ExportDocument, IsoDate, Lang } from './model';
import { formatDocumentDate, type EraStyle } from './text/dates';

/**
 * The reference and date lines at the top right of a document's first page (where Japanese business documents
 * put them), in both languages for a bilingual document: 「作成日 / Date：2026年4月1日 / April 1, 2026」.
 */
export function metadataLines(doc: ExportDocument, era: EraStyle): string[] {
  const langs: Lang[] = doc.lang === 'both' ? ['ja', 'en'] : [doc.lang];
  const line = (key: LabelKey, value: string) =>
    `${langs.map((lang) => label(key, lang)).join(' / ')}${doc.lang === 'en' ? ': ' : '：'}${value}`;
  const date = (value: IsoDate) => langs.map((lang) => formatDocumentDate(value, lang, lang === 'ja' ? era : 'none')).join(' / ');
  const lines: string[] = [];
  const { reference, documentDate, effectiveDate } = doc.metadata;
  if (reference) lines.push(line('reference', reference));
  if (documentDate) lines.push(line('documentDate', date(documentDate)));
  if (effectiveDate) lines.push(line('effectiveDate', date(effectiveDate)));
  return lines;
}

export function eraStyle(doc: ExportDocument): EraStyle {
  return doc.era ? 'both' : 'none';
}

/** The language of text that belongs to the whole document (title, header): Japanese unless it is English only. */
export function documentTextLang(doc: ExportDocument): Lang {
  return doc.lang === 'en' ? 'en' : 'ja';
}
