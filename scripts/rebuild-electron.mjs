#!/usr/bin/env node
// `npm run rebuild:electron`: better-sqlite3 built for Electron at build/electron/better_sqlite3.node, beside the
// Node build in node_modules (tests, CLI, browser mode), so `npm start` can run Electron from a checkout.
// Needs Electron's headers from the network. Packaging does its own rebuild (electron-builder, npmRebuild).
import { rebuild } from '@electron/rebuild';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const versionOf = (name) => JSON.parse(readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
const electronVersion = versionOf('electron');
const sqliteVersion = versionOf('better-sqlite3');
// Rebuilding in place would replace the Node build: rebuild a scratch copy instead.
const scratch = mkdtempSync(path.join(tmpdir(), 'appi-electron-sqlite-'));
try {
  writeFileSync(
    path.join(scratch, 'package.json'),
    JSON.stringify({ name: 'scratch', private: true, dependencies: { 'better-sqlite3': sqliteVersion } }),
  );
  for (const name of ['better-sqlite3', 'bindings', 'file-uri-to-path']) {
    cpSync(path.join(root, 'node_modules', name), path.join(scratch, 'node_modules', name), { recursive: true });
  }
  rmSync(path.join(scratch, 'node_modules/better-sqlite3/build'), { recursive: true, force: true });
  await rebuild({ buildPath: scratch, electronVersion, onlyModules: ['better-sqlite3'], force: true });
  mkdirSync(path.join(root, 'build/electron'), { recursive: true });
  copyFileSync(
    path.join(scratch, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'),
    path.join(root, 'build/electron/better_sqlite3.node'),
  );
  console.log(`build/electron/better_sqlite3.node: better-sqlite3 ${sqliteVersion} for Electron ${electronVersion}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
