import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { operationNames } from '../../../shared/contract';

const fake = await vi.hoisted(async () => (await import('./fake-electron')).createFakeElectron());
vi.mock('electron', () => fake.module);

const mainModule = '../../../main/electron/main';
const mainDir = path.resolve(__dirname, '../../../main/electron');
let dir: string;
const argv = process.argv;

/** Start-up opens a real workspace file: give it time on a busy machine. */
const eventually = (assertion: () => void) => vi.waitFor(assertion, { timeout: 10_000, interval: 20 });

/** main.ts does its work on import: a fresh module registry gives each scenario a fresh start. */
async function launch(): Promise<void> {
  vi.resetModules();
  await import(mainModule);
}

beforeEach(() => {
  fake.reset();
  dir = mkdtempSync(path.join(tmpdir(), 'appi-electron-main-'));
  fake.setUserDataDir(path.join(dir, 'user-data'));
  vi.stubEnv('APPI_WORKBENCH_WORKSPACE', path.join(dir, 'acme.sqlite'));
  // The shell reads --workspace from argv: give it an Electron-like one, not the test runner's.
  process.argv = [process.execPath, '/app'];
});

afterEach(() => {
  // Closes the core's connection, as quitting the app does.
  fake.app.emit('will-quit');
  process.argv = argv;
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

describe('single instance', () => {
  it('quits at once when another instance holds the lock, before creating anything', async () => {
    fake.app.requestSingleInstanceLock.mockReturnValue(false);
    await launch();
    expect(fake.app.requestSingleInstanceLock).toHaveBeenCalledTimes(1);
    expect(fake.app.quit).toHaveBeenCalledTimes(1);
    expect(fake.app.whenReady).not.toHaveBeenCalled();
    expect(fake.app.listenerCount('second-instance')).toBe(0);
    expect(fake.BrowserWindow.instances).toHaveLength(0);
    expect(fake.ipcMain.handle).not.toHaveBeenCalled();
  });

  it('focuses (and restores) its window when a second instance starts', async () => {
    await launch();
    fake.becomeReady();
    await eventually(() => expect(fake.BrowserWindow.instances).toHaveLength(1));
    const window = fake.BrowserWindow.instances[0]!;
    window.minimized = true;
    fake.app.emit('second-instance');
    expect(window.restore).toHaveBeenCalledTimes(1);
    expect(window.focus).toHaveBeenCalledTimes(1);
    fake.app.emit('second-instance');
    expect(window.restore).toHaveBeenCalledTimes(1);
    expect(window.focus).toHaveBeenCalledTimes(2);
  });
});

describe('start-up order', () => {
  it('before ready: sandbox for every renderer, app:// privileged; nothing served, no window, no IPC', async () => {
    await launch();
    expect(fake.app.enableSandbox).toHaveBeenCalledTimes(1);
    expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1);
    expect(fake.app.whenReady).toHaveBeenCalledTimes(1);
    expect(fake.protocol.handle).not.toHaveBeenCalled();
    expect(fake.BrowserWindow.instances).toHaveLength(0);
    expect(fake.ipcMain.handle).not.toHaveBeenCalled();
  });

  it('once ready: permissions denied, contents guarded, app:// served, one handler per operation, then the window', async () => {
    await launch();
    fake.becomeReady();
    await eventually(() => expect(fake.BrowserWindow.instances).toHaveLength(1));

    expect(fake.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalledTimes(1);
    expect(fake.session.defaultSession.setPermissionCheckHandler).toHaveBeenCalledTimes(1);
    expect(fake.app.listenerCount('web-contents-created')).toBe(1);
    expect([...fake.protocol.handlers.keys()]).toEqual(['app']);
    expect(fake.ipcMain.handle).toHaveBeenCalledTimes(operationNames.length);

    const window = fake.BrowserWindow.instances[0]!;
    // The preload bundle sits beside the main bundle (dist/main/preload.cjs).
    expect(window.options.webPreferences?.preload).toBe(path.join(mainDir, 'preload.cjs'));
    expect(window.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(window.loadURL.mock.calls).toEqual([['app://workbench/']]);
    expect(window.setTitle).toHaveBeenCalledWith('acme — APPI Workbench');
  });

  it('builds the menu without developer tools in a packaged run', async () => {
    await launch();
    fake.becomeReady();
    await eventually(() => expect(fake.Menu.setApplicationMenu).toHaveBeenCalled());
    const template = fake.Menu.buildFromTemplate.mock.calls.at(-1)![0] as MenuItemConstructorOptions[];
    expect(JSON.stringify(template)).not.toContain('toggleDevTools');
  });

  it('quits when the last window closes', async () => {
    await launch();
    fake.app.emit('window-all-closed');
    expect(fake.app.quit).toHaveBeenCalledTimes(1);
  });

  it('shows a bilingual error and exits 1 when the workspace cannot be opened, with no window', async () => {
    const notAWorkspace = path.join(dir, 'notes.sqlite');
    writeFileSync(notAWorkspace, 'not a database');
    vi.stubEnv('APPI_WORKBENCH_WORKSPACE', notAWorkspace);
    await launch();
    fake.becomeReady();
    await eventually(() => expect(fake.app.exit).toHaveBeenCalledWith(1));
    const [title, text] = fake.dialog.showErrorBox.mock.calls[0] as [string, string];
    expect(title).toBe('APPI Workbenchを起動できませんでした');
    expect(text).toContain('ワークスペースではありません');
    expect(text).toContain('not an APPI Workbench workspace');
    expect(fake.BrowserWindow.instances).toHaveLength(0);
    expect(fake.ipcMain.handle).not.toHaveBeenCalled();
  });
});
