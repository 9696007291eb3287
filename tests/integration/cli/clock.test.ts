import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportWorkspace } from '../../export/records';
import { cliSandbox, expectBilingual, requireBuiltCli, type CliSandbox } from './cli-harness';

/**
 * APPI_WORKBENCH_CLOCK moves the CLI's clock as it moves the app's (issue 10, item 2): `assess` rates the
 * deadlines against it and refuses a moment of knowing after it; exports are dated by it and `export timing`
 * takes its year so far as the default period. The machine's clock is in another month while these run.
 */
const CLOCK = '2026-12-29T10:00:00+09:00';
let moved: CliSandbox;
let real: CliSandbox;
let workspace = '';
let leakId = 0;

beforeAll(async () => {
  requireBuiltCli();
  moved = cliSandbox({ clock: CLOCK });
  real = cliSandbox();
  const ws = await exportWorkspace();
  leakId = ws.leakId;
  ws.core.close();
  workspace = path.join(moved.dir, 'client.sqlite');
  writeFileSync(workspace, readFileSync(ws.workspacePath));
  ws.close();
}, 60_000);

afterAll(() => {
  moved?.remove();
  real?.remove();
});

function incidentFile(sandbox: CliSandbox, name: string, content: unknown): string {
  const file = path.join(sandbox.dir, name);
  writeFileSync(file, JSON.stringify(content));
  return file;
}

const cardLeak = { knownAt: '2026-12-28T23:30:00+09:00', financialRisk: true, sensitive: false, wrongfulPurpose: false, individuals: 12, highLevelEncryption: false };

describe('the CLI on a moved clock', () => {
  it('assess rates the 速報 and 確報 deadlines against the moved clock, and says the clock is moved', () => {
    const result = moved.run('assess', incidentFile(moved, 'card.json', cardLeak), '--json');
    expect(result.status, result.stderr).toBe(0);
    const out = JSON.parse(result.stdout);
    // The moved clock runs on from its start: "as of" is a moment after it.
    expect(out.statuses).toEqual({
      asOf: expect.stringMatching(/^2026-12-29T01:00:0\d\.\d{3}Z$/),
      preliminaryLimit: { kind: 'dueIn', days: 3, label: { ja: 'あと3日', en: 'due in 3 days' } },
      final: { kind: 'dueIn', days: 28, label: { ja: 'あと28日', en: 'due in 28 days' } },
    });
    expect(result.stderr).toContain('注意：APPI_WORKBENCH_CLOCKにより、時計を2026/12/29 10:00（日本時間）に変更しています。');
    expect(result.stderr).toContain('Note: APPI_WORKBENCH_CLOCK is set: the clock reads Dec 29, 2026 10:00 JST, not the real time.');

    const text = moved.run('assess', incidentFile(moved, 'card-text.json', { ...cardLeak, knownAt: '2026-12-20T09:00:00+09:00' }));
    expect(text.stdout).toContain('現在（日本時間2026/12/29 10:00） / As of Dec 29, 2026 10:00 JST: 速報 5日超過・確報 あと20日 / preliminary overdue by 5 days, final due in 20 days');
  });

  it('assess refuses a moment of knowing after the clock, naming knownAt, exit 2', () => {
    const result = moved.run('assess', incidentFile(moved, 'future.json', { ...cardLeak, knownAt: '2027-01-24T10:00:00+09:00' }), '--json');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    const { ja, en } = expectBilingual(result.stderr);
    expect(ja).toContain('把握日時が現在の日時（日本時間2026/12/29 10:00）より後になっています。');
    expect(en).toContain('The time the business knew is later than now (Dec 29, 2026 10:00 JST).');
  });

  it('export dates its file by the moved clock, and export timing defaults to the clock’s year so far', () => {
    const dir = path.join(moved.dir, 'out');
    mkdirSync(dir);
    const incident = moved.run('export', 'incident', '--workspace', workspace, '--id', String(leakId), '--document', 'summary', '--out', dir);
    expect(incident.status, incident.stderr).toBe(0);
    const timing = moved.run('export', 'timing', '--workspace', workspace, '--out', dir);
    expect(timing.status, timing.stderr).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['2026-12-29_事案概要_ECサイトのカード番号漏えい.pdf', '2026-12-29_期限遵守状況_2026-01-01_2026-12-29.pdf']);
  });

  it('refuses a clock it cannot read, naming APPI_WORKBENCH_CLOCK', () => {
    const bad = cliSandbox({ clock: '2026-12-29 10:00' });
    try {
      const result = bad.run('assess', incidentFile(bad, 'card.json', cardLeak));
      expect(result.status).toBe(2);
      expect(expectBilingual(result.stderr).en).toContain('Set APPI_WORKBENCH_CLOCK to an instant with its offset');
    } finally {
      bad.remove();
    }
  });

  it('runs on the real clock when APPI_WORKBENCH_CLOCK is not set, and says nothing about it', () => {
    const result = real.run('assess', incidentFile(real, 'old.json', { ...cardLeak, knownAt: '2025-06-02T10:00:00+09:00' }), '--json');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toBe('');
    expect(Date.parse(JSON.parse(result.stdout).statuses.asOf)).toBeGreaterThan(Date.now() - 60_000);
  });
});
