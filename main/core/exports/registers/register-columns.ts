/**
 * The column spec every register export is built from (inventory, entrustees, requests, provisions): one list of
 * columns per register drives the .xlsx sheet, the PDF and the Word file alike, so the three files of one register
 * hold the same fields under the same headers. A register adds itself by writing its columns and a `RegisterSpec`;
 * the writers (xlsx.ts, document.ts) need nothing else.
 */
export type RegisterLang = 'ja' | 'en';

/**
 * A cell: text (may hold line breaks), a number (counts, fees), a calendar date 'YYYY-MM-DD' (a real date in
 * Excel, so it sorts and filters as one; 2026年12月28日 / December 28, 2026 in a document), or nothing (an empty
 * cell; '—' in a document's table).
 */
export interface DateCell {
  date: string;
}
export type RegisterCell = string | number | DateCell | null;

export function dateCell(date: string | null): DateCell | null {
  return date === null ? null : { date };
}

export interface RegisterColumn<Row> {
  /** Stable identifier, also the key of the column in tests. */
  key: string;
  headerJa: string;
  headerEn: string;
  /** Width in Excel character units (a kanji counts 2). Left out: fitted to the header and the values. */
  width?: number;
  /** The cell of `row` in `lang`: words as the register's reader reads them (labels, not codes). */
  value(row: Row, lang: RegisterLang): RegisterCell;
  /**
   * Shown in the PDF/Word overview table (a few short columns that fit a portrait page: name, dates, status).
   * Every column is shown in each entry's detail block anyway.
   */
  overview?: boolean;
}

export interface RegisterSpec<Row> {
  /** The register's name in file names and the CLI: inventory, entrustees, requests, provisions. */
  kind: string;
  titleJa: string;
  titleEn: string;
  /** Sheet names are limited to 31 characters by Excel; default the title. */
  sheetNameJa?: string;
  sheetNameEn?: string;
  columns: readonly RegisterColumn<Row>[];
  /** Each entry's heading in the PDF/Word detail part, e.g. the data set's name. */
  entryTitle(row: Row, lang: RegisterLang): string;
  /** A sentence under the title saying what the register is kept for (the article it serves). */
  noteJa?: string;
  noteEn?: string;
}

export function headerOf(column: RegisterColumn<unknown>, lang: RegisterLang): string {
  return lang === 'en' ? column.headerEn : column.headerJa;
}

export function titleOf(spec: RegisterSpec<never>, lang: RegisterLang): string {
  return lang === 'en' ? spec.titleEn : spec.titleJa;
}

/** 1,200 without Intl, so every machine prints the same. */
const withCommas = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/**
 * A cell as text: '' for nothing, numbers with thousands separators, dates by `formatDate` (the sheet's
 * 2026/12/28 by default; documents pass their own formatter).
 */
export function cellText(cell: RegisterCell, formatDate: (date: string) => string = (date) => date.replace(/-/g, '/')): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return withCommas(cell);
  if (typeof cell === 'object') return formatDate(cell.date);
  return cell;
}
