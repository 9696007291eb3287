import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { describe, expect, it } from 'vitest';

/** The marker Electron puts before its fuse wire (@electron/fuses' constants). */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/**
 * The fuses are flipped at packaging. The Electron runtime cannot be downloaded here, so these read the hook's
 * configuration, check electron-builder runs it, and run it on a stand-in binary that carries a fuse wire.
 */
const root = path.resolve(__dirname, '../../..');
const hookPath = path.join(root, 'scripts/electron-fuses.cjs');
const hook = createRequire(__filename)(hookPath) as {
  (context: unknown): Promise<void>;
  fuses: Record<string, boolean>;
  electronBinary(context: unknown): string;
};

describe('Electron fuses', () => {
  it('electron-builder runs the hook after packing', () => {
    const config = readFileSync(path.join(root, 'electron-builder.yml'), 'utf8');
    expect(config).toMatch(/^afterPack: scripts\/electron-fuses\.cjs$/m);
  });

  it('turns run-as-node, NODE_OPTIONS and --inspect off, cookie encryption, asar integrity and asar-only loading on', () => {
    expect(hook.fuses).toMatchObject({
      RunAsNode: false,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableCookieEncryption: true,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
    });
    // Every name is a fuse @electron/fuses knows (a typo would flip nothing).
    for (const name of Object.keys(hook.fuses)) expect(FuseV1Options, name).toHaveProperty(name);
  });

  it('finds the packaged binary of each platform', () => {
    const context = (platform: string) => ({
      appOutDir: '/out',
      electronPlatformName: platform,
      packager: { appInfo: { productFilename: 'APPI Workbench' }, executableName: 'appi-workbench' },
    });
    expect(hook.electronBinary(context('linux'))).toBe('/out/appi-workbench');
    expect(hook.electronBinary(context('win32'))).toBe('/out/APPI Workbench.exe');
    expect(hook.electronBinary(context('darwin'))).toBe('/out/APPI Workbench.app');
  });

  it('flips those fuses in a binary and leaves the others as Electron ships them', async () => {
    // A stand-in for the Electron binary: bytes around the fuse wire as Electron embeds it (sentinel, version 1,
    // 9 fuses in Electron's shipped state: RunAsNode, cookie encryption … as '1'/'0').
    const dir = mkdtempSync(path.join(tmpdir(), 'appi-fuses-'));
    try {
      const shipped = '101100101';
      writeFileSync(
        path.join(dir, 'appi-workbench'),
        Buffer.concat([randomBytes(4096), Buffer.from(SENTINEL), Buffer.from([1, shipped.length]), Buffer.from(shipped), randomBytes(4096)]),
      );
      await hook({
        appOutDir: dir,
        electronPlatformName: 'linux',
        packager: { appInfo: { productFilename: 'APPI Workbench' }, executableName: 'appi-workbench' },
      });
      const wire = await getCurrentFuseWire(path.join(dir, 'appi-workbench'));
      const state = (option: FuseV1Options) => String.fromCharCode(wire[option] as number);
      expect(state(FuseV1Options.RunAsNode)).toBe('0');
      expect(state(FuseV1Options.EnableCookieEncryption)).toBe('1');
      expect(state(FuseV1Options.EnableNodeOptionsEnvironmentVariable)).toBe('0');
      expect(state(FuseV1Options.EnableNodeCliInspectArguments)).toBe('0');
      expect(state(FuseV1Options.EnableEmbeddedAsarIntegrityValidation)).toBe('1');
      expect(state(FuseV1Options.OnlyLoadAppFromAsar)).toBe('1');
      expect(state(FuseV1Options.GrantFileProtocolExtraPrivileges)).toBe('0');
      // Not ours to set: as shipped.
      expect(state(FuseV1Options.LoadBrowserProcessSpecificV8Snapshot)).toBe(shipped[FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]);
      expect(state(FuseV1Options.WasmTrapHandlers)).toBe(shipped[FuseV1Options.WasmTrapHandlers]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
