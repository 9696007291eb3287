import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/**
 * Just enough of Electron's main-process and preload APIs to import the shell's modules under plain Node and
 * watch what they ask of Electron. Each test file creates its own with
 *   const fake = await vi.hoisted(async () => (await import('./fake-electron')).createFakeElectron());
 *   vi.mock('electron', () => fake.module);
 * so the fake outlives vi.resetModules() (main.ts runs on import and is imported once per scenario).
 */

export interface FakeEvent {
  url?: string;
  preventDefault: ReturnType<typeof vi.fn>;
}

type WindowOpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: WindowOpenHandler | null = null;
  readonly setWindowOpenHandler = vi.fn((handler: WindowOpenHandler) => {
    this.windowOpenHandler = handler;
  });
  readonly reload = vi.fn();

  /** Emits `name` as Electron does (an event object first) and tells whether a listener prevented it. */
  fire(name: string, url?: string): boolean {
    const event: FakeEvent = { url, preventDefault: vi.fn() };
    this.emit(name, event, url);
    return event.preventDefault.mock.calls.length > 0;
  }
}

type AnyHandler = (...args: never[]) => unknown;

export function createFakeElectron() {
  let userDataDir = '/nonexistent/user-data';
  let releaseReady: () => void = () => {};
  let ready = new Promise<void>((resolve) => (releaseReady = resolve));

  const app = Object.assign(new EventEmitter(), {
    isPackaged: true,
    enableSandbox: vi.fn(),
    requestSingleInstanceLock: vi.fn(() => true),
    quit: vi.fn(),
    exit: vi.fn(),
    whenReady: vi.fn(() => ready),
    getPath: vi.fn((_name: string) => userDataDir),
    getVersion: vi.fn(() => '0.0.0-test'),
  });

  class BrowserWindow extends EventEmitter {
    static readonly instances: BrowserWindow[] = [];
    static getAllWindows(): BrowserWindow[] {
      return [...BrowserWindow.instances];
    }
    readonly webContents = new FakeWebContents();
    minimized = false;
    readonly loadURL = vi.fn(async (_url: string) => {});
    readonly setTitle = vi.fn();
    readonly show = vi.fn();
    readonly focus = vi.fn();
    readonly restore = vi.fn(() => {
      this.minimized = false;
    });
    constructor(readonly options: { webPreferences?: Record<string, unknown> } & Record<string, unknown>) {
      super();
      BrowserWindow.instances.push(this);
    }
    isMinimized(): boolean {
      return this.minimized;
    }
  }

  const ipcHandlers = new Map<string, AnyHandler>();
  const ipcMain = {
    handlers: ipcHandlers,
    // Like Electron: a second handler on one channel is an error, not a silent replacement.
    handle: vi.fn((channel: string, handler: AnyHandler) => {
      if (ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      ipcHandlers.set(channel, handler);
    }),
  };

  const protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();
  const protocol = {
    handlers: protocolHandlers,
    registerSchemesAsPrivileged: vi.fn(),
    handle: vi.fn((scheme: string, handler: (request: Request) => Promise<Response>) => {
      protocolHandlers.set(scheme, handler);
    }),
  };

  const session = {
    defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() },
  };
  const shell = { openExternal: vi.fn(async (_url: string) => {}), openPath: vi.fn(async (_path: string) => '') };
  const dialog = {
    showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePaths: [] as string[] })),
    showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePath: '' })),
    showErrorBox: vi.fn(),
    showMessageBox: vi.fn(async () => ({ response: 0 })),
  };
  const Menu = {
    buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
    setApplicationMenu: vi.fn(),
  };
  const contextBridge = { exposeInMainWorld: vi.fn() };
  const ipcRenderer = { invoke: vi.fn(async (_channel: string, _input: unknown) => ({ ok: true, value: 'sent' }) as unknown) };

  const module = { app, BrowserWindow, ipcMain, protocol, session, shell, dialog, Menu, contextBridge, ipcRenderer };

  return {
    module: { ...module, default: module },
    ...module,
    /** Lets the pending app.whenReady() resolve, as Electron does once it has started. */
    becomeReady: () => releaseReady(),
    setUserDataDir(dir: string) {
      userDataDir = dir;
    },
    /** Back to a freshly started, not yet ready Electron: no handlers, windows, listeners or recorded calls. */
    reset() {
      // Forgets recorded calls and queued once-answers; every fake answers as created again.
      vi.resetAllMocks();
      app.removeAllListeners();
      app.isPackaged = true;
      ready = new Promise<void>((resolve) => (releaseReady = resolve));
      BrowserWindow.instances.length = 0;
      ipcHandlers.clear();
      protocolHandlers.clear();
    },
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
export type FakeBrowserWindow = InstanceType<FakeElectron['BrowserWindow']>;
