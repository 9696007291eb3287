import { describe, expect, it } from 'vitest';
import type { IncidentInput } from '../../../shared/domain/incident';
import { call } from '../core/helpers';
import { cardLeak, incidentCore, refusedWithoutWriting } from './helpers';

/** Issue 3, "Bad input": a clear error on the field, in both languages, and nothing written. */
describe('bad incident input names the field and writes nothing', () => {
  const cases: [string, Partial<IncidentInput>, (string | number)[], string, string][] = [
    [
      'known before it occurred',
      { occurredAt: '2026-12-29T00:00+09:00' },
      ['knownAt'],
      '把握日時が発生日時より前になっています。発生日時と同じか、それより後の日時を入力してください。',
      'The time the business knew is earlier than when the incident occurred. Enter a time no earlier than the occurrence.',
    ],
    [
      'discovered before it occurred',
      { occurredAt: '2026-12-28T23:00+09:00' },
      ['discoveredAt'],
      '発見日時が発生日時より前になっています。発生日時と同じか、それより後の日時を入力してください。',
      'The time of discovery is earlier than when the incident occurred. Enter a time no earlier than the occurrence.',
    ],
    ['a negative count', { individuals: -1 }, ['individuals'], '本人の数は0以上の整数で入力してください。', 'Enter the number of individuals as a whole number, 0 or more.'],
    ['a fractional count', { individuals: 12.5 }, ['individuals'], '本人の数は0以上の整数で入力してください。', 'Enter the number of individuals as a whole number, 0 or more.'],
    [
      'a fractional upper bound',
      { individualsUpperBound: 10.5 },
      ['individualsUpperBound'],
      '本人の数の上限は0以上の整数で入力してください。',
      'Enter the upper bound of the number of individuals as a whole number, 0 or more.',
    ],
    [
      'an upper bound below the count',
      { individualsUpperBound: 100 },
      ['individualsUpperBound'],
      '本人の数の上限は本人の数と同じか、それより大きい数にしてください。',
      'Make the upper bound of the number of individuals no smaller than the number of individuals.',
    ],
    ['an exact count left empty', { individualsKind: 'exact', individuals: null }, ['individuals'], '本人の数が入力されていません。', 'Enter the number of individuals.'],
    [
      'a count while "unknown" is chosen',
      { individualsKind: 'unknown' },
      ['individuals'],
      '本人の数を「不明」にした場合は、本人の数を空欄にしてください。分かっている場合は「確定」か「推計」を選んでください。',
      'Leave the number of individuals empty while the count is unknown, or choose "exact" or "estimate".',
    ],
    [
      'a time without its offset',
      { knownAt: '2026-12-28T23:30' },
      ['knownAt'],
      '把握日時は2026-12-28T09:30+09:00のように、時差（+09:00またはZ）を付けた日時で入力してください。',
      'Enter the time the business knew as a date and time with its offset, e.g. 2026-12-28T09:30+09:00.',
    ],
    ['an unknown kind of breach', { breachKind: 'theft' as never }, ['breachKind'], '事態の種類（漏えい・滅失・毀損）の選択肢が正しくありません。', 'Choose one of the listed options for the kind of breach (leak, loss, damage).'],
    ['an unknown data item', { dataItems: ['name', 'shoeSize' as never] }, ['dataItems', 1], '漏えい等した個人データの項目の選択肢が正しくありません。', 'Choose one of the listed options for the personal-data items concerned.'],
  ];

  it.each(cases)('refuses %s', async (_label, overrides, path, ja, en) => {
    const { core, company, workspacePath } = await incidentCore();
    const error = await refusedWithoutWriting(core, workspacePath, 'incidents.create', cardLeak(company.id, overrides));
    expect(error).toMatchObject({ code: 'validation', path, message: { ja, en } });
    expect(error.issues?.[0]).toEqual({ path, message: { ja, en } });
  });

  it('refuses the same on update and on the live assessment', async () => {
    const { core, company, workspacePath } = await incidentCore();
    const incident = await call(core, 'incidents.create', cardLeak(company.id));
    const update = await refusedWithoutWriting(core, workspacePath, 'incidents.update', {
      ...cardLeak(company.id, { occurredAt: '2026-12-30T00:00+09:00' }),
      id: incident.id,
      revision: incident.revision,
    });
    expect(update.path).toEqual(['knownAt']);
    const live = await refusedWithoutWriting(core, workspacePath, 'incidents.assess', { knownAt: '2026-12-28T23:30+09:00', individualsKind: 'exact', individuals: -3 });
    expect(live.path).toEqual(['individuals']);
  });

  it('refuses a company that does not exist, and a date the holiday data does not cover', async () => {
    const { core, company, workspacePath } = await incidentCore();
    const missing = await refusedWithoutWriting(core, workspacePath, 'incidents.create', cardLeak(999));
    expect(missing).toMatchObject({ code: 'validation', path: ['companyId'] });
    const beyond = cardLeak(company.id, { knownAt: '2050-12-20T10:00+09:00', occurredAt: null, discoveredAt: null });
    // Today such a date is in the future; on a clock moved to that December it is past, and the calendar stops it.
    expect(await refusedWithoutWriting(core, workspacePath, 'incidents.create', beyond)).toMatchObject({ path: ['knownAt'], message: { en: expect.stringContaining('is later than now') } });
    const later = await incidentCore('2050-12-25T01:00:00.000Z');
    const refused = await refusedWithoutWriting(later.core, later.workspacePath, 'incidents.create', { ...beyond, companyId: later.company.id });
    expect(refused).toMatchObject({ code: 'validation', path: ['knownAt'], message: { en: 'No holiday data for 2051. Holiday data covers 1970 to 2050.' } });
  });

  it('refuses a date range that ends before it starts', async () => {
    const { core, workspacePath } = await incidentCore();
    const error = await refusedWithoutWriting(core, workspacePath, 'incidents.list', { knownFrom: '2026-12-31', knownTo: '2026-12-01' });
    expect(error).toMatchObject({ path: ['knownTo'], message: { ja: '把握日（終了）は開始日と同じか、それより後の日付にしてください。' } });
  });
});

describe('bad sending input names the field and writes nothing', () => {
  async function planned() {
    const made = await incidentCore();
    const incident = await call(made.core, 'incidents.create', cardLeak(made.company.id));
    const items = (await call(made.core, 'notifications.list', { incidentId: incident.id })).items;
    return { ...made, preliminary: items[0]!, final: items[1]! };
  }

  it('refuses a sent time in the future (after the core clock)', async () => {
    const { core, workspacePath, preliminary } = await planned();
    // The clock reads 10:00 JST on 29 December 2026.
    const error = await refusedWithoutWriting(core, workspacePath, 'notifications.markSent', {
      id: preliminary.id,
      revision: preliminary.revision,
      sentAt: '2026-12-29T11:00+09:00',
      method: 'PPCウェブフォーム',
    });
    expect(error).toMatchObject({
      code: 'validation',
      path: ['sentAt'],
      message: {
        ja: '送信日時が現在より後の日時になっています。実際に送信した日時を入力してください。',
        en: 'The time sent is in the future. Enter when it was actually sent.',
      },
    });
  });

  it('refuses a sent time before the business knew', async () => {
    const { core, workspacePath, preliminary } = await planned();
    const error = await refusedWithoutWriting(core, workspacePath, 'notifications.markSent', {
      id: preliminary.id,
      revision: preliminary.revision,
      sentAt: '2026-12-28T20:00+09:00',
      method: 'PPCウェブフォーム',
    });
    expect(error).toMatchObject({ path: ['sentAt'], message: { ja: '送信日時が把握日時より前になっています。把握した後の日時を入力してください。' } });
  });

  it('refuses a 確報 marked sent before any 速報 was sent, unless it is combined', async () => {
    const { core, workspacePath, final } = await planned();
    const error = await refusedWithoutWriting(core, workspacePath, 'notifications.markSent', {
      id: final.id,
      revision: final.revision,
      sentAt: '2026-12-29T09:00+09:00',
      method: 'PPCウェブフォーム',
    });
    expect(error).toMatchObject({ code: 'validation', path: ['combinedWithPreliminary'] });
    expect(error.message.en).toBe(
      'No preliminary report has been sent yet. Mark it sent first, or, if everything was known and one report served as both, choose "also serves as the preliminary report".',
    );
  });

  it('refuses sending without a method', async () => {
    const { core, workspacePath, preliminary } = await planned();
    const error = await refusedWithoutWriting(core, workspacePath, 'notifications.markSent', { id: preliminary.id, revision: 1, sentAt: '2026-12-29T09:00+09:00', method: ' ' });
    expect(error).toMatchObject({ path: ['method'], message: { ja: '方法が入力されていません。' } });
  });
});
