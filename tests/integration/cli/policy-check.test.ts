import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../../main/core/index';
import type { Input, OperationName } from '../../../shared/contract';
import { ruleIds } from '../../../shared/policy/checker';
import { cliSandbox, expectBilingual, requireBuiltCli, sha256, type CliSandbox } from './cli-harness';

/** `check-policy --workspace W --policy ID --json`, run as shipped, on policies the core made in this process. */
let sandbox: CliSandbox;
let workspace: string;
let complete: number;
let sparse: number;

beforeAll(async () => {
  requireBuiltCli();
  sandbox = cliSandbox();
  workspace = path.join(sandbox.dir, 'check.sqlite');
  const core = await createCore({ workspacePath: workspace, userDataDir: path.join(sandbox.dir, 'fixture-user-data'), osUser: 'tester' });
  const call = async <N extends OperationName>(operation: N, input: Input<N>) => {
    const envelope = await core.dispatch(operation, input, core.workspace().id);
    if (!envelope.ok) throw new Error(JSON.stringify(envelope.error));
    return envelope.value as { id: number };
  };
  const company = await call('companies.create', {
    legalNameJa: '株式会社チェック',
    postalCode: '100-0001',
    addressJa: '東京都千代田区千代田1-1',
    representativeTitleJa: '代表取締役',
    representativeNameJa: '山田 太郎',
  });
  await call('desks.create', { companyId: company.id, kind: 'own', nameJa: '個人情報相談窓口', email: 'privacy@check.example.jp' });
  complete = (await call('policies.create', { companyId: company.id, templateId: 'saas_app', requestFeeYen: null, effectiveOn: '2026-04-01' })).id;
  sparse = (await call('policies.create', { companyId: company.id, sections: [{ id: 'a', kind: 'custom', bodyJa: 'よろしくお願いします。' }] })).id;
  core.close();
});
afterAll(() => sandbox?.remove());

interface CheckJson {
  policyId: number;
  rules: {
    id: string;
    level: string;
    status: string;
    citation: string;
    message: { ja: string; en: string };
    evidence: { article: string; quote: string; sectionId: string }[];
    lookedFor: { ja: string; en: string } | null;
  }[];
  summary: { blocking: number };
}

describe('appi-workbench check-policy --json', () => {
  it('prints every rule with its status, readable citation and bilingual message; a complete template has nothing missing', () => {
    const result = sandbox.run('check-policy', '--workspace', workspace, '--policy', String(complete), '--json');
    expect(result.status, result.stderr).toBe(0);
    const out = JSON.parse(result.stdout) as CheckJson;
    expect(out.policyId).toBe(complete);
    expect(out.rules.map((rule) => rule.id)).toEqual([...ruleIds]);
    for (const rule of out.rules) {
      expect(['met', 'missing', 'na']).toContain(rule.status);
      expect(['required', 'recommended']).toContain(rule.level);
      // Every met rule quotes the article and sentence that meet it; anything else says what was looked for.
      if (rule.status === 'met') expect(rule.evidence.length, rule.id).toBeGreaterThan(0);
      else expect(rule.lookedFor, rule.id).not.toBeNull();
      for (const entry of rule.evidence) expect(entry.article, rule.id).toMatch(/^(第\d+条|前文|Article \d+|Preamble)$/);
      expect(typeof rule.citation).toBe('string');
      expect(rule.message.ja).not.toBe('');
      expect(rule.message.en).not.toBe('');
    }
    expect(out.rules.filter((rule) => rule.status === 'missing')).toEqual([]);
    expect(out.rules.find((rule) => rule.id === 'business-identity')?.citation).toBe('APPI Art. 32(1)(i)');
    expect(out.rules.find((rule) => rule.id === 'revisions')?.level).toBe('recommended');
    expect(out.summary.blocking).toBe(0);
  });

  it('reports what a sparse policy lacks, and changes nothing in the workspace', () => {
    const before = sha256(workspace);
    const out = JSON.parse(sandbox.run('check-policy', '--workspace', workspace, '--policy', String(sparse), '--json').stdout) as CheckJson;
    expect(out.rules.filter((rule) => rule.status === 'missing').map((rule) => rule.id)).toEqual(
      expect.arrayContaining(['business-identity', 'purposes', 'requests-procedure', 'complaint-desk', 'security-measures']),
    );
    expect(sha256(workspace)).toBe(before);
  });

  it('without --json prints each rule in both languages and says it is guidance, not legal advice', () => {
    const result = sandbox.run('check-policy', '--workspace', workspace, '--policy', String(sparse));
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('✗ 不足 / missing  business-identity [必須 / required]（個人情報保護法第32条第1項第1号 / APPI Art. 32(1)(i)）');
    expect(result.stdout).toContain('    ? 探したもの：');
    expect(result.stdout).toContain('This is guidance, not legal advice.');
  });
});

describe('appi-workbench check-policy: bad input exits 2 naming the option', () => {
  it.each([
    ['no --policy', ['--workspace', 'W'], '--policy'],
    ['a policy id that is not a number', ['--workspace', 'W', '--policy', 'abc'], '--policy'],
    ['a policy id of zero', ['--workspace', 'W', '--policy', '0'], '--policy'],
    ['an unknown policy', ['--workspace', 'W', '--policy', '9999'], '--policy'],
    ['no --workspace', ['--policy', '1'], '--workspace'],
    ['a missing workspace', ['--workspace', 'nowhere.sqlite', '--policy', '1'], '--workspace'],
  ])('%s', (_label, args, option) => {
    const result = sandbox.run('check-policy', ...args.map((arg) => (arg === 'W' ? workspace : arg)), '--json');
    expect(result.status, result.stderr).toBe(2);
    expect(result.stdout).toBe('');
    const { ja, en } = expectBilingual(result.stderr);
    expect(ja).toContain(option);
    expect(en).toContain(option);
  });
});
