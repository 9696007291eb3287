import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Session } from 'electron';
import { denyPermissions, guardAllWebContents } from '../../../main/electron/security';
import { createMainWindow } from '../../../main/electron/window';
import { FakeWebContents } from './fake-electron';

const fake = await vi.hoisted(async () => (await import('./fake-electron')).createFakeElectron());
vi.mock('electron', () => fake.module);

beforeEach(() => fake.reset());

describe('the main window (Electron security checklist, webPreferences)', () => {
  function webPreferences(isDev = false): Record<string, unknown> {
    createMainWindow('/app/dist/main/preload.cjs', isDev);
    expect(fake.BrowserWindow.instances).toHaveLength(1);
    return fake.BrowserWindow.instances[0]!.options.webPreferences ?? {};
  }

  it('isolates and sandboxes the page, without Node, with web security on', () => {
    expect(webPreferences()).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('turns on nothing experimental and nothing that loosens the above', () => {
    const prefs = webPreferences();
    for (const key of ['experimentalFeatures', 'enableBlinkFeatures', 'nodeIntegrationInWorker', 'plugins', 'enableWebSQL']) {
      expect(prefs[key], key).not.toBe(true);
      if (key === 'enableBlinkFeatures') expect(prefs[key] ?? '', key).toBe('');
    }
  });

  it('loads the given preload, and the page from app://workbench only', () => {
    const prefs = webPreferences();
    expect(prefs.preload).toBe('/app/dist/main/preload.cjs');
    const window = fake.BrowserWindow.instances[0]!;
    expect(window.loadURL.mock.calls).toEqual([['app://workbench/']]);
  });

  it('offers developer tools only in a development run', () => {
    expect(webPreferences(false).devTools).toBe(false);
    fake.reset();
    expect(webPreferences(true).devTools).toBe(true);
  });

  it('keeps the workspace title rather than the page title, and shows the window once ready', () => {
    webPreferences();
    const window = fake.BrowserWindow.instances[0]!;
    const titleEvent = { preventDefault: vi.fn() };
    window.emit('page-title-updated', titleEvent, 'page title');
    expect(titleEvent.preventDefault).toHaveBeenCalled();
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledTimes(1);
  });
});

describe('every web contents is kept on app://workbench', () => {
  /** A web contents as Electron announces it after guardAllWebContents() ran. */
  function guardedContents(): FakeWebContents {
    guardAllWebContents();
    const contents = new FakeWebContents();
    fake.app.emit('web-contents-created', { preventDefault: vi.fn() }, contents);
    return contents;
  }

  const ownPages = ['app://workbench/', 'app://workbench/index.html#/companies', 'app://workbench/?lang=en'];
  const foreignPages = [
    'https://example.com/',
    'http://127.0.0.1:8080/',
    'file:///etc/passwd',
    'app://evil/',
    'app://workbench.evil.example/',
    'app://workbench@evil/',
    'https://workbench/',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'about:blank',
    'not a url',
  ];

  it.each(['will-navigate', 'will-redirect'])('%s: allows our own pages', (name) => {
    const contents = guardedContents();
    for (const url of ownPages) expect(contents.fire(name, url), url).toBe(false);
  });

  it.each(['will-navigate', 'will-redirect'])('%s: prevents every other URL', (name) => {
    const contents = guardedContents();
    for (const url of foreignPages) expect(contents.fire(name, url), url).toBe(true);
  });

  it('refuses to attach a <webview>', () => {
    expect(guardedContents().fire('will-attach-webview')).toBe(true);
  });

  it('denies every new window; only http(s) links go to the OS browser', () => {
    const contents = guardedContents();
    const handler = contents.windowOpenHandler;
    expect(handler).not.toBeNull();
    const web = ['https://www.ppc.go.jp/personalinfo/', 'http://example.com/a?b=c'];
    const never = [
      'file:///C:/Windows/System32/calc.exe',
      'javascript:alert(1)',
      'app://workbench/',
      'ms-msdt:/id PCWDiagnostic',
      'smb://attacker/share',
      'vscode://file/etc/passwd',
      'mailto:someone@example.com',
      'data:text/html,hi',
      'not a url',
    ];
    for (const url of [...web, ...never]) expect(handler!({ url }), url).toEqual({ action: 'deny' });
    expect(fake.shell.openExternal.mock.calls).toEqual(web.map((url) => [url]));
  });

  it('guards contents created later too (the listener stays on the app)', () => {
    guardAllWebContents();
    expect(fake.app.listenerCount('web-contents-created')).toBe(1);
    const later = new FakeWebContents();
    fake.app.emit('web-contents-created', { preventDefault: vi.fn() }, later);
    expect(later.fire('will-navigate', 'https://example.com/')).toBe(true);
  });
});

describe('permissions', () => {
  function installed() {
    const session = fake.session.defaultSession;
    denyPermissions(session as unknown as Session);
    const request = session.setPermissionRequestHandler.mock.calls[0]?.[0] as
      | ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void)
      | undefined;
    const check = session.setPermissionCheckHandler.mock.calls[0]?.[0] as ((...args: unknown[]) => boolean) | undefined;
    expect(request).toBeTypeOf('function');
    expect(check).toBeTypeOf('function');
    return { request: request!, check: check! };
  }

  const permissions = ['media', 'notifications', 'geolocation', 'clipboard-read', 'clipboard-sanitized-write', 'openExternal', 'fullscreen'];

  it.each(permissions)('denies a request for %s', (permission) => {
    const callback = vi.fn();
    installed().request({}, permission, callback);
    expect(callback.mock.calls).toEqual([[false]]);
  });

  it.each(permissions)('answers a check for %s with false', (permission) => {
    expect(installed().check({}, permission, 'app://workbench', {})).toBe(false);
  });
});
