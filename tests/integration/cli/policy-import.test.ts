import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../../main/core/index';
import { cliSandbox, expectBilingual, requireBuiltCli, type CliSandbox } from './cli-harness';
import { policyFixture } from '../../policy-fixtures';

/** `import-policy FILE --workspace W [--company NAME] --json`, run as shipped (dist/main/cli.cjs). */
const fixture = policyFixture;

let sandbox: CliSandbox;
let single: string;
let several: string;

async function workspaceWith(name: string, companies: string[][]): Promise<string> {
  const file = path.join(sandbox.dir, name);
  const core = await createCore({ workspacePath: file, userDataDir: path.join(sandbox.dir, 'fixture-user-data'), osUser: 'tester' });
  for (const [legalNameJa, legalNameEn] of companies) {
    const envelope = await core.dispatch('companies.create', { legalNameJa, legalNameEn }, core.workspace().id);
    if (!envelope.ok) throw new Error(JSON.stringify(envelope.error));
  }
  core.close();
  return file;
}

function count(file: string, table: 'policies' | 'audit_log'): number {
  const db = new Database(file, { readonly: true });
  try {
    return Number(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get());
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  requireBuiltCli();
  sandbox = cliSandbox();
  single = await workspaceWith('single.sqlite', [['株式会社ひとつ', 'Hitotsu K.K.']]);
  several = await workspaceWith('several.sqlite', [['株式会社いち', 'Ichi Inc.'], ['株式会社に', 'Ni Inc.']]);
});
afterAll(() => sandbox?.remove());

describe('appi-workbench import-policy --json', () => {
  it.each(['gfd-ja.txt', 'helte-en.txt'])('imports %s into the only company: a policy id and its sections, every line kept', (name) => {
    const result = sandbox.run('import-policy', fixture(name), '--workspace', single, '--json');
    expect(result.status, result.stderr).toBe(0);
    const out = JSON.parse(result.stdout) as { policyId: number; sections: { kind: string; heading: string; body: string }[] };
    expect(out.policyId).toBeGreaterThan(0);
    expect(out.sections.length).toBeGreaterThanOrEqual(5);
    expect(Object.keys(out.sections[0]!).sort()).toEqual(['body', 'heading', 'kind']);
    const kept = out.sections.map((s) => `${s.heading}\n${s.body}`);
    const lines = readFileSync(fixture(name), 'utf8').split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
    expect(lines.filter((line) => !kept.some((section) => section.includes(line)))).toEqual([]);
  });

  it('picks the company by its legal name in Japanese or English, the options in any order', () => {
    for (const company of ['株式会社に', 'ni inc.']) {
      const result = sandbox.run('import-policy', '--workspace', several, '--company', company, fixture('hakusan-ja.txt'), '--json');
      expect(result.status, result.stderr).toBe(0);
    }
    expect(count(several, 'policies')).toBe(2);
  });

  it('without --json prints the policy and its sections in both languages', () => {
    const result = sandbox.run('import-policy', fixture('picocela-en.txt'), '--workspace', single);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^ポリシー \/ Policy: \d+ /);
    expect(result.stdout).toContain('[purposes_of_use]');
  });
});

describe('appi-workbench import-policy: bad input exits 2 naming the option, and writes nothing', () => {
  it.each([
    ['no FILE', ['--workspace', 'SINGLE'], 'FILE'],
    ['no --workspace', ['policy.txt'], '--workspace'],
    ['an unknown option', ['policy.txt', '--workspace', 'SINGLE', '--force'], '--force'],
    ['a missing file', ['missing.txt', '--workspace', 'SINGLE'], 'FILE'],
    ['several companies and no --company', ['policy.txt', '--workspace', 'SEVERAL'], '--company'],
    ['an unknown company', ['policy.txt', '--workspace', 'SEVERAL', '--company', '株式会社さん'], '--company'],
    ['an empty file', ['empty.txt', '--workspace', 'SINGLE'], 'FILE'],
    ['a binary file', ['binary.txt', '--workspace', 'SINGLE'], 'FILE'],
    ['a text file named .docx', ['fake.docx', '--workspace', 'SINGLE'], 'FILE'],
    ['a 20 MB text file', ['huge.txt', '--workspace', 'SINGLE'], 'FILE'],
  ])('%s', (_label, args, option) => {
    writeFileSync(path.join(sandbox.dir, 'policy.txt'), '第1条（利用目的）\n当社は個人情報を利用します。\n');
    writeFileSync(path.join(sandbox.dir, 'empty.txt'), '');
    writeFileSync(path.join(sandbox.dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]));
    writeFileSync(path.join(sandbox.dir, 'fake.docx'), 'this is not a word document');
    writeFileSync(path.join(sandbox.dir, 'huge.txt'), Buffer.alloc(20 * 1024 * 1024, 'あいうえお\n'));
    const resolved = args.map((arg) => (arg === 'SEVERAL' ? several : arg === 'SINGLE' ? single : arg));
    const before = [count(single, 'audit_log'), count(several, 'audit_log')];
    const result = sandbox.run('import-policy', ...resolved, '--json');
    expect(result.status, result.stderr).toBe(2);
    expect(result.stdout).toBe('');
    const { ja, en } = expectBilingual(result.stderr);
    expect(ja).toContain(option);
    expect(en).toContain(option);
    expect([count(single, 'audit_log'), count(several, 'audit_log')]).toEqual(before);
  });

  it('says why a file is refused', () => {
    writeFileSync(path.join(sandbox.dir, 'huge.txt'), Buffer.alloc(20 * 1024 * 1024, 'a'));
    expect(sandbox.run('import-policy', 'huge.txt', '--workspace', single).stderr).toContain('5 MB');
    writeFileSync(path.join(sandbox.dir, 'fake.docx'), 'not a docx');
    expect(sandbox.run('import-policy', 'fake.docx', '--workspace', single).stderr).toContain('Word document');
    writeFileSync(path.join(sandbox.dir, 'empty.txt'), '\n\n');
    expect(sandbox.run('import-policy', 'empty.txt', '--workspace', single).stderr).toContain('empty');
  });
});
