import type { ExportResult } from '../../../shared/contract/exports';
import type { Client } from '../../../shared/rpc/client';

/** Where the file went: saved by the shell (Electron), downloaded by the browser, or the save dialog cancelled. */
export type SaveOutcome = { kind: 'saved'; path: string } | { kind: 'downloaded' } | { kind: 'cancelled' };

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * A download through an <a download> on a blob: URL — no inline script and no eval, so it works under the
 * app's content security policy.
 */
export function downloadFile(result: Pick<ExportResult, 'fileName' | 'mimeType' | 'base64'>): void {
  const url = URL.createObjectURL(new Blob([bytesOf(result.base64)], { type: result.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = result.fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the blob once the click is handled; free it a little later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Electron saves through its save dialog (files.saveExport). Browser mode has no such dialog (files.capabilities
 * said so, or files.saveExport answers `supported: false`) and downloads instead — without sending the file back.
 */
export async function saveExport(
  client: Client,
  result: ExportResult,
  options: { canSave: boolean; openAfter: boolean },
): Promise<SaveOutcome> {
  if (!options.canSave) {
    downloadFile(result);
    return { kind: 'downloaded' };
  }
  const openAfter = options.openAfter;
  const saved = await client.invoke('files.saveExport', { fileName: result.fileName, base64: result.base64, openAfter });
  if (!saved.supported) {
    downloadFile(result);
    return { kind: 'downloaded' };
  }
  return saved.path ? { kind: 'saved', path: saved.path } : { kind: 'cancelled' };
}
