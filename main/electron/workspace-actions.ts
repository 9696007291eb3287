import { dialog, type BrowserWindow } from 'electron';
import type { Core } from '../core/api';
import type { Language } from '../../shared/contract/settings';
import { chooseWorkspacePath } from './dialogs';
import { label } from './labels';

export interface ShellState {
  core: Pick<Core, 'dispatch' | 'workspace'> | null;
  window: BrowserWindow | null;
  language: Language;
}

/**
 * The File menu's workspace commands: the path comes from a native dialog (or the recent list), the switch goes
 * through core.dispatch like any other operation (validated, recorded), and the page reloads to show it.
 */
export async function switchWorkspace(state: ShellState, mode: 'open' | 'create', knownPath?: string): Promise<void> {
  const path = knownPath ?? (await chooseWorkspacePath(state.window, state.language, mode));
  if (path === null || state.core === null) return;
  // Main switches on the user's own command, on behalf of whichever workspace is open now.
  const envelope = await state.core.dispatch(mode === 'open' ? 'workspace.open' : 'workspace.create', { path }, state.core.workspace().id);
  if (envelope.ok) {
    state.window?.webContents.reload();
    return;
  }
  dialog.showErrorBox(label('workspaceError', state.language), envelope.error.message[state.language]);
}
