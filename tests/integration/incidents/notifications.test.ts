import { describe, expect, it } from 'vitest';
import { deadlineStatus } from '../../../shared/appi/deadline-status';
import { firstPromptly, rankNotifications } from '../../../shared/domain/incident-deadline-rank';
import { contract } from '../../../shared/contract';
import type { Notification } from '../../../shared/domain/incident-notification';
import { call, failure } from '../core/helpers';
import { cardLeak, incidentCore, minorLoss, raw, refusedWithoutWriting } from './helpers';

const byKind = (items: Notification[]) => Object.fromEntries(items.map((n) => [n.notificationKind, n]));

async function withCardLeak(now?: string) {
  const made = await incidentCore(now);
  const incident = await call(made.core, 'incidents.create', cardLeak(made.company.id));
  const list = async () => byKind((await call(made.core, 'notifications.list', { incidentId: incident.id })).items);
  return { ...made, incident, list };
}

describe('planned notifications', () => {
  it('plans the 速報, the 確報 and the notice to individuals with their derived due dates and bases', async () => {
    const { core, incident, list } = await withCardLeak();
    const items = (await call(core, 'notifications.list', { incidentId: incident.id })).items;
    expect(contract['notifications.list'].output.safeParse({ items }).success).toBe(true);
    expect(items.map((n) => n.notificationKind)).toEqual(['ppc_preliminary', 'ppc_final', 'individuals_notice']);
    const n = await list();
    expect(n.ppc_preliminary).toMatchObject({ recipient: '個人情報保護委員会', dueDate: '2027-01-01', targetDate: '2026-12-30', sentAt: null });
    expect(n.ppc_preliminary!.dueBasis.en).toContain('day 5 = Fri, Jan 1, 2027 (outer limit)');
    expect(n.ppc_final).toMatchObject({ dueDate: '2027-01-26', targetDate: null });
    expect(n.individuals_notice).toMatchObject({ recipient: '本人', dueDate: '2026-12-30' });
    expect(n.individuals_notice!.dueBasis.ja).toContain('「速やかに」（法第26条第2項、施行規則第10条）');
    expect(n.individuals_notice!.dueBasis.en).toContain("against the preliminary report's target (day 3 from knowing: Dec 30, 2026) as a yardstick");
    expect(n.individuals_notice!.citations.map((c) => c.article)).toEqual(['APPI Art. 26(2)', 'Rule Art. 10']);

    // "Now" is 10:00 JST on 29 December: statuses are shared/appi's.
    expect(n.ppc_preliminary!.status).toEqual(deadlineStatus({ due: '2027-01-01', now: '2026-12-29T01:00:00Z' }));
    // The notice is due "promptly": its yardstick is a target, never a statutory "due in" or "overdue".
    expect(n.individuals_notice!.status).toEqual({ kind: 'target', days: 1, tone: 'target', label: { ja: '速やかに（目安まで1日）', en: 'promptly (target in 1 day)' } });
    // The statutory deadline ranks first although the notice's yardstick is earlier.
    expect(incident.nextDeadline).toMatchObject({ notificationKind: 'ppc_preliminary', due: '2027-01-01', status: { kind: 'dueIn', days: 3 } });
  });

  it('re-dates unsent notifications when knownAt or the triggers change, and leaves sent ones alone', async () => {
    const { core, company, incident, list } = await withCardLeak();
    const sent = (await list()).individuals_notice!;
    await call(core, 'notifications.markSent', { id: sent.id, revision: sent.revision, sentAt: '2026-12-29T09:00+09:00', method: 'メール' });

    const later = await call(core, 'incidents.update', {
      ...cardLeak(company.id, { knownAt: '2026-12-29T09:00+09:00', wrongfulPurpose: true }),
      id: incident.id,
      revision: incident.revision,
    });
    expect(later.assessment.final).toEqual({ due: '2027-02-26', days: 60 });
    const n = await list();
    expect(n.ppc_preliminary).toMatchObject({ dueDate: '2027-01-02', targetDate: '2026-12-31', revision: 2 });
    expect(n.ppc_final).toMatchObject({ dueDate: '2027-02-26', revision: 2 });
    // Sent on the 29th against the old yardstick (the 30th): it keeps that due date and is on time.
    expect(n.individuals_notice).toMatchObject({ dueDate: '2026-12-30', sentAt: '2026-12-29T09:00:00+09:00', status: { kind: 'done', days: -1, label: { ja: '送付済み（目安まで）' } } });
    expect(later.nextDeadline).toMatchObject({ notificationKind: 'ppc_preliminary', due: '2027-01-02' });
  });

  it('plans the reports when a non-reportable incident turns out to be reportable, and un-dates them when it is no longer', async () => {
    const { core, company } = await incidentCore();
    let incident = await call(core, 'incidents.create', minorLoss(company.id));
    incident = await call(core, 'incidents.update', {
      ...minorLoss(company.id, { dataItems: ['name', 'healthCheck'] }),
      id: incident.id,
      revision: incident.revision,
    });
    expect(incident.triggers).toEqual(['sensitive']);
    let items = (await call(core, 'notifications.list', { incidentId: incident.id })).items;
    expect(items.map((n) => [n.notificationKind, n.dueDate])).toEqual([
      ['ppc_preliminary', '2026-11-06'],
      ['ppc_final', '2026-12-01'],
      ['individuals_notice', '2026-11-04'],
    ]);
    // Now overdue: the clock reads 29 December.
    expect(incident.nextDeadline).toMatchObject({ notificationKind: 'ppc_preliminary', status: { kind: 'overdue', tone: 'overdue', label: { en: 'overdue by 53 days' } } });

    incident = await call(core, 'incidents.update', {
      ...minorLoss(company.id, { dataItems: ['name', 'healthCheck'], highLevelEncryption: true, keyLeaked: false }),
      id: incident.id,
      revision: incident.revision,
    });
    items = (await call(core, 'notifications.list', { incidentId: incident.id })).items;
    expect(items.every((n) => n.dueDate === null && n.status === null)).toBe(true);
    expect(items[0]!.dueBasis.en).toBe('Not reportable: no deadline (Enforcement Rules Art. 7).');
    expect(incident.nextDeadline).toBeNull();
  });

  it('plans an "other" notification with its own due date, and a correction that names a sent one', async () => {
    const { core, incident, list } = await withCardLeak();
    const other = await call(core, 'notifications.plan', {
      incidentId: incident.id,
      notificationKind: 'other',
      recipient: 'カード会社',
      dueDate: '2026-12-29',
      method: '電話',
    });
    // The user's own date is a plan, not a statutory deadline: it is rated as one, and ranks below the 速報.
    expect(other).toMatchObject({ dueDate: '2026-12-29', status: { kind: 'target', days: 0, tone: 'target', label: { ja: '本日が予定日', en: 'planned for today' } } });
    expect((await call(core, 'incidents.get', { id: incident.id })).nextDeadline).toMatchObject({ notificationKind: 'ppc_preliminary', due: '2027-01-01' });

    const derived = await failure(core, 'notifications.plan', { incidentId: incident.id, notificationKind: 'ppc_final', dueDate: '2027-01-10' });
    expect(derived).toMatchObject({ code: 'validation', path: ['dueDate'] });
    expect(derived.message.ja).toBe('この通知の期限はインシデントの記録から自動で決まるため、変更できません。');

    const preliminary = (await list()).ppc_preliminary!;
    await call(core, 'notifications.markSent', { id: preliminary.id, revision: preliminary.revision, sentAt: '2026-12-29T09:30+09:00', method: 'PPCウェブフォーム', referenceNumber: 'PPC-0001' });
    const correction = await call(core, 'notifications.plan', { incidentId: incident.id, notificationKind: 'ppc_preliminary', correctsNotificationId: preliminary.id, note: '件数の訂正' });
    expect(correction).toMatchObject({ correctsNotificationId: preliminary.id, dueDate: '2027-01-01', sentAt: null });
    const items = (await call(core, 'notifications.list', { incidentId: incident.id })).items;
    expect(items.find((n) => n.id === preliminary.id)).toMatchObject({ correctedBy: correction.id, referenceNumber: 'PPC-0001' });
  });

  it('changes a planned notification, but never a sent one', async () => {
    const { core, workspacePath, list } = await withCardLeak();
    const notice = (await list()).individuals_notice!;
    const changed = await call(core, 'notifications.update', {
      id: notice.id,
      revision: notice.revision,
      recipient: '対象の会員',
      alternativeMeasure: true,
      method: 'ウェブサイトでの公表と問合せ窓口',
      note: '連絡先不明者が多いため',
    });
    expect(changed).toMatchObject({ alternativeMeasure: true, recipient: '対象の会員', revision: 2, dueDate: '2026-12-30' });
    const ppc = (await list()).ppc_final!;
    const recipient = await failure(core, 'notifications.update', { id: ppc.id, revision: ppc.revision, recipient: '総務省' });
    expect(recipient).toMatchObject({ path: ['recipient'] });

    await call(core, 'notifications.markSent', { id: changed.id, revision: changed.revision, sentAt: '2026-12-29T09:00+09:00', method: 'ウェブサイトでの公表' });
    const refused = await refusedWithoutWriting(core, workspacePath, 'notifications.update', { id: changed.id, revision: 3, note: 'x' });
    expect(refused).toMatchObject({ code: 'conflict' });
    expect(refused.message.ja).toContain('送信済みのため変更できません');
    const again = await refusedWithoutWriting(core, workspacePath, 'notifications.markSent', { id: changed.id, revision: 3, sentAt: '2026-12-29T09:00+09:00', method: 'x' });
    expect(again.code).toBe('conflict');
  });
});

describe('the order of the notifications tab', () => {
  it('ranks what is still to send — statutory deadlines first, then the duties to act promptly, then plans — above what was sent', async () => {
    const { core, incident, list } = await withCardLeak('2027-01-05T00:00:00.000Z');
    // Planned earlier than every derived date: still below the statutory ones.
    await call(core, 'notifications.plan', { incidentId: incident.id, notificationKind: 'other', recipient: '警察', dueDate: '2026-12-29' });
    const ranked = () => call(core, 'notifications.list', { incidentId: incident.id }).then(({ items }) => rankNotifications(items));
    expect((await ranked()).map((n) => [n.notificationKind, n.status?.tone])).toEqual([
      ['ppc_preliminary', 'overdue'],
      ['ppc_final', 'later'],
      ['individuals_notice', 'targetPassed'],
      ['other', 'targetPassed'],
    ]);
    const stored = (await call(core, 'incidents.get', { id: incident.id })).nextDeadline!;
    const first = (await ranked())[0]!;
    expect([first.notificationKind, first.dueDate, first.status]).toEqual([stored.notificationKind, stored.due, stored.status]);

    const preliminary = (await list()).ppc_preliminary!;
    await call(core, 'notifications.markSent', { id: preliminary.id, revision: preliminary.revision, sentAt: '2027-01-04T10:00+09:00', method: 'PPCウェブフォーム' });
    expect((await ranked()).map((n) => n.notificationKind)).toEqual(['ppc_final', 'individuals_notice', 'other', 'ppc_preliminary']);
    expect(firstPromptly(await ranked())).toMatchObject({ notificationKind: 'individuals_notice', dueDate: '2026-12-30' });
  });
});

describe('a sent notification is immutable in SQLite itself', () => {
  it('refuses a raw UPDATE or DELETE of a sent row, and allows them on a planned one', async () => {
    const { core, workspacePath, list } = await withCardLeak();
    const preliminary = (await list()).ppc_preliminary!;
    await call(core, 'notifications.markSent', { id: preliminary.id, revision: preliminary.revision, sentAt: '2026-12-29T09:30+09:00', method: 'PPCウェブフォーム' });
    const db = raw(workspacePath);
    const before = db.prepare('SELECT * FROM incident_notifications WHERE id = ?').get(preliminary.id);
    expect(() => db.prepare("UPDATE incident_notifications SET reference_number = 'forged' WHERE id = ?").run(preliminary.id)).toThrow(/immutable/);
    expect(() => db.prepare('UPDATE incident_notifications SET sent_at = NULL WHERE id = ?').run(preliminary.id)).toThrow(/immutable/);
    expect(() => db.prepare('DELETE FROM incident_notifications WHERE id = ?').run(preliminary.id)).toThrow(/immutable/);
    expect(db.prepare('SELECT * FROM incident_notifications WHERE id = ?').get(preliminary.id)).toEqual(before);

    const planned = (await list()).ppc_final!;
    expect(db.prepare("UPDATE incident_notifications SET note = 'ok' WHERE id = ?").run(planned.id).changes).toBe(1);
  });
});

describe('marking sent', () => {
  it('rates a late report as "late by N days"', async () => {
    const { core, list } = await withCardLeak('2027-01-05T00:00:00.000Z');
    const preliminary = (await list()).ppc_preliminary!;
    const sent = await call(core, 'notifications.markSent', { id: preliminary.id, revision: preliminary.revision, sentAt: '2027-01-03T10:00+09:00', method: 'PPCウェブフォーム', document: '速報_20270103.pdf' });
    expect(sent).toMatchObject({ sentAt: '2027-01-03T10:00:00+09:00', document: '速報_20270103.pdf', status: { kind: 'late', days: 2, label: { ja: '2日遅れ', en: 'late by 2 days' } } });
  });

  it('accepts a 確報 with no 速報 only as a combined report, recording both with a warning that says why', async () => {
    const { core, workspacePath, incident, list } = await withCardLeak('2027-01-20T00:00:00.000Z');
    const final = (await list()).ppc_final!;
    const input = { id: final.id, revision: final.revision, sentAt: '2027-01-10T10:00+09:00', method: 'PPCウェブフォーム', referenceNumber: 'PPC-42' };
    const refused = await refusedWithoutWriting(core, workspacePath, 'notifications.markSent', input);
    expect(refused).toMatchObject({ code: 'validation', path: ['combinedWithPreliminary'] });
    expect(refused.message.ja).toContain('「速報を兼ねる」を選んでください');

    const combined = await call(core, 'notifications.markSent', { ...input, combinedWithPreliminary: true });
    expect(combined).toMatchObject({ combinedWithPreliminary: true, status: { kind: 'onTime' } });
    expect(combined.warnings[0]?.ja).toContain('1回の報告で速報と確報を兼ねることができるため（ガイドライン3-5-3-4）');
    const preliminary = (await list()).ppc_preliminary!;
    expect(preliminary).toMatchObject({ sentAt: '2027-01-10T10:00:00+09:00', referenceNumber: 'PPC-42', combinedWithPreliminary: true, status: { kind: 'late', days: 9 } });
    expect(preliminary.warnings[0]?.en).toContain('served as both');
    expect((await call(core, 'incidents.get', { id: incident.id })).nextDeadline).toMatchObject({ notificationKind: 'individuals_notice' });
  });

  it('relieves an entrustee once its notice to the entrustor is sent (Art. 26(1) proviso)', async () => {
    const { core, company } = await incidentCore();
    const incident = await call(core, 'incidents.create', cardLeak(company.id, { weAreEntrustee: true, entrustorName: '委託元株式会社' }));
    const items = byKind((await call(core, 'notifications.list', { incidentId: incident.id })).items);
    // Measured like the 速報 (GL 3-5-3-5): the notice relieves only by day 5, the date shown; day 3 is the target.
    expect(items.entrustor).toMatchObject({ recipient: '委託元株式会社', dueDate: '2027-01-01', targetDate: '2026-12-30' });

    await call(core, 'notifications.markSent', { id: items.entrustor!.id, revision: items.entrustor!.revision, sentAt: '2026-12-29T08:00+09:00', method: 'メール' });
    const after = await call(core, 'incidents.get', { id: incident.id });
    expect(after).toMatchObject({ entrustorNotifiedAt: '2026-12-29T08:00:00+09:00', revision: 2, nextDeadline: null });
    expect(after.assessment.entrustee).toMatchObject({ relieved: true, notifiedOn: '2026-12-29', notifiedOnDay: 2 });
    const relieved = byKind((await call(core, 'notifications.list', { incidentId: incident.id })).items);
    expect(relieved.ppc_preliminary).toMatchObject({ dueDate: null, status: null });
    expect(relieved.ppc_preliminary!.dueBasis.ja).toContain('委託元へ2026/12/29に通知したため');
  });
});
