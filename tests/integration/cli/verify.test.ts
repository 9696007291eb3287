import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VerifyReport } from '../../../shared/contract/audit';
import { cliSandbox, expectBilingual, requireBuiltCli, sha256, type CliSandbox } from './cli-harness';

/** `verify --workspace W [--json]` as shipped: 0 intact, 1 broken (first break first), 2 bad input; the file untouched. */
let sandbox: CliSandbox;

beforeAll(() => {
  requireBuiltCli();
  sandbox = cliSandbox();
});
afterAll(() => sandbox?.remove());

function clientWorkspace(name: string): string {
  const file = path.join(sandbox.dir, name);
  for (const args of [
    ['init', '--workspace', file, '--company', '株式会社検査'],
    ['desk', 'add', '--workspace', file, '--company', '株式会社検査', '--name', '相談窓口', '--email', 'desk@kensa.example'],
    ['desk', 'add', '--workspace', file, '--company', '株式会社検査', '--name', '第二窓口'],
  ]) {
    const result = sandbox.run(...args);
    if (result.status !== 0) throw new Error(result.stderr);
  }
  return file;
}

function tamper(file: string, statements: string): void {
  const db = new Database(file);
  db.exec(statements);
  db.close();
}

describe('appi-workbench verify', () => {
  it('exits 0 on an intact workspace, prints the chain head, and changes nothing on disk', () => {
    const file = clientWorkspace('intact.sqlite');
    const before = sha256(file);
    const files = readdirSync(sandbox.dir).sort();
    const result = sandbox.run('verify', '--workspace', file, '--json');
    expect(result.status, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as VerifyReport;
    expect(report).toMatchObject({ ok: true, auditRows: 3, recordsChecked: 3, problems: [], problemCount: 0, head: { id: 3 } });
    expect(report.head!.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(sha256(file)).toBe(before);
    expect(readdirSync(sandbox.dir).sort()).toEqual(files);
    expect(sandbox.run('verify', '--workspace', file).stdout).toContain('Verified: the audit trail is intact.');
  });

  it('exits 1 and prints the first break first, in both languages', () => {
    const file = clientWorkspace('tampered.sqlite');
    tamper(file, `
      DROP TRIGGER audit_log_no_update;
      UPDATE audit_log SET actor = '誰か' WHERE id = 2;
      UPDATE desks SET name_ja = '改ざん窓口' WHERE id = 2;`);
    const result = sandbox.run('verify', '--workspace', file);
    expect(result.status).toBe(1);
    const lines = result.stderr.split('\n');
    const first = lines.indexOf('最初の不整合 / First break');
    expect(lines.slice(first + 1, first + 3)).toEqual([
      '  操作履歴 #2 の内容が記録後に書き換えられています（ハッシュが一致しません）。',
      '  Audit row #2 was changed after it was written (its hash does not match).',
    ]);
    expect(result.stderr).toContain('窓口 #2 が最後の操作履歴 #3 の記録と異なります（窓口名（日本語））。');
    expect(result.stderr).toContain('audit_log_no_update');

    const json = sandbox.run('verify', '--workspace', file, '--json');
    expect(json.status).toBe(1);
    expect((JSON.parse(json.stdout) as VerifyReport).problems.map((p) => p.kind)).toEqual(['edited_row', 'record_changed', 'trigger_missing']);
  });

  it('exits 2 naming --workspace for a missing file or one that is not a workspace', () => {
    writeFileSync(path.join(sandbox.dir, 'notes.txt'), 'plain text, not a workspace');
    for (const file of [path.join(sandbox.dir, 'none.sqlite'), path.join(sandbox.dir, 'notes.txt')]) {
      const result = sandbox.run('verify', '--workspace', file);
      expect(result.status).toBe(2);
      expect(expectBilingual(result.stderr).ja).toContain('--workspace：');
    }
    expect(readdirSync(sandbox.dir).filter((name) => name.startsWith('none'))).toEqual([]);
  });
});

