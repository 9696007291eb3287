// The Electron shell: window, protocol, menu, dialogs and IPC around the one core. No business logic here.
import path from 'node:path';
import { app, BrowserWindow, dialog, Menu, session } from 'electron';
import { clockFromEnv } from '../core/clock';
import { createCore } from '../core/index';
import { resolveWorkspacePath } from '../core/paths';
import type { Core } from '../core/api';
import { contract } from '../../shared/contract';
import { isAppError } from '../../shared/errors';
import { registerIpc } from './ipc';
import { label } from './labels';
import { buildMenu } from './menu';
import { registerAppScheme, serveAppScheme } from './protocol';
import { denyPermissions, guardAllWebContents } from './security';
import { createMainWindow, workspaceTitle } from './window';
import { chooseWorkspacePath, saveExportedFile } from './dialogs';
import { createExportOutbox } from './export-outbox';
import { pathNotChosen, workspacePathGrants } from './workspace-paths';
import { switchWorkspace, type ShellState } from './workspace-actions';

// Bundled as dist/main/electron.cjs: the preload and the renderer build sit beside it.
const preloadPath = path.join(__dirname, 'preload.cjs');
const rendererDir = path.join(__dirname, '..', 'renderer');
const isDev = !app.isPackaged;
const state: ShellState = { core: null, window: null, language: 'ja' };
/** What the page may hand back to main: exports the core produced, and workspace paths the user chose here. */
const outbox = createExportOutbox();
const grants = workspacePathGrants();

async function refreshMenu(core: Core): Promise<void> {
  // Main asks on behalf of the workspace open now (it is not a page that could be stale).
  const workspaceId = core.workspace().id;
  const [settings, recent] = await Promise.all([
    core.dispatch('settings.get', {}, workspaceId),
    core.dispatch('workspace.recent', {}, workspaceId),
  ]);
  // Read with the contract's own output schemas: a menu is no reason to crash on an unexpected answer.
  const parsedSettings = contract['settings.get'].output.safeParse(settings.ok ? settings.value : null);
  if (parsedSettings.success) state.language = parsedSettings.data.language;
  const parsedRecent = contract['workspace.recent'].output.safeParse(recent.ok ? recent.value : null);
  const items = parsedRecent.success ? parsedRecent.data.items : [];
  Menu.setApplicationMenu(
    buildMenu(
      { language: state.language, recent: items, isDev, isMac: process.platform === 'darwin' },
      {
        newWorkspace: () => void switchWorkspace(state, 'create'),
        openWorkspace: () => void switchWorkspace(state, 'open'),
        openRecent: (workspacePath) => void switchWorkspace(state, 'open', workspacePath),
        about: () =>
          void dialog.showMessageBox({
            type: 'info',
            title: label('about', state.language),
            message: 'APPI Workbench',
            detail: `${label('version', state.language)} ${app.getVersion()}\n${label('aboutDetail', state.language)}`,
          }),
      },
    ),
  );
}

async function start(): Promise<void> {
  denyPermissions(session.defaultSession);
  guardAllWebContents();
  serveAppScheme(rendererDir);

  // A moved clock (APPI_WORKBENCH_CLOCK) is announced here and by the badge in the window's header.
  const now = clockFromEnv(process.env);
  if (now) console.log(`APPI_WORKBENCH_CLOCK is set: the app's clock starts at ${now().toISOString()}, not the real time.`);
  const core = await createCore({
    ...(now ? { now } : {}),
    workspacePath: resolveWorkspacePath(process.argv, process.env),
    userDataDir: app.getPath('userData'),
    automaticBackups: true,
    host: {
      chooseWorkspacePath: async (mode) => {
        const chosen = await chooseWorkspacePath(state.window, state.language, mode);
        if (chosen !== null) grants.grant(chosen, mode);
        return chosen;
      },
      saveFile: (fileName, bytes, options) => {
        outbox.check(fileName, bytes);
        return saveExportedFile(state.window, state.language, fileName, bytes, options);
      },
      onWorkspaceChanged: (info) => {
        state.window?.setTitle(workspaceTitle(info.displayName || info.name));
        void refreshMenu(core);
      },
    },
  });
  state.core = core;
  app.on('will-quit', () => core.close());
  registerIpc(core, {
    afterWrite: (operation) => {
      if (operation === 'workspace.rename') state.window?.setTitle(workspaceTitle(core.workspace().displayName || core.workspace().name));
      void refreshMenu(core);
    },
    screen: async (operation, input) => {
      // Browser mode's folder listing: here the native dialog chooses files, and a page may not list the disk.
      if (operation === 'workspace.browse') throw pathNotChosen();
      if (operation !== 'workspace.open' && operation !== 'workspace.create') return;
      const recent = await core.dispatch('workspace.recent', {}, undefined);
      const paths = recent.ok ? (recent.value as { items: { path: string }[] }).items.map((item) => item.path) : [];
      const requested = (input as { path?: unknown } | null)?.path;
      grants.check(typeof requested === 'string' ? requested.trim() : '', operation === 'workspace.open' ? 'open' : 'create', paths);
    },
    // Every answer that carries a file ({ fileName, base64 }) is one the core produced: exports, the audit CSV,
    // copies and data exports alike, so no list of operations here goes stale when a new one gains a file.
    onAnswer: (_operation, value) => outbox.remember(value),
  });
  await refreshMenu(core);

  state.window = createMainWindow(preloadPath, isDev);
  state.window.setTitle(workspaceTitle(core.workspace().displayName || core.workspace().name));
  state.window.on('closed', () => {
    state.window = null;
  });
}

// Before ready: every renderer sandboxed (not only our window), and app:// known as a standard, secure scheme.
app.enableSandbox();
registerAppScheme();
if (!app.requestSingleInstanceLock()) {
  // Another instance owns the workspace files; it gets focused by its 'second-instance' handler.
  app.quit();
} else {
  app.on('second-instance', () => {
    const window = state.window ?? BrowserWindow.getAllWindows()[0];
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.whenReady().then(start).catch((error: unknown) => {
    const text = isAppError(error) ? `${error.text.ja}\n${error.text.en}` : error instanceof Error ? error.message : String(error);
    dialog.showErrorBox(label('startupError', state.language), text);
    app.exit(1);
  });
}
