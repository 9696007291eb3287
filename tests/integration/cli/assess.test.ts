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
    // The basis reads as the screens write dates (issue 13 item 5): the day counted to, the closure, the day after.
    expect(out.bases.final.en).toContain('day 30 = Sat, Jan 2, 2027 → year-end closure → Mon, Jan 4, 2027');
    expect(out.bases.final.ja).toContain('2027/01/04');
  });

  it('high-level encryption exempts a leak whose key did not leak', () => {
    const out = JSON.parse(sandbox.run('assess', incidentFile('enc.json', { ...cardLeak, highLevelEncryption: true, keyLeaked: false }), '--json').stdout);
    expect(out).toMatchObject({ reportable: 'no', exemption: 'highLevelEncryption', preliminary: null, final: null });
  });

  it('an unknown count with no cap and no other trigger cannot be decided yet, and names the fact that settles it', () => {
    // Named 'individuals' before issue 10; the largest number that may be affected decides, so its cap settles it.
    const facts = { knownAt: '2026-12-28T10:00:00Z', sensitive: false, financialRisk: false, wrongfulPurpose: false, individuals: null, highLevelEncryption: false };
    const out = JSON.parse(sandbox.run('assess', incidentFile('unknown.json', facts), '--json').stdout);
    expect(out.reportable).toBe('undetermined');
    expect(out.missing).toEqual(['individualsUpperBound']);
    expect(out.entrustee).toBeNull();
  });

  it('without --json prints the verdict and the bases in both languages', () => {
    const result = sandbox.run('assess', incidentFile('text.json', cardLeak));
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('報告が必要です / must report');
    expect(result.stdout).toContain('2027/01/26');
  });
});

/** The cases of issue 10's "Why", answered as the guideline does (GL 3-5-3-1(4); GL 3-5-3-5; Art. 41(9)). */
describe('appi-workbench assess --json: the volume, entrustee and pseudonymised rules', () => {
  const quiet = { knownAt: '2026-11-02T10:00:00+09:00', sensitive: false, financialRisk: false, wrongfulPurpose: false, highLevelEncryption: false };
  const run = (name: string, content: unknown) => {
    const result = sandbox.run('assess', incidentFile(name, content), '--json');
    expect(result.status, result.stderr).toBe(0);
    return JSON.parse(result.stdout);
  };

  it.each([
    ['an estimate of 800 with a possible maximum of 5,000', { individualsKind: 'estimate', individuals: 800, individualsUpperBound: 5000 }, 'yes'],
    ['an unknown count capped at 5,000', { individuals: null, individualsUpperBound: 5000 }, 'yes'],
    ['an unknown count capped at 900', { individuals: null, individualsUpperBound: 900 }, 'no'],
    ['an unknown count with no cap', { individuals: null }, 'undetermined'],
    ['an exact count of 1,001', { individualsKind: 'exact', individuals: 1001 }, 'yes'],
  ])('%s → %s', (_name, facts, reportable) => {
    const out = run('volume.json', { ...quiet, ...facts });
    expect(out.reportable).toBe(reportable);
    const volume = out.reasons.find((r: { topic: string }) => r.topic === 'volume');
    expect(volume.citations.map((c: { article: string }) => c.article)).toEqual(['Rule Art. 7(iv)', 'GL 3-5-3-1']);
  });

  const entrustee = { ...quiet, financialRisk: true, individuals: 40, weAreEntrustee: true, entrustorName: '委託元商事株式会社', knownAt: '2026-12-20T10:00:00+09:00' };

  it('"entrustee" is null when we are not the entrustee', () => {
    expect(run('own.json', { ...entrustee, weAreEntrustee: false }).entrustee).toBeNull();
  });

  // Known Sun 12/20 10:00 JST: day 5 is Thu 12/24 (the CLI's clock reads 12/29, so every notice below is past).
  it('a notice on day 5 at 23:59 JST relieves: relieved, the day, and the reason naming the entrustor', () => {
    const out = run('prompt.json', { ...entrustee, entrustorNotifiedAt: '2026-12-24T14:59:00Z' });
    expect(out.reportable).toBe('yes');
    expect(Object.keys(out.entrustee).sort()).toEqual(['notifiedOnDay', 'reason', 'relieved']);
    expect(out.entrustee).toMatchObject({ relieved: true, notifiedOnDay: 5 });
    expect(out.entrustee.reason.ja).toContain('委託元への通知により、当社の報告義務は免除されます');
    expect(out.entrustee.reason.ja).toContain('委託元商事株式会社');
    expect(out.entrustee.reason.en).toContain('relieved of our duty to report');
  });

  it('a notice on day 6 at 00:00 JST does not: the entrustee reports and notifies, and the verdict says so', () => {
    const out = run('late.json', { ...entrustee, entrustorNotifiedAt: '2026-12-25T00:00:00+09:00' });
    expect(out.entrustee).toMatchObject({ relieved: false, notifiedOnDay: 6 });
    expect(out.entrustee.reason.ja).toContain('当社の報告義務は免除されません');
    const verdict = out.reasons.find((r: { topic: string }) => r.topic === 'verdict');
    expect(verdict.reason.ja).toContain('当社が個人情報保護委員会への報告と本人への通知を行う必要があります');
  });

  it('no notice yet: not relieved, no day', () => {
    expect(run('none.json', entrustee).entrustee).toMatchObject({ relieved: false, notifiedOnDay: null });
  });

  it('a notice before the business knew exits 2 naming the field in ja and en', () => {
    const result = sandbox.run('assess', incidentFile('before.json', { ...entrustee, entrustorNotifiedAt: '2026-12-20T09:59:00+09:00' }), '--json');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('委託元への通知日時が把握日時より前になっています');
    expect(result.stderr).toMatch(/Error: .*time the entrustor was notified/);
  });

  it('only pseudonymised information: not reportable under Art. 41(9)', () => {
    const out = run('pseudo.json', { ...quiet, sensitive: true, pseudonymised: true });
    expect(out).toMatchObject({ reportable: 'no', preliminary: null, final: null });
    expect(out.citations.map((c: { article: string }) => c.article)).toContain('APPI Art. 41(9)');
  });

  it('the text output says who reports for an entrustee', () => {
    const result = sandbox.run('assess', incidentFile('text-entrustee.json', { ...entrustee, entrustorNotifiedAt: '2026-12-21T09:00:00+09:00' }));
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('委託先 / Entrustee: 委託元への通知により免除 / relieved by the notice to the entrustor');
    expect(result.stdout).toContain('委託元への通知により、当社の報告義務は免除されます');
  });
});

describe('appi-workbench assess: bad input exits 2 naming the field', () => {
  it.each([
    ['a negative, fractional count', { ...cardLeak, individuals: -1.5 }, '本人の数は0以上の整数で入力してください。'],
    ['knownAt without an offset', { ...cardLeak, knownAt: '2026-12-28 23:30' }, '把握日時は'],
    ['knownAt missing', { sensitive: true }, '把握日時'],
    ['a boolean given as text', { ...cardLeak, sensitive: 'yes' }, 'sensitive'],
    ['the entrustor notified before the business knew', { ...cardLeak, weAreEntrustee: true, entrustorNotifiedAt: '2026-12-27T10:00:00+09:00' }, '委託元への通知日時が把握日時より前になっています。'],
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
