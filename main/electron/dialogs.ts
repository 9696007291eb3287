import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { dialog, shell, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import type { Language } from '../../shared/contract/settings';
import { label } from './labels';

/**
 * HostCapabilities.chooseWorkspacePath: the native dialogs. Create mode uses the save dialog (a new file);
 * the core refuses to overwrite, so the dialog's own overwrite prompt is not relied on.
 */
export async function chooseWorkspacePath(
  window: BrowserWindow | null,
  language: Language,
  mode: 'open' | 'create',
): Promise<string | null> {
  const filters = [{ name: `${label('workspaceFilter', language)} (*.sqlite)`, extensions: ['sqlite'] }];
  if (mode === 'open') {
    const options: OpenDialogOptions = { title: label('openTitle', language), filters, properties: ['openFile'] };
    const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  }
  const options: SaveDialogOptions = {
    title: label('createTitle', language),
    defaultPath: 'workspace.sqlite',
    filters,
    properties: ['createDirectory'],
  };
  const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return null;
  // Some Linux dialogs do not append the filter's extension; the contract requires it.
  return result.filePath.toLowerCase().endsWith('.sqlite') ? result.filePath : `${result.filePath}.sqlite`;
}

const fileFilters: Record<string, { ja: string; en: string }> = {
  pdf: { ja: 'PDF文書', en: 'PDF document' },
  docx: { ja: 'Word文書', en: 'Word document' },
  csv: { ja: 'CSVファイル', en: 'CSV file' },
  sqlite: { ja: 'ワークスペースのコピー', en: 'Workspace copy' },
  json: { ja: 'JSONデータ', en: 'JSON data' },
};

/**
 * HostCapabilities.saveFile: the save dialog for an exported file, filtered by its extension. The bytes go to a
 * temporary name beside the target and are renamed into place, so a failure never leaves a partial file.
 */
export async function saveExportedFile(
  window: BrowserWindow | null,
  language: Language,
  fileName: string,
  bytes: Uint8Array,
  options: { openAfter: boolean },
): Promise<string | null> {
  const extension = extname(fileName).slice(1).toLowerCase();
  const filterName = fileFilters[extension]?.[language] ?? extension.toUpperCase();
  const dialogOptions: SaveDialogOptions = {
    title: label('saveExportTitle', language),
    defaultPath: fileName,
    filters: extension ? [{ name: `${filterName} (*.${extension})`, extensions: [extension] }] : [],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const result = window ? await dialog.showSaveDialog(window, dialogOptions) : await dialog.showSaveDialog(dialogOptions);
  if (result.canceled || !result.filePath) return null;
  // Some Linux dialogs do not append the filter's extension.
  const target =
    extension && !result.filePath.toLowerCase().endsWith(`.${extension}`) ? `${result.filePath}.${extension}` : result.filePath;
  await writeAtomically(target, bytes);
  if (options.openAfter) {
    const error = await shell.openPath(target);
    // The file is saved either way; a missing viewer is not a failed export.
    if (error) console.warn(`could not open ${target}: ${error}`);
  }
  return target;
}

export async function writeAtomically(target: string, bytes: Uint8Array): Promise<void> {
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, bytes, { flag: 'wx' });
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
