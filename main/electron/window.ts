import { BrowserWindow } from 'electron';
import { APP_URL } from './app-url';

/** Electron's security checklist, spelled out even where it is already the default. */
export function createMainWindow(preloadPath: string, isDev: boolean): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'APPI Workbench',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: isDev,
    },
  });
  window.once('ready-to-show', () => window.show());
  // The title names the workspace (set by the shell), not the page's <title>.
  window.on('page-title-updated', (event) => event.preventDefault());
  void window.loadURL(APP_URL);
  return window;
}

export function workspaceTitle(name: string): string {
  return `${name} — APPI Workbench`;
}
