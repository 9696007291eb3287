import fs from 'node:fs';
import path from 'node:path';

/**
 * better-sqlite3 is a native module built for one ABI. node_modules holds the Node build (tests, CLI, browser
 * mode); under an unpackaged Electron, use the Electron build that `npm run rebuild:electron` writes to
 * build/electron/, so both coexist in one checkout. A packaged app has no build/ folder: electron-builder
 * rebuilt node_modules for Electron, and the default binding is right.
 */
export function nativeBinding(): string | undefined {
  if (!process.versions.electron) return undefined;
  // The bundles live in dist/main/, so the checkout's root is two folders up.
  const file = path.resolve(__dirname, '..', '..', 'build', 'electron', 'better_sqlite3.node');
  return fs.existsSync(file) ? file : undefined;
}
