import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { version } from '../../../package.json';
import { cliSandbox, expectBilingual, requireBuiltCli, type CliSandbox } from './cli-harness';

let sandbox: CliSandbox;

beforeAll(() => {
  requireBuiltCli();
  sandbox = cliSandbox();
});
afterAll(() => sandbox?.remove());

describe('appi-workbench: help and version', () => {
  it.each(['--help', '-h', 'help'])('%s prints the usage in both languages on stdout and exits 0', (flag) => {
    const result = sandbox.run(flag);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain(`appi-workbench ${version}`);
    expect(result.stdout).toContain('使い方 / Usage: appi-workbench <command> [options]');
    // Every command, with its summary in Japanese and in English.
    expect(result.stdout).toContain('info --workspace W [--json]');
    expect(result.stdout).toContain('ワークスペースのファイル、スキーマの版、バックアップを表示');
    expect(result.stdout).toContain("Show a workspace's file, schema version and backups");
    expect(result.stdout).toMatch(/^ {2}serve /m);
  });

  it('<command> --help prints that command’s usage and exits 0 without running it', () => {
    const result = sandbox.run('info', '--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('使い方 / Usage: appi-workbench info --workspace W [--json]');
  });

  it.each(['--version', '-v'])('%s prints the package version alone and exits 0', (flag) => {
    const result = sandbox.run(flag);
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe(version);
  });

  it('no command at all is a usage error: the help on stderr, exit 2', () => {
    const result = sandbox.run();
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('使い方 / Usage:');
  });
});

describe('appi-workbench: wrong commands and options exit 2 with a bilingual message', () => {
  it('an unknown command names it', () => {
    const result = sandbox.run('frobnicate', '--workspace', 'x.sqlite');
    expect(result.status).toBe(2);
    const { ja, en } = expectBilingual(result.stderr);
    expect(ja).toContain('frobnicate');
    expect(en).toContain('unknown command (frobnicate)');
    expect(result.stdout).toBe('');
  });

  it.each([
    ['a long option', ['info', '--workspace', 'x.sqlite', '--frob'], '--frob'],
    ['a short option', ['info', '-x'], '-x'],
  ])('an unknown option (%s) names it', (_name, args, option) => {
    const result = sandbox.run(...args);
    expect(result.status).toBe(2);
    const { ja, en } = expectBilingual(result.stderr);
    expect(ja).toContain(option);
    expect(en).toContain(`${option}: unknown option`);
  });

  it('a value given to a flag that takes none', () => {
    const result = sandbox.run('info', '--workspace', 'x.sqlite', '--json=yes');
    expect(result.status).toBe(2);
    expect(expectBilingual(result.stderr).en).toContain('--json');
  });

  it('a stray positional argument', () => {
    const result = sandbox.run('info', 'x.sqlite');
    expect(result.status).toBe(2);
    const { en } = expectBilingual(result.stderr);
    expect(en).toContain("'x.sqlite'");
  });
});
