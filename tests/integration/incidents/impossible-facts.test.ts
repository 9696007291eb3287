import { describe, expect, it } from 'vitest';
import type { IncidentInput } from '../../../shared/domain/incident';
import { call } from '../core/helpers';
import { cardLeak, incidentCore, refusedWithoutWriting } from './helpers';

/**
 * Issue 10, item 2: facts that cannot be true are refused under their field, in Japanese and English, and nothing
 * is written. "Now" is the core's clock (makeCore's `now`, as APPI_WORKBENCH_CLOCK sets it), never the machine's:
 * these cores read 10:00 JST on 29 December 2026 while the machine is in another year.
 */
const NOW_TEXT = { ja: '日本時間2026/12/29 10:00', en: 'Dec 29, 2026 10:00 JST' };

describe('facts that cannot be true, on create and update', () => {
  const cases: [string, Partial<IncidentInput>, (string | number)[], string, string][] = [
    [
      'known in the future (by the app’s clock, not the machine’s)',
      { knownAt: '2027-01-24T10:00+09:00', occurredAt: null, discoveredAt: null },
      ['knownAt'],
      `把握日時が現在の日時（${NOW_TEXT.ja}）より後になっています。実際の日時を入力してください。`,
      `The time the business knew is later than now (${NOW_TEXT.en}). Enter when it actually happened.`,
    ],
    [
      'known one minute after now',
      { knownAt: '2026-12-29T10:02+09:00', occurredAt: null, discoveredAt: null },
      ['knownAt'],
      `把握日時が現在の日時（${NOW_TEXT.ja}）より後になっています。実際の日時を入力してください。`,
      `The time the business knew is later than now (${NOW_TEXT.en}). Enter when it actually happened.`,
    ],
    [
      'discovered in the future',
      { discoveredAt: '2026-12-30T09:00+09:00', knownAt: '2026-12-30T10:00+09:00' },
      ['discoveredAt'],
      `発見日時が現在の日時（${NOW_TEXT.ja}）より後になっています。実際の日時を入力してください。`,
      `The time of discovery is later than now (${NOW_TEXT.en}). Enter when it actually happened.`,
    ],
    [
      'known before it was discovered',
      { discoveredAt: '2026-12-28T23:45+09:00' },
      ['knownAt'],
      '把握日時が発見日時より前になっています。発見より前に把握することはないため、発見日時と同じか、それより後の日時を入力してください。',
      'The time the business knew is earlier than the time of discovery. A business cannot know before the discovery: enter a time no earlier than it.',
    ],
    [
      'the entrustor notified before the business knew',
      { weAreEntrustee: true, entrustorName: '委託元株式会社', entrustorNotifiedAt: '2026-12-28T23:00+09:00' },
      ['entrustorNotifiedAt'],
      '委託元への通知日時が把握日時より前になっています。把握した後の日時を入力してください。',
      'The time the entrustor was notified is earlier than when the incident became known. Enter a later time.',
    ],
    [
      'the entrustor notified in the future',
      { weAreEntrustee: true, entrustorName: '委託元株式会社', entrustorNotifiedAt: '2026-12-29T18:00+09:00' },
      ['entrustorNotifiedAt'],
      `委託元への通知日時が現在の日時（${NOW_TEXT.ja}）より後になっています。実際の日時を入力してください。`,
      `The time the entrustor was notified is later than now (${NOW_TEXT.en}). Enter when it actually happened.`,
    ],
  ];

  it.each(cases)('refuses %s', async (_label, overrides, path, ja, en) => {
    const { core, company, workspacePath } = await incidentCore();
    const error = await refusedWithoutWriting(core, workspacePath, 'incidents.create', cardLeak(company.id, overrides));
    expect(error).toMatchObject({ code: 'validation', path, message: { ja, en } });
    expect(error.issues).toContainEqual({ path, message: { ja, en } });

    const stored = await call(core, 'incidents.create', cardLeak(company.id));
    const update = await refusedWithoutWriting(core, workspacePath, 'incidents.update', {
      ...cardLeak(company.id, overrides),
      id: stored.id,
      revision: stored.revision,
    });
    expect(update).toMatchObject({ code: 'validation', path, message: { ja, en } });
  });

  it('accepts a time known at the very minute of the clock, and one known at the discovery', async () => {
    const { core, company } = await incidentCore();
    const atNow = await call(core, 'incidents.create', cardLeak(company.id, { knownAt: '2026-12-29T10:00+09:00' }));
    expect(atNow.knownAt).toBe('2026-12-29T10:00:00+09:00');
    const atDiscovery = await call(core, 'incidents.create', cardLeak(company.id, { discoveredAt: '2026-12-28T23:30+09:00' }));
    expect(atDiscovery.discoveredAt).toBe(atDiscovery.knownAt);
  });

  it('names every impossible fact at once, beside the schema’s own errors', async () => {
    const { core, company, workspacePath } = await incidentCore();
    const error = await refusedWithoutWriting(
      core,
      workspacePath,
      'incidents.create',
      cardLeak(company.id, {
        title: ' ',
        occurredAt: '2026-12-29T00:00+09:00',
        discoveredAt: '2026-12-28T22:00+09:00',
        individualsKind: 'exact',
        individuals: null,
      }),
    );
    expect(error.issues?.map((issue) => issue.path.join('.')).sort()).toEqual(['discoveredAt', 'individuals', 'knownAt', 'title']);
  });

  it('refuses a known-at moved after a notification already sent', async () => {
    const { core, company, workspacePath } = await incidentCore();
    const incident = await call(core, 'incidents.create', cardLeak(company.id));
    const preliminary = (await call(core, 'notifications.list', { incidentId: incident.id })).items[0]!;
    await call(core, 'notifications.markSent', { id: preliminary.id, revision: preliminary.revision, sentAt: '2026-12-29T09:30+09:00', method: 'PPCウェブフォーム' });
    const current = await call(core, 'incidents.get', { id: incident.id });
    const error = await refusedWithoutWriting(core, workspacePath, 'incidents.update', {
      ...cardLeak(company.id, { knownAt: '2026-12-29T09:45+09:00' }),
      id: current.id,
      revision: current.revision,
    });
    expect(error).toMatchObject({
      code: 'validation',
      path: ['knownAt'],
      message: {
        ja: '把握日時が送信済みの報告・通知（日本時間2026/12/29 09:30）より後になっています。把握する前に送信することはないため、送信日時と同じか、それより前の日時を入力してください。',
        en: 'The time the business knew is later than a notification already sent (Dec 29, 2026 09:30 JST). Nothing is sent before it is known: enter a time no later than that.',
      },
    });
  });

  it('follows the core’s clock wherever it is: a fact refused at one "now" is accepted at a later one', async () => {
    const early = await incidentCore('2026-12-20T01:00:00.000Z');
    const refused = await refusedWithoutWriting(early.core, early.workspacePath, 'incidents.create', cardLeak(early.company.id));
    expect(refused.path).toEqual(['occurredAt']);
    expect(refused.issues?.map((issue) => issue.path[0])).toEqual(['occurredAt', 'discoveredAt', 'knownAt']);
    expect(refused.message.en).toContain('(Dec 20, 2026 10:00 JST)');
    const later = await incidentCore('2027-01-05T01:00:00.000Z');
    expect((await call(later.core, 'incidents.create', cardLeak(later.company.id))).knownAt).toBe('2026-12-28T23:30:00+09:00');
  });
});

describe('the live assessment refuses a moment of knowing in the future', () => {
  it('answers a field error on knownAt, not "due in 26 days"', async () => {
    const { core, workspacePath } = await incidentCore();
    const error = await refusedWithoutWriting(core, workspacePath, 'incidents.assess', { knownAt: '2027-01-24T10:00+09:00', dataItems: ['creditCard'] });
    expect(error).toMatchObject({ code: 'validation', path: ['knownAt'] });
    expect(error.message.ja).toBe(`把握日時が現在の日時（${NOW_TEXT.ja}）より後になっています。実際の日時を入力してください。`);
    const past = await call(core, 'incidents.assess', { knownAt: '2026-12-28T23:30+09:00', dataItems: ['creditCard'] });
    expect(past.preliminary).toEqual({ target: '2026-12-30', limit: '2027-01-01' });
  });

  it('refuses an entrustor notified before the business knew', async () => {
    const { core, workspacePath } = await incidentCore();
    const error = await refusedWithoutWriting(core, workspacePath, 'incidents.assess', {
      knownAt: '2026-12-28T23:30+09:00',
      weAreEntrustee: true,
      entrustorNotifiedAt: '2026-12-27T10:00+09:00',
    });
    expect(error).toMatchObject({ code: 'validation', path: ['entrustorNotifiedAt'] });
  });
});

describe('timeline events and sent times against the clock', () => {
  it('refuses a timeline event in the future, naming the field', async () => {
    const { core, company, workspacePath } = await incidentCore();
    const incident = await call(core, 'incidents.create', cardLeak(company.id));
    const error = await refusedWithoutWriting(core, workspacePath, 'timeline.add', {
      incidentId: incident.id,
      eventKind: 'containment',
      at: '2026-12-29T10:30+09:00',
      text: '決済画面を停止',
    });
    expect(error).toMatchObject({
      code: 'validation',
      path: ['at'],
      message: {
        ja: `日時が現在の日時（${NOW_TEXT.ja}）より後になっています。実際の日時を入力してください。`,
        en: `The time is later than now (${NOW_TEXT.en}). Enter when it actually happened.`,
      },
    });
  });

  it('refuses a notice to the entrustor sent before the business knew, and one sent after now', async () => {
    const { core, company, workspacePath } = await incidentCore();
    const incident = await call(core, 'incidents.create', cardLeak(company.id, { weAreEntrustee: true, entrustorName: '委託元株式会社' }));
    const entrustor = (await call(core, 'notifications.list', { incidentId: incident.id })).items.find((n) => n.notificationKind === 'entrustor')!;
    const early = await refusedWithoutWriting(core, workspacePath, 'notifications.markSent', {
      id: entrustor.id,
      revision: entrustor.revision,
      sentAt: '2026-12-28T23:00+09:00',
      method: 'メール',
    });
    expect(early).toMatchObject({ path: ['sentAt'], message: { en: 'The time sent is earlier than when the incident became known. Enter a later time.' } });
    const future = await refusedWithoutWriting(core, workspacePath, 'notifications.markSent', {
      id: entrustor.id,
      revision: entrustor.revision,
      sentAt: '2026-12-29T10:05+09:00',
      method: 'メール',
    });
    expect(future).toMatchObject({ path: ['sentAt'], message: { en: 'The time sent is in the future. Enter when it was actually sent.' } });
  });
});
