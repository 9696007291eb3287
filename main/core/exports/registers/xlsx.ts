import { cellText, headerOf, titleOf, type RegisterCell, type RegisterLang, type RegisterSpec } from './register-columns';
import { widestLine } from './text-width';

/**
 * A register as an .xlsx workbook: one sheet, the header in row 1 (bold, shaded, frozen so it stays while the
 * auditor scrolls), an autofilter over the whole table, and each column as wide as its header and values need
 * (capped; longer text wraps). Printed: landscape, one page wide, the header row repeated, company and title in
 * the page header and page numbers in the footer.
 */
export interface XlsxOptions {
  lang: RegisterLang;
  /** The company whose register this is: the page header and the file's properties. */
  company: string;
  /** The export's moment (the app's clock), written as the file's created date. */
  now: Date;
}

const MIN_WIDTH = 6;
const MAX_WIDTH = 60;
/** Rows looked at to fit a column: enough for the widths, cheap at 100k rows. */
const FIT_SAMPLE = 2000;

/** Excel reads `&` in a page header as a code: a company named A&B must be written A&&B. */
function headerFooterText(text: string): string {
  return text.replace(/&/g, '&&');
}

function sheetName(spec: RegisterSpec<never>, lang: RegisterLang): string {
  const name = (lang === 'en' ? spec.sheetNameEn : spec.sheetNameJa) ?? titleOf(spec, lang);
  // Excel refuses []:*?/\ in sheet names and more than 31 characters.
  return name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);
}

/** A date as Excel keeps it (a day serial, written from a UTC midnight so no zone shifts it); '' as an empty cell. */
function excelValue(cell: RegisterCell): string | number | Date | null {
  if (cell === null || cell === '') return null;
  if (typeof cell === 'object') return new Date(`${cell.date}T00:00:00Z`);
  return cell;
}

export function fittedWidth(header: string, texts: readonly string[]): number {
  const widest = texts.reduce((max, text) => Math.max(max, widestLine(text)), widestLine(header));
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + 2));
}

export async function writeRegisterXlsx<Row>(spec: RegisterSpec<Row>, rows: readonly Row[], options: XlsxOptions): Promise<Buffer> {
  const { lang } = options;
  const title = titleOf(spec as RegisterSpec<never>, lang);
  // exceljs is loaded with the first sheet, not at start-up: requiring it is ~250 ms of every launch (issue 15 row 4).
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'APPI Workbench';
  workbook.company = options.company;
  workbook.title = title;
  workbook.created = options.now;
  workbook.modified = options.now;

  const sheet = workbook.addWorksheet(sheetName(spec as RegisterSpec<never>, lang), {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
    },
    headerFooter: {
      oddHeader: `&L${headerFooterText(options.company)}&R${headerFooterText(title)}`,
      oddFooter: '&C&P / &N',
    },
  });

  const headers = spec.columns.map((column) => headerOf(column as never, lang));
  const cellsOf = (row: Row) => spec.columns.map((column) => column.value(row, lang));
  const sample = rows.slice(0, FIT_SAMPLE).map(cellsOf);
  sheet.columns = spec.columns.map((column, index) => ({
    key: column.key,
    width: column.width ?? fittedWidth(headers[index]!, sample.map((cells) => cellText(cells[index]!))),
  }));

  const headerRow = sheet.addRow(headers);
  headerRow.font = { bold: true };
  headerRow.alignment = { vertical: 'middle', wrapText: true };
  headerRow.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE9ECEF' } };
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF868E96' } } };
  });

  rows.forEach((row, index) => {
    const cells = index < sample.length ? sample[index]! : cellsOf(row);
    const added = sheet.addRow(cells.map(excelValue));
    added.alignment = { vertical: 'top', wrapText: true };
    cells.forEach((cell, column) => {
      if (cell !== null && typeof cell === 'object') added.getCell(column + 1).numFmt = 'yyyy/mm/dd';
    });
  });

  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: spec.columns.length } };
  const bytes = await workbook.xlsx.writeBuffer();
  return Buffer.from(bytes as ArrayBuffer);
}
