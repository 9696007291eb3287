import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { policyFixture } from '../../policy-fixtures';
import { cliPath, cliSandbox, requireBuiltCli, type CliSandbox } from './cli-harness';

/**
 * The README's "Setting up a client from nothing" script, run as written: its commands between the
 * client-setup-script markers, with `npx appi-workbench` standing for the built CLI. If the README changes, this runs
 * the new script.
 */
const readme = readFileSync(path.resolve(__dirname, '../../../README.md'), 'utf8');

function readmeScript(): string {
  const block = /<!-- client-setup-script[^>]*-->\s*```sh\n([\s\S]*?)```\s*<!-- \/client-setup-script -->/.exec(readme);
  if (!block) throw new Error('README.md has no client-setup-script block');
  return block[1]!;
}

let sandbox: CliSandbox;

beforeAll(() => {
  requireBuiltCli();
  sandbox = cliSandbox();
});
afterAll(() => sandbox?.remove());

describe('the README client set-up script', () => {
  it('sets up a client, imports and checks its policy, exports everything and verifies, each command exiting 0', () => {
    const script = readmeScript();
    expect(script).toContain('npx appi-workbench init');
    copyFileSync(policyFixture('gfd-ja.txt'), path.join(sandbox.dir, 'acme-policy.txt'));
    mkdirSync(path.join(sandbox.dir, 'clients'));
    const home = path.join(sandbox.dir, 'home');
    const shell = `appi() { "${process.execPath}" "${cliPath}" "$@"; }\n${script.replace(/npx appi-workbench/g, 'appi')}`;
    const result = spawnSync('bash', ['-c', shell], {
      cwd: sandbox.dir,
      env: { PATH: `${path.dirname(process.execPath)}:${process.env.PATH ?? ''}`, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), TMPDIR: process.env.TMPDIR },
      encoding: 'utf8',
      timeout: 180_000,
    });
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
    expect(result.stdout).toContain('Verified: the audit trail is intact.');
    const imported = JSON.parse(readFileSync(path.join(sandbox.dir, 'imported.json'), 'utf8')) as { policyId: number };
    expect(imported.policyId).toBe(1);
    expect(readdirSync(path.join(sandbox.dir, 'acme-documents')).some((name) => name.endsWith('.pdf'))).toBe(true);
  });
});
