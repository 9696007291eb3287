import { describe, expect, it } from 'vitest';
import { defaultUserDataDir, defaultWorkspacePath, resolveWorkspacePath } from '../../../main/core/paths';
import { isAppError } from '../../../shared/errors';

/** Must agree with Electron's app.getPath('userData') for productName "APPI Workbench". */
describe('default locations', () => {
  it('uses $XDG_CONFIG_HOME or ~/.config on Linux', () => {
    expect(defaultUserDataDir({}, { platform: 'linux', home: '/home/ann' })).toBe('/home/ann/.config/APPI Workbench');
    expect(defaultUserDataDir({ XDG_CONFIG_HOME: '/cfg' }, { platform: 'linux', home: '/home/ann' })).toBe('/cfg/APPI Workbench');
  });

  it('uses ~/Library/Application Support on macOS', () => {
    expect(defaultUserDataDir({ XDG_CONFIG_HOME: '/ignored' }, { platform: 'darwin', home: '/Users/ann' })).toBe(
      '/Users/ann/Library/Application Support/APPI Workbench',
    );
  });

  it('uses %APPDATA% on Windows', () => {
    expect(defaultUserDataDir({ APPDATA: 'C:\\Users\\ann\\AppData\\Roaming' }, { platform: 'win32', home: 'C:\\Users\\ann' })).toBe(
      'C:\\Users\\ann\\AppData\\Roaming\\APPI Workbench',
    );
    expect(defaultUserDataDir({}, { platform: 'win32', home: 'C:\\Users\\ann' })).toBe('C:\\Users\\ann\\AppData\\Roaming\\APPI Workbench');
  });

  it('puts the default workspace in the user-data folder', () => {
    expect(defaultWorkspacePath({}, { platform: 'linux', home: '/home/ann' })).toBe('/home/ann/.config/APPI Workbench/workspace.sqlite');
    expect(defaultWorkspacePath({ APPDATA: 'D:\\Roaming' }, { platform: 'win32', home: 'C:\\Users\\ann' })).toBe(
      'D:\\Roaming\\APPI Workbench\\workspace.sqlite',
    );
  });
});

describe('resolveWorkspacePath', () => {
  const linux = { platform: 'linux' as const, home: '/home/ann', cwd: '/work' };

  it('takes --workspace PATH and --workspace=PATH, made absolute against the working folder', () => {
    expect(resolveWorkspacePath(['--workspace', 'clients/a.sqlite'], {}, linux)).toBe('/work/clients/a.sqlite');
    expect(resolveWorkspacePath(['--port', '0', '--workspace=/data/b.sqlite'], {}, linux)).toBe('/data/b.sqlite');
  });

  it('prefers the argument over the environment, and the environment over the default', () => {
    const env = { APPI_WORKBENCH_WORKSPACE: '/env/c.sqlite' };
    expect(resolveWorkspacePath(['--workspace', '/arg/a.sqlite'], env, linux)).toBe('/arg/a.sqlite');
    expect(resolveWorkspacePath([], env, linux)).toBe('/env/c.sqlite');
    expect(resolveWorkspacePath([], { APPI_WORKBENCH_WORKSPACE: '' }, linux)).toBe('/home/ann/.config/APPI Workbench/workspace.sqlite');
  });

  it('ignores what follows --', () => {
    expect(resolveWorkspacePath(['--', '--workspace', '/x.sqlite'], {}, linux)).toBe('/home/ann/.config/APPI Workbench/workspace.sqlite');
  });

  it.each([[['--workspace']], [['--workspace=']], [['--workspace', '--verbose']]])('refuses %j with a message naming the option', (argv) => {
    let error: unknown;
    try {
      resolveWorkspacePath(argv, {}, linux);
    } catch (e) {
      error = e;
    }
    expect(isAppError(error) && error.code).toBe('validation');
    expect(isAppError(error) && error.text.en).toContain('--workspace');
  });
});
