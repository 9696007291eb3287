import { dialog, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
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
