#!/usr/bin/env node
// `npm start [-- --workspace PATH]`: builds when dist/ is missing or stale, then opens the Electron app, or
// browser mode when Electron's runtime is not available (it downloads on first use, which needs its host).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const outputs = ['dist/main/electron.cjs', 'dist/main/preload.cjs', 'dist/main/web.cjs', 'dist/main/cli.cjs', 'dist/renderer/index.html'];
const sources = ['main', 'shared', 'renderer', 'package.json', 'scripts/build-main.mjs'];

function newestMtime(entry) {
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const child of readdirSync(entry)) {
    if (child === 'node_modules') continue;
    newest = Math.max(newest, newestMtime(path.join(entry, child)));
  }
  return newest;
}

function buildIsFresh() {
  const built = outputs.map((file) => path.join(root, file));
  if (!built.every((file) => existsSync(file))) return false;
  const oldestOutput = Math.min(...built.map((file) => statSync(file).mtimeMs));
  const newestSource = Math.max(...sources.map((entry) => path.join(root, entry)).filter(existsSync).map(newestMtime));
  return newestSource <= oldestOutput;
}

/** The Electron binary's path, or the one-line reason why there is none. */
function findElectron() {
  const pathFile = path.join(root, 'node_modules/electron/path.txt');
  if (existsSync(pathFile)) {
    const binary = path.join(root, 'node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim());
    if (existsSync(binary)) return { binary };
  }
  if (!existsSync(path.join(root, 'node_modules/electron/package.json'))) return { reason: 'the electron package is not installed' };
  // electron's index.js downloads the runtime on first require; give it a minute, quietly.
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (probe.status === 0 && probe.stdout && existsSync(probe.stdout)) return { binary: probe.stdout };
  if (probe.error) return { reason: `could not download it: ${probe.error.message}` };
  const cause = `${probe.stderr}`.split('\n').find((line) => /^\w*Error: /.test(line));
  return { reason: `could not download it: ${cause ? cause.replace(/^\w*Error: /, '') : `exit code ${probe.status}`}` };
}

/** Runs the app in the foreground; Ctrl-C reaches the child through the terminal, SIGTERM is passed on. */
function runForeground(command, commandArgs) {
  const child = spawn(command, commandArgs, { stdio: 'inherit', cwd: root });
  process.on('SIGINT', () => {});
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  child.on('error', (error) => {
    console.error(error.message);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (!buildIsFresh()) {
  console.log('Building APPI Workbench (dist/ is missing or older than the sources)…');
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', cwd: root, shell: process.platform === 'win32' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

/** Electron runs only with better-sqlite3 built for its ABI; the Node build in node_modules would not load. */
function withElectronSqlite(found) {
  if (!found.binary || existsSync(path.join(root, 'build/electron/better_sqlite3.node'))) return found;
  return { reason: 'better-sqlite3 is not built for Electron yet: run `npm run rebuild:electron`' };
}

const electron = withElectronSqlite(findElectron());
if (electron.binary) {
  // The app folder, not the bundle: Electron then takes the app's name (and its user-data folder) from package.json.
  runForeground(electron.binary, [root, ...args]);
} else {
  console.log(`Electron runtime not available (${electron.reason}); opening browser mode instead.`);
  runForeground(process.execPath, [path.join(root, 'dist/main/web.cjs'), ...args]);
}
