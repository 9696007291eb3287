#!/usr/bin/env node
// `npm test`: every test, on a fresh machine. Installs the Debian packages it needs when it can
// (root with apt-get), else names them and stops; builds; lints; type-checks; runs Vitest; then runs
// the date-sensitive unit tests again under two other time zones. Ends with one "N passed, N failed" line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { systemPackages } from './system-packages.mjs';

const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`✖ ${label} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
}

function ensureSystemPackages() {
  const missing = systemPackages.filter((p) => !has(p.command));
  if (missing.length === 0) return;
  const names = missing.map((p) => p.pkg).join(' ');
  const isRoot = process.getuid?.() === 0;
  if (isRoot && has('apt-get')) {
    console.log(`Installing system packages the tests need: ${names}`);
    run('apt-get update', 'apt-get', ['update', '-qq']);
    run(`apt-get install ${names}`, 'apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing.map((p) => p.pkg)], {
      DEBIAN_FRONTEND: 'noninteractive',
    });
    return;
  }
  console.error('These system packages are needed and could not be installed automatically:');
  for (const p of missing) console.error(`  ${p.pkg} (${p.why})`);
  console.error(`Install them with: sudo apt-get install ${names}`);
  process.exit(1);
}

function vitest(label, args, env, reportFile) {
  run(label, 'npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${reportFile}`], env);
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests };
}

ensureSystemPackages();
mkdirSync('test-results', { recursive: true });
run('build', 'npm', ['run', 'build', '--silent']);
run('lint (layer rules included)', 'npx', ['eslint', '.']);
run('type-check', 'npx', ['tsc', '--noEmit', '-p', '.']);

const totals = { passed: 0, failed: 0, skipped: 0 };
const add = (r) => {
  totals.passed += r.passed;
  totals.failed += r.failed;
  totals.skipped += r.skipped;
};
add(vitest('all tests (unit, integration, end to end)', [], {}, 'test-results/vitest.json'));
// Deadlines are computed in Japan time whatever the machine's zone: prove it from two other zones.
if (existsSync('tests/unit/appi')) {
  for (const tz of ['America/Los_Angeles', 'Asia/Tokyo']) {
    add(vitest(`APPI rules again under TZ=${tz}`, ['tests/unit/appi'], { TZ: tz }, `test-results/vitest-${tz.replace('/', '-')}.json`));
  }
}
// A skipped test proves nothing: it fails the run as surely as a failing one.
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed === 0 && totals.skipped === 0 ? 0 : 1);
