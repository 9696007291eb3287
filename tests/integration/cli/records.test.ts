import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { policyFixture } from '../../policy-fixtures';
import { cliSandbox, expectBilingual, requireBuiltCli, type CliSandbox } from './cli-harness';

/** `init`, `company add|list`, `desk add|list` and import-policy's advice on a workspace not set up yet, as shipped. */
let sandbox: CliSandbox;

beforeAll(() => {
  requireBuiltCli();
  sandbox = cliSandbox();
});
afterAll(() => sandbox?.remove());

function auditOf(file: string): { operation: string; entity: string }[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT operation, entity FROM audit_log ORDER BY id').all() as { operation: string; entity: string }[];
  } finally {
    db.close();
  }
}

const json = <T>(stdout: string) => JSON.parse(stdout) as T;

describe('appi-workbench init, company, desk', () => {
  it('sets up a client: workspace, companies and a desk, each write audited and the trail verified', () => {
    const file = path.join(sandbox.dir, 'clients', 'acme.sqlite');
    const init = sandbox.run('init', '--workspace', file, '--company', '株式会社アクメ', '--json');
    expect(init.status, init.stderr).toBe(0);
    expect(json(init.stdout)).toMatchObject({ workspace: file, company: { id: 1, legalNameJa: '株式会社アクメ' } });

    const add = sandbox.run('company', 'add', '--workspace', file, '--name', '株式会社アクメ物流', '--name-en', 'Acme Logistics K.K.',
      '--address', '東京都港区芝公園1-2-3', '--representative', '山田 太郎', '--json');
    expect(add.status, add.stderr).toBe(0);
    expect(json(add.stdout)).toEqual({ id: 2, legalNameJa: '株式会社アクメ物流', legalNameEn: 'Acme Logistics K.K.', addressJa: '東京都港区芝公園1-2-3', representativeNameJa: '山田 太郎', deskCount: 0 });

    const desk = sandbox.run('desk', 'add', '--workspace', file, '--company', 'acme logistics k.k.', '--name', 'お客様相談室',
      '--phone', '0120-123-456', '--phone', '03-1234-5678', '--email', 'privacy@acme.example', '--hours', '9:00〜17:30', '--json');
    expect(desk.status, desk.stderr).toBe(0);
    expect(json(desk.stdout)).toEqual({ id: 1, companyId: 2, companyName: '株式会社アクメ物流', nameJa: 'お客様相談室', phones: ['0120-123-456', '03-1234-5678'], email: 'privacy@acme.example', hours: '09:00-17:30' });

    const companies = sandbox.run('company', 'list', '--workspace', file, '--json');
    expect(json<{ items: { legalNameJa: string; deskCount: number }[] }>(companies.stdout).items.map((c) => [c.legalNameJa, c.deskCount])).toEqual([
      ['株式会社アクメ', 0],
      ['株式会社アクメ物流', 1],
    ]);
    const desks = sandbox.run('desk', 'list', '--workspace', file, '--company', '株式会社アクメ物流');
    expect(desks.stdout).toContain('お客様相談室（株式会社アクメ物流）');

    expect(auditOf(file)).toEqual([
      { operation: 'companies.create', entity: 'company' },
      { operation: 'companies.create', entity: 'company' },
      { operation: 'desks.create', entity: 'desk' },
    ]);
    const verify = sandbox.run('verify', '--workspace', file);
    expect(verify.status, verify.stderr).toBe(0);
  });

  it.each([
    [['company', 'add', '--name', 'x'.repeat(201)], '--name'],
    [['company', 'add', '--name', '株式会社', '--address', 'x'.repeat(401)], '--address'],
    [['desk', 'add', '--company', '株式会社ひとつ', '--name', '窓口', '--email', 'not-an-email'], '--email'],
    [['desk', 'add', '--company', '株式会社ひとつ', '--name', '窓口', '--phone', 'abc'], '--phone'],
    [['desk', 'add', '--company', '株式会社ひとつ', '--name', '窓口', '--hours', '17:00-09:00'], '--hours'],
    [['desk', 'add', '--company', '株式会社ひとつ', '--name', '窓口', '--hours', 'mornings'], '--hours'],
    [['desk', 'add', '--company', '株式会社ない', '--name', '窓口'], '--company'],
    [['desk', 'add', '--company', '株式会社ひとつ'], '--name'],
  ])('refuses %j with exit 2, naming %s in both languages, and writes nothing', (args, option) => {
    const file = path.join(sandbox.dir, `bad-${option}-${Math.random().toString(36).slice(2)}.sqlite`);
    expect(sandbox.run('init', '--workspace', file, '--company', '株式会社ひとつ').status).toBe(0);
    const before = auditOf(file).length;
    const [command, action, ...rest] = args;
    const result = sandbox.run(command!, action!, '--workspace', file, ...rest);
    expect(result.status).toBe(2);
    const { ja, en } = expectBilingual(result.stderr);
    expect(ja).toContain(`${option}：`);
    expect(en).toContain(`${option}: `);
    expect(auditOf(file)).toHaveLength(before);
  });

  it('init never touches an existing file, and leaves no file when its company is refused', () => {
    const file = path.join(sandbox.dir, 'existing.sqlite');
    expect(sandbox.run('init', '--workspace', file).status).toBe(0);
    const again = sandbox.run('init', '--workspace', file, '--company', '株式会社');
    expect(again.status).toBe(2);
    expect(expectBilingual(again.stderr).en).toContain('company add --workspace');
    expect(auditOf(file)).toEqual([]);

    const refused = path.join(sandbox.dir, 'refused', 'r.sqlite');
    const result = sandbox.run('init', '--workspace', refused, '--company', 'x'.repeat(201));
    expect(result.status).toBe(2);
    expect(expectBilingual(result.stderr).ja).toContain('--company：');
    expect(readdirSync(path.dirname(refused))).toEqual([]);
  });

  it('import-policy on a missing workspace creates nothing and says how to create it', () => {
    const file = path.join(sandbox.dir, 'new-client', 'beta.sqlite');
    const result = sandbox.run('import-policy', policyFixture('gfd-ja.txt'), '--workspace', file, '--company', '株式会社ベータ');
    expect(result.status).toBe(2);
    const { ja, en } = expectBilingual(result.stderr);
    expect(ja).toContain('ワークスペースがありません');
    expect(ja).toContain(`appi-workbench init --workspace ${file} --company "株式会社ベータ" で作成してください`);
    expect(en).toContain(`Create it with appi-workbench init --workspace ${file} --company "株式会社ベータ"`);
    expect(existsSync(path.dirname(file))).toBe(false);
  });

  it('import-policy on a workspace without companies names the command that adds one', () => {
    const file = path.join(sandbox.dir, 'empty.sqlite');
    expect(sandbox.run('init', '--workspace', file).status).toBe(0);
    const result = sandbox.run('import-policy', policyFixture('gfd-ja.txt'), '--workspace', file, '--company', '株式会社ベータ');
    expect(result.status).toBe(2);
    expect(expectBilingual(result.stderr).ja).toContain(`appi-workbench company add --workspace ${file} --name "株式会社ベータ"`);
    expect(auditOf(file)).toEqual([]);
  });
});
