import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assess } from '../../../shared/appi/assess';
import { cliSandbox, requireBuiltCli, type CliSandbox } from './cli-harness';

let sandbox: CliSandbox;
// The morning after the sample leak: a moment of knowing later than the CLI's clock would be refused.
beforeAll(() => {
  requireBuiltCli();
  sandbox = cliSandbox({ clock: '2026-12-29T10:00:00+09:00' });
});
afterAll(() => sandbox?.remove());

function incidentFile(name: string, content: unknown): string {
  const file = path.join(sandbox.dir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

const cardLeak = {
  knownAt: '2026-12-28T23:30:00+09:00',
  sensitive: false,
  financialRisk: true,
  wrongfulPurpose: false,
  individuals: 12,
  highLevelEncryption: false,
};

describe('appi-workbench assess FILE --json', () => {
  it('a card-number leak known at 23:30 JST on 12/28 must be reported, with the dates the rules give', () => {
    const result = sandbox.run('assess', incidentFile('card.json', cardLeak), '--json');
    expect(result.status, result.stderr).toBe(0);
    const out = JSON.parse(result.stdout);
    expect(out).toMatchObject({
      reportable: 'yes',
      triggers: ['financialRisk'],
      exemption: null,
      preliminary: { target: '2026-12-30', limit: '2027-01-01' },
      final: { due: '2027-01-26', days: 30 },
    });
    expect(out.citations.map((c: { article: string }) => c.article)).toContain('Rule Art. 7(ii)');
  });

  it('prints exactly what the shared rules compute (one implementation for CLI and UI)', () => {
    const facts = { ...cardLeak, knownAt: '2026-12-04T10:00:00+09:00', wrongfulPurpose: true, individuals: null };
    const out = JSON.parse(sandbox.run('assess', incidentFile('same.json', facts), '--json').stdout);
    const { knownAt, ...rest } = facts;
    const expected = assess(rest, knownAt);
    expect(out.reportable).toBe(expected.reportable);
    expect(out.preliminary).toEqual(expected.preliminary);
    expect(out.final).toEqual({ due: expected.final?.due, days: 60 });
    expect(out.bases.final).toEqual(expected.bases?.final.text);
  });

  it('rolls the 30-day final report past the year-end closure and says so', () => {
    const facts = { ...cardLeak, knownAt: '2026-12-04T10:00:00+09:00' };
    const out = JSON.parse(sandbox.run('assess', incidentFile('roll.json', facts), '--json').stdout);
    expect(out.final).toEqual({ due: '2027-01-04', days: 30 });
    expect(out.bases.final.en).toContain('2027-01-04');
  });

  it('high-level encryption exempts a leak whose key did not leak', () => {
    const out = JSON.parse(sandbox.run('assess', incidentFile('enc.json', { ...cardLeak, highLevelEncryption: true, keyLeaked: false }), '--json').stdout);
    expect(out).toMatchObject({ reportable: 'no', exemption: 'highLevelEncryption', preliminary: null, final: null });
  });

  it('an unknown count with no other trigger cannot be decided yet, and names the missing fact', () => {
    const facts = { knownAt: '2026-12-28T10:00:00Z', sensitive: false, financialRisk: false, wrongfulPurpose: false, individuals: null, highLevelEncryption: false };
    const out = JSON.parse(sandbox.run('assess', incidentFile('unknown.json', facts), '--json').stdout);
    expect(out.reportable).toBe('undetermined');
    expect(out.missing).toContain('individuals');
  });

  it('without --json prints the verdict and the bases in both languages', () => {
    const result = sandbox.run('assess', incidentFile('text.json', cardLeak));
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('報告が必要です / must report');
    expect(result.stdout).toContain('2027/01/26');
  });
});

describe('appi-workbench assess: bad input exits 2 naming the field', () => {
  it.each([
    ['a negative, fractional count', { ...cardLeak, individuals: -1.5 }, '本人の数は0以上の整数で入力してください。'],
    ['knownAt without an offset', { ...cardLeak, knownAt: '2026-12-28 23:30' }, '把握日時は'],
    ['knownAt missing', { sensitive: true }, '把握日時'],
    ['a boolean given as text', { ...cardLeak, sensitive: 'yes' }, 'sensitive'],
    ['knownAt after the clock', { ...cardLeak, knownAt: '2061-01-05T10:00:00Z' }, '把握日時が現在の日時（日本時間2026/12/29 10:00）より後になっています。'],
  ])('%s', (_label, content, message) => {
    const result = sandbox.run('assess', incidentFile('bad.json', content), '--json');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
    expect(result.stderr).toMatch(/^Error: /m);
  });

  it('knownAt past the holiday data (on a clock moved past it)', () => {
    const later = cliSandbox({ clock: '2061-01-06T10:00:00+09:00' });
    try {
      const result = later.run('assess', incidentFile('beyond.json', { ...cardLeak, knownAt: '2061-01-05T10:00:00Z' }), '--json');
      expect(result.status).toBe(2);
      expect(result.stderr).toContain('2061年の祝日データがありません。');
      expect(result.stderr).toMatch(/^Error: /m);
    } finally {
      later.remove();
    }
  });

  it('a file that is not JSON, or no file at all', () => {
    const notJson = sandbox.run('assess', incidentFile('x.json', '{ not json'));
    expect(notJson.status).toBe(2);
    expect(notJson.stderr).toContain('JSONとして読み取れません');
    const none = sandbox.run('assess');
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('FILE');
  });
});
