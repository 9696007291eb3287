import type { BrowserWindow, MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { chooseWorkspacePath } from '../../../main/electron/dialogs';
import { buildMenu, type MenuActions } from '../../../main/electron/menu';
import { switchWorkspace, type ShellState } from '../../../main/electron/workspace-actions';
import type { Envelope } from '../../../shared/errors';

const fake = await vi.hoisted(async () => (await import('./fake-electron')).createFakeElectron());
vi.mock('electron', () => fake.module);

beforeEach(() => fake.reset());

const aWindow = () => new fake.BrowserWindow({}) as unknown as BrowserWindow;

interface DialogOptions {
  title?: string;
  defaultPath?: string;
  filters?: { name: string; extensions: string[] }[];
  properties?: string[];
}

/** The options object a dialog was opened with (the last argument, with or without a parent window). */
const optionsOf = (call: unknown[] | undefined): DialogOptions => call?.at(-1) as DialogOptions;

describe('chooseWorkspacePath (HostCapabilities) with native dialogs', () => {
  it('open: a single-file open dialog filtered to *.sqlite, attached to the window', async () => {
    const window = aWindow();
    fake.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/clients/acme.sqlite'] });
    await expect(chooseWorkspacePath(window, 'en', 'open')).resolves.toBe('/clients/acme.sqlite');
    expect(fake.dialog.showSaveDialog).not.toHaveBeenCalled();
    const call = fake.dialog.showOpenDialog.mock.calls[0]!;
    expect(call[0]).toBe(window);
    const options = optionsOf(call);
    expect(options.filters).toEqual([{ name: 'Workspace (*.sqlite)', extensions: ['sqlite'] }]);
    expect(options.properties).toEqual(['openFile']);
    expect(options.title).toBe('Open a Workspace');
  });

  it('create: a save dialog filtered to *.sqlite, proposing workspace.sqlite', async () => {
    fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/clients/new.sqlite' });
    await expect(chooseWorkspacePath(aWindow(), 'ja', 'create')).resolves.toBe('/clients/new.sqlite');
    expect(fake.dialog.showOpenDialog).not.toHaveBeenCalled();
    const options = optionsOf(fake.dialog.showSaveDialog.mock.calls[0]);
    expect(options.filters).toEqual([{ name: 'ワークスペース (*.sqlite)', extensions: ['sqlite'] }]);
    expect(options.defaultPath).toBe('workspace.sqlite');
    expect(options.title).toBe('新しいワークスペース');
  });

  it('create: adds .sqlite when the dialog did not (some Linux dialogs)', async () => {
    fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/clients/new' });
    await expect(chooseWorkspacePath(aWindow(), 'en', 'create')).resolves.toBe('/clients/new.sqlite');
    fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/clients/NEW.SQLITE' });
    await expect(chooseWorkspacePath(aWindow(), 'en', 'create')).resolves.toBe('/clients/NEW.SQLITE');
  });

  it.each(['open', 'create'] as const)('%s: cancel resolves null, whatever path the dialog still reports', async (mode) => {
    fake.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: ['/clients/acme.sqlite'] });
    fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '/clients/acme.sqlite' });
    await expect(chooseWorkspacePath(aWindow(), 'en', mode)).resolves.toBeNull();
    fake.reset();
    // Not cancelled, yet nothing chosen: still no path.
    if (mode === 'open') fake.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [] });
    else fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '' });
    await expect(chooseWorkspacePath(aWindow(), 'en', mode)).resolves.toBeNull();
  });

  it('works without a window (an app-modal dialog)', async () => {
    fake.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/a.sqlite'] });
    await expect(chooseWorkspacePath(null, 'en', 'open')).resolves.toBe('/a.sqlite');
    expect(fake.dialog.showOpenDialog.mock.calls[0]).toHaveLength(1);
  });
});

describe('File menu workspace commands', () => {
  const envelope = (ok: boolean): Envelope<unknown> =>
    ok ? { ok: true, value: {} } : { ok: false, error: { code: 'workspace_invalid', message: { ja: '開けません', en: 'Cannot open' }, path: ['path'] } };

  function state(ok = true): ShellState & { dispatch: ReturnType<typeof vi.fn> } {
    const dispatch = vi.fn(async (_operation: unknown, _input: unknown, _workspaceId: string | undefined) => envelope(ok));
    return { core: { dispatch, workspace: () => ({ id: 'ws-now', path: '/clients/now.sqlite', name: 'now', schemaVersion: 6, sizeBytes: 0, backups: [], displayName: '', clientLabel: '', sample: false }) }, window: aWindow(), language: 'en', dispatch };
  }

  it('does nothing when the dialog is cancelled', async () => {
    const shell = state();
    await switchWorkspace(shell, 'open');
    expect(shell.dispatch).not.toHaveBeenCalled();
  });

  it('opens the chosen file through dispatch and reloads the page', async () => {
    const shell = state();
    fake.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/clients/acme.sqlite'] });
    await switchWorkspace(shell, 'open');
    expect(shell.dispatch.mock.calls).toEqual([['workspace.open', { path: '/clients/acme.sqlite' }, 'ws-now']]);
    expect(fake.BrowserWindow.instances[0]!.webContents.reload).toHaveBeenCalledTimes(1);
  });

  it('creates through dispatch, and shows a refusal in the app language without reloading', async () => {
    const shell = state(false);
    fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/clients/new.sqlite' });
    await switchWorkspace(shell, 'create');
    expect(shell.dispatch.mock.calls).toEqual([['workspace.create', { path: '/clients/new.sqlite' }, 'ws-now']]);
    expect(fake.dialog.showErrorBox.mock.calls).toEqual([['Could not open the workspace', 'Cannot open']]);
    expect(fake.BrowserWindow.instances[0]!.webContents.reload).not.toHaveBeenCalled();
  });
});

describe('application menu', () => {
  const actions: MenuActions = { newWorkspace: vi.fn(), openWorkspace: vi.fn(), openRecent: vi.fn(), about: vi.fn() };
  const recent = [
    { path: '/clients/acme.sqlite', name: 'acme', displayName: '', clientLabel: '', openedAt: '2025-04-01T00:00:00.000Z', exists: true },
    { path: '/clients/gone.sqlite', name: 'gone', displayName: '', clientLabel: '', openedAt: '2025-03-01T00:00:00.000Z', exists: false },
    { path: '/clients/b.sqlite', name: 'b', displayName: '2026年度', clientLabel: 'ベータ社', openedAt: '2025-02-01T00:00:00.000Z', exists: true },
  ];

  function items(isDev: boolean): MenuItemConstructorOptions[] {
    const menu = buildMenu({ language: 'en', recent, isDev, isMac: false }, actions) as unknown as { template: MenuItemConstructorOptions[] };
    const flatten = (list: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
      list.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
    return flatten(menu.template);
  }

  it('has no developer tools in a packaged build, and has them in development', () => {
    expect(items(false).some((item) => item.role === 'toggleDevTools')).toBe(false);
    expect(items(true).some((item) => item.role === 'toggleDevTools')).toBe(true);
  });

  it('lists only recent workspaces that still exist, and opens the one clicked', () => {
    const all = items(false);
    expect(all.some((item) => item.label === 'gone')).toBe(false);
    const acme = all.find((item) => item.label === 'acme');
    expect(acme?.toolTip).toBe('/clients/acme.sqlite');
    // A named workspace is listed by its client label and display name.
    expect(all.find((item) => item.toolTip === '/clients/b.sqlite')?.label).toBe('ベータ社 — 2026年度');
    (acme?.click as () => void)();
    expect(actions.openRecent).toHaveBeenCalledWith('/clients/acme.sqlite');
  });
});
