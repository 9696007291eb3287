import type { ExportResult } from '../../../shared/contract/exports';
import { renderDocx, renderPdf, type ExportDocument } from '../export';

export type ExportFormat = 'docx' | 'pdf';

export const mimeTypes: Record<ExportFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/**
 * A built document rendered in the asked format, as the contract returns it. The bytes travel as base64 so the
 * one result crosses IPC, loopback HTTP and the CLI alike; the renderer turns them back into a file.
 */
export async function renderExport(
  doc: ExportDocument,
  format: ExportFormat,
  fileName: string,
  warnings: ExportResult['warnings'] = [],
): Promise<ExportResult> {
  const result = format === 'pdf' ? await renderPdf(doc) : await renderDocx(doc);
  return {
    fileName,
    mimeType: mimeTypes[format],
    base64: result.bytes.toString('base64'),
    ...(result.pageCount !== undefined ? { pageCount: result.pageCount } : {}),
    replacedCharacters: result.replacedCharacters,
    warnings,
  };
}
