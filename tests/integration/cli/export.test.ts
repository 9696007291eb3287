import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { missingFontError } from '../../../main/core/export/fonts';
import { reportError } from '../../../main/cli/report';
import { japanDateOf } from '../../../shared/appi/japan-time';
import { exportWorkspace } from '../../export/records';
import { cliSandbox, expectBilingual, requireBuiltCli, type CliSandbox } from './cli-harness';

/**
 * `appi-workbench export` as shipped (the esbuild bundle): one document to a file or into a folder, every
 * document of a company with --all and progress on stderr, and the failures — an unknown id (exit 2), an unusable
 * --out (exit 2, nothing left behind) and a missing font (exit 1) — each with a message in Japanese and English.
 */
let sandbox: CliSandbox;
let workspace = '';
let leakId = 0;
let minorId = 0;

beforeAll(async () => {
  requireBuiltCli();
  sandbox = cliSandbox();
  const ws = await exportWorkspace();
  await ws.core.dispatch('policies.create', { companyId: ws.companyId, templateId: 'saas_app', effectiveOn: '2026-04-01' }, ws.core.workspace().id);
  leakId = ws.leakId;
  minorId = ws.minorId;
  ws.core.close();
  workspace = path.join(sandbox.dir, 'client.sqlite');
  writeFileSync(workspace, readFileSync(ws.workspacePath));
  ws.close();
}, 60_000);

afterAll(() => sandbox?.remove());

// The CLI runs on the real clock: its files are dated today in Japan.
const TODAY = japanDateOf(new Date());
const parts = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.part'));

describe('appi-workbench export', () => {
  it('writes an incident report as PDF to the named file and says which characters the fonts lacked', () => {
    const out = path.join(sandbox.dir, 'report.pdf');
    const result = sandbox.run('export', 'incident', '--workspace', workspace, '--id', String(leakId), '--document', 'ppc_preliminary', '--format', 'pdf', '--out', out);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout.trim()).toBe(out);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    expect(result.stderr).toContain('注意：フォントにない文字を');
    expect(result.stderr).toContain('Note: characters the PDF fonts cannot draw were replaced');
    // The emoji is drawn by the fallback face; only the rare kanji no face has is replaced and named.
    expect(result.stderr).toContain('𰻞');
    expect(result.stderr).not.toContain('📧');
  });

  it('prints the export warnings on stderr: a 速報 draft for an incident judged not reportable', () => {
    const out = path.join(sandbox.dir, 'not-reportable.pdf');
    const result = sandbox.run('export', 'incident', '--workspace', workspace, '--id', String(minorId), '--document', 'ppc_preliminary', '--out', out);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toContain('警告：この事案は、現在の記録では報告対象に当たらないと判定されています。');
    expect(result.stderr).toContain('Warning: On the current record this incident is judged not reportable.');
  });

  it('writes a .docx into an existing folder under the name the export gives it', () => {
    const dir = path.join(sandbox.dir, 'word');
    mkdirSync(dir);
    const result = sandbox.run('export', 'incident', '--workspace', workspace, '--id', String(leakId), '--document', 'individuals_notice', '--format', 'docx', '--lang', 'both', '--out', dir);
    expect(result.status, result.stderr).toBe(0);
    expect(readdirSync(dir)).toEqual([`${TODAY}_本人通知_ECサイトのカード番号漏えい.docx`]);
    expect(readFileSync(path.join(dir, readdirSync(dir)[0]!)).subarray(0, 2).toString()).toBe('PK');
  });

  it('writes the timing report of a period', () => {
    const out = path.join(sandbox.dir, 'timing.pdf');
    const result = sandbox.run('export', 'timing', '--workspace', workspace, '--from', '2026-11-01', '--to', '2026-12-31', '--company', '株式会社サンプル', '--lang', 'en', '--out', out);
    expect(result.status, result.stderr).toBe(0);
    expect(existsSync(out)).toBe(true);
  });

  it('--all writes every current document of the company into a new folder, with progress on stderr', () => {
    const dir = path.join(sandbox.dir, 'all');
    const result = sandbox.run('export', '--all', '--company', '株式会社サンプル', '--workspace', workspace, '--out', dir);
    expect(result.status, result.stderr).toBe(0);
    const names = readdirSync(dir).sort();
    // Three incidents' summaries, the leak's 確報 (its 速報 was sent), the template policy, and the four registers
    // (inventory, entrustees, requests, provisions) each as .xlsx and as PDF — empty registers too: an auditor asks
    // for the register, and one without entries says so.
    expect(names.filter((name) => name.includes('_事案概要_'))).toHaveLength(3);
    expect(names.filter((name) => name.includes('_確報_'))).toEqual([`${TODAY}_確報_ECサイトのカード番号漏えい.pdf`]);
    expect(names).toContain(`${TODAY}_プライバシーポリシー.pdf`);
    expect(names).toContain(`${TODAY}_個人情報管理台帳_株式会社サンプル.xlsx`);
    expect(names).toContain(`${TODAY}_委託先管理台帳_株式会社サンプル.pdf`);
    expect(names.filter((name) => name.endsWith('.xlsx'))).toHaveLength(4);
    expect(names).toHaveLength(13);
    expect(parts(dir)).toEqual([]);
    const steps = result.stderr.split('\n').filter((line) => /^\d+\/13 /.test(line));
    expect(steps.map((line) => line.split(' ')[0])).toEqual(Array.from({ length: 13 }, (_, i) => `${i + 1}/13`));
    expect(result.stderr).toContain('13件のファイルを書き出しました');
    expect(result.stdout.trim().split('\n')).toHaveLength(13);
    // The 確報 draft still has items under investigation: its warning names the file, in both languages.
    expect(result.stderr).toContain(`${TODAY}_確報_ECサイトのカード番号漏えい.pdf: 警告：確報にまだ「調査中」「確認中」の事項があります`);
    expect(result.stderr).toContain(`${TODAY}_確報_ECサイトのカード番号漏えい.pdf: Warning: The final report still has items`);
  });

  it('writes a register as .xlsx by default, and refuses a bilingual sheet naming the language', () => {
    const dir = path.join(sandbox.dir, 'registers');
    mkdirSync(dir);
    const sheet = sandbox.run('export', 'inventory', '--company', '株式会社サンプル', '--workspace', workspace, '--out', dir);
    expect(sheet.status, sheet.stderr).toBe(0);
    expect(readdirSync(dir)).toEqual([`${TODAY}_個人情報管理台帳_株式会社サンプル.xlsx`]);
    const both = sandbox.run('export', 'entrustees', '--company', '株式会社サンプル', '--lang', 'both', '--workspace', workspace, '--out', dir);
    expect(both.status).toBe(2);
    expect(expectBilingual(both.stderr).en).toContain('Japanese or English');
    expect(readdirSync(dir)).toHaveLength(1);
  });

  it('an unknown id exits 2 with a bilingual message and writes nothing', () => {
    const out = path.join(sandbox.dir, 'missing.pdf');
    const result = sandbox.run('export', 'incident', '--workspace', workspace, '--id', '9999', '--document', 'summary', '--out', out);
    expect(result.status).toBe(2);
    const { ja, en } = expectBilingual(result.stderr);
    expect(ja).toContain('見つかりません');
    expect(en).toContain('9999');
    expect(existsSync(out)).toBe(false);
  });

  it('an --out that cannot be written exits 2 naming --out, and leaves no partial file', () => {
    const blocker = path.join(sandbox.dir, 'not-a-folder.txt');
    writeFileSync(blocker, 'x');
    const result = sandbox.run('export', 'incident', '--workspace', workspace, '--id', String(leakId), '--document', 'summary', '--out', path.join(blocker, 'report.pdf'));
    expect(result.status).toBe(2);
    const { ja, en } = expectBilingual(result.stderr);
    expect(ja).toContain('--out');
    expect(en).toContain('--out: cannot write there');
    expect(parts(sandbox.dir)).toEqual([]);
    const all = sandbox.run('export', '--all', '--company', '株式会社サンプル', '--workspace', workspace, '--out', path.join(blocker, 'dir'));
    expect(all.status).toBe(2);
    expect(expectBilingual(all.stderr).en).toContain('--out');
  });

  it('bad choices exit 2 naming the option', () => {
    const result = sandbox.run('export', 'incident', '--workspace', workspace, '--id', String(leakId), '--document', 'memo', '--out', sandbox.dir);
    expect(result.status).toBe(2);
    expect(expectBilingual(result.stderr).en).toContain('--document: use one of ppc_preliminary | ppc_final | individuals_notice | public_announcement | summary');
    const company = sandbox.run('export', '--all', '--company', '存在しない会社', '--workspace', workspace, '--out', path.join(sandbox.dir, 'none'));
    expect(company.status).toBe(2);
    expect(expectBilingual(company.stderr).en).toContain('--company');
  });

  it('a missing font is a failure of the installation: exit 1, with both messages', () => {
    const lines: string[] = [];
    const code = reportError(missingFontError('serif', ['/opt/app/resources/fonts']), { out: () => undefined, err: (text) => lines.push(text) });
    expect(code).toBe(1);
    const { ja, en } = expectBilingual(lines.join('\n'));
    expect(ja).toContain('NotoSerifJP_400Regular.ttf');
    expect(en).toContain('Reinstall the app');
  });
});
