import type { ExportResult } from '../../../../shared/contract/exports';
import { renderExport } from '../render';
import { safeFileName } from '../file-name';
import { buildRegisterDocument } from './document';
import { titleOf, type RegisterSpec } from './register-columns';
import { writeRegisterXlsx } from './xlsx';

/**
 * A register in the asked format, as the contract returns an export: .xlsx by the sheet writer, PDF/Word through
 * the document engine. The file is named by the date, the register's title and the company.
 */
export interface RegisterRenderOptions {
  format: 'xlsx' | 'pdf' | 'docx';
  lang: 'ja' | 'en' | 'both';
  era: boolean;
  today: string;
  now: Date;
  company: { ja: string; en: string };
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function renderRegister<Row>(spec: RegisterSpec<Row>, rows: readonly Row[], options: RegisterRenderOptions): Promise<ExportResult> {
  const nameLang = options.lang === 'en' ? 'en' : 'ja';
  const fileName = safeFileName([options.today, titleOf(spec as RegisterSpec<never>, nameLang), options.company[nameLang]], options.format);
  if (options.format === 'xlsx') {
    // A sheet has one header row: one language (the contract refuses 'both' for xlsx).
    const bytes = await writeRegisterXlsx(spec, rows, { lang: nameLang, company: options.company[nameLang], now: options.now });
    return { fileName, mimeType: XLSX_MIME, base64: bytes.toString('base64'), replacedCharacters: [], warnings: [] };
  }
  const doc = buildRegisterDocument(spec, rows, options);
  return renderExport(doc, options.format, fileName);
}
