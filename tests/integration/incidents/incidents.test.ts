import { describe, expect, it } from 'vitest';
import { assess } from '../../../shared/appi/assess';
import { contract } from '../../../shared/contract';
import { incidentFacts } from '../../../shared/domain/incident-facts';
import { incidentFactsInput, incidentInput } from '../../../shared/domain/incident';
import { call, failure } from '../core/helpers';
import { CARD_LEAK_KNOWN_AT, cardLeak, incidentCore, minorLoss, raw } from './helpers';

describe('the incident record and its live assessment', () => {
  it('records the card-number leak of 28 December 23:30 JST as reportable, with the dates of shared/appi', async () => {
    const { core, company } = await incidentCore();
    const created = await call(core, 'incidents.create', cardLeak(company.id));
    expect(contract['incidents.create'].output.safeParse(created).success).toBe(true);

    // The instants are kept in Japan time with the offset.
    expect(created).toMatchObject({
      knownAt: '2026-12-28T23:30:00+09:00',
      occurredAt: '2026-12-27T18:00:00+09:00',
      status: 'open',
      companyName: '株式会社サンプル',
      dataItems: ['name', 'creditCard'],
      reportable: 'yes',
      triggers: ['financialRisk'],
      revision: 1,
    });
    // The card number settles the financial-risk fact even though the flag was left open.
    expect(created.facts).toMatchObject({ financialRisk: true, sensitive: false, individuals: 120 });

    const expected = assess(incidentFacts(incidentInput.parse(cardLeak(company.id))), CARD_LEAK_KNOWN_AT);
    expect(created.assessment).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(created.assessment).toMatchObject({
      reportable: 'yes',
      knownOn: '2026-12-28',
      preliminary: { target: '2026-12-30', limit: '2027-01-01' },
      final: { due: '2027-01-26', days: 30 },
    });
    // Day 5 falls on New Year's Day, inside the year-end closure: a yardstick in calendar days, not moved.
    expect(created.assessment.bases?.preliminaryLimit.text.en).toContain('day 5 = Fri, Jan 1, 2027 (outer limit). Calendar days');
    expect(created.assessment.bases?.final.text.en).toContain('day 30 = Tue, Jan 26, 2027');
    expect(created.nextDeadline).toMatchObject({ notificationKind: 'ppc_preliminary', due: '2027-01-01' });

    expect(await call(core, 'incidents.get', { id: created.id })).toEqual(created);
  });

  it('shows the roll-forward basis when day 30 falls in the year-end closure', async () => {
    const { core, company } = await incidentCore();
    const created = await call(core, 'incidents.create', cardLeak(company.id, { knownAt: '2026-12-04T10:00+09:00', occurredAt: null, discoveredAt: null }));
    expect(created.assessment.final).toEqual({ due: '2027-01-04', days: 30 });
    expect(created.assessment.bases?.final.text.en).toBe(
      'known Fri, Dec 4, 2026 10:00 JST (day 1) → day 30 = Sat, Jan 2, 2027 → year-end closure → Mon, Jan 4, 2027',
    );
  });

  it('answers incidents.assess on unsaved values exactly as shared/appi does, and as the saved record', async () => {
    const { core, company, workspacePath } = await incidentCore();
    const values = {
      knownAt: '2026-12-28T14:30:00Z',
      dataItems: ['medicalHistory' as const],
      wrongfulPurpose: true,
      individualsKind: 'unknown' as const,
      individualsUpperBound: 5000,
    };
    const live = await call(core, 'incidents.assess', values);
    expect(live).toEqual(JSON.parse(JSON.stringify(assess(incidentFacts(incidentFactsInput.parse(values)), values.knownAt))));
    // An unknown count capped at 5,000 holds the volume trigger too (GL 3-5-3-1(4)); before issue 10 it was left open.
    expect(live).toMatchObject({ reportable: 'undetermined', triggers: ['sensitive', 'wrongfulPurpose', 'volume'], final: { days: 60, due: '2027-02-25' } });
    expect(live.missing).toEqual(['highLevelEncryption']);

    const saved = await call(core, 'incidents.create', { ...values, companyId: company.id, title: '不正アクセス', breachKind: 'leak' });
    expect(saved.assessment).toEqual(live);
    // A form may send all its values, unfinished ones included: only the facts and knownAt are read.
    const form = { ...values, title: '', occurredAt: '2026-12-2', reportCause: '調査中' };
    expect(await call(core, 'incidents.assess', form as never)).toEqual(live);
    // Assessing wrote nothing: the one incident is the one saved.
    expect(raw(workspacePath).prepare('SELECT count(*) FROM incidents').pluck().get()).toBe(1);
  });

  it('updates with the revision, keeps unchanged saves as no-ops, and refuses a stale revision', async () => {
    const { core, company } = await incidentCore();
    const created = await call(core, 'incidents.create', cardLeak(company.id));
    const same = await call(core, 'incidents.update', { ...cardLeak(company.id), id: created.id, revision: 1 });
    expect(same.revision).toBe(1);

    const updated = await call(core, 'incidents.update', {
      ...cardLeak(company.id, { wrongfulPurpose: true, reportCause: 'Webアプリの脆弱性', otherDataItems: ['配送先'] }),
      id: created.id,
      revision: 1,
    });
    expect(updated).toMatchObject({ revision: 2, triggers: ['financialRisk', 'wrongfulPurpose'], otherDataItems: ['配送先'] });
    expect(updated.assessment.final).toEqual({ due: '2027-02-25', days: 60 });
    expect(updated.reportMissing).not.toContain('reportCause');
    expect(updated.reportMissing).toContain('reportOverview');

    const stale = await failure(core, 'incidents.update', { ...cardLeak(company.id), id: created.id, revision: 1 });
    expect(stale).toMatchObject({ code: 'conflict', path: ['revision'] });
  });

  it('records a non-reportable incident with no deadlines and no planned reports', async () => {
    const { core, company } = await incidentCore();
    const created = await call(core, 'incidents.create', minorLoss(company.id));
    expect(created).toMatchObject({ reportable: 'no', triggers: [], nextDeadline: null });
    expect(created.assessment).toMatchObject({ preliminary: null, final: null });
    expect((await call(core, 'notifications.list', { incidentId: created.id })).items).toEqual([]);
  });

  it('deletes an incident with nothing sent, and refuses once a notification was sent', async () => {
    const { core, company, workspacePath } = await incidentCore();
    const first = await call(core, 'incidents.create', cardLeak(company.id));
    await call(core, 'timeline.add', { incidentId: first.id, eventKind: 'discovery', at: CARD_LEAK_KNOWN_AT, text: '連絡を受けた' });
    expect(await call(core, 'incidents.delete', { id: first.id, revision: (await call(core, 'incidents.get', { id: first.id })).revision })).toEqual({ id: first.id });
    expect((await failure(core, 'incidents.get', { id: first.id })).code).toBe('not_found');
    const db = raw(workspacePath);
    expect(db.prepare('SELECT count(*) FROM incident_events').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM incident_notifications').pluck().get()).toBe(0);

    const second = await call(core, 'incidents.create', cardLeak(company.id));
    const [preliminary] = (await call(core, 'notifications.list', { incidentId: second.id })).items;
    await call(core, 'notifications.markSent', { id: preliminary!.id, revision: preliminary!.revision, sentAt: '2026-12-29T09:30+09:00', method: 'PPCウェブフォーム' });
    const refused = await failure(core, 'incidents.delete', { id: second.id, revision: (await call(core, 'incidents.get', { id: second.id })).revision });
    expect(refused).toMatchObject({ code: 'conflict', path: ['id'] });
    expect(refused.message.ja).toContain('送信済みの報告・通知が1件');
    // The schema holds too: the cascade would delete a sent notification, which its trigger refuses.
    expect(() => db.prepare('DELETE FROM incidents WHERE id = ?').run(second.id)).toThrow(/immutable/);
  });

  it('keeps a company with incidents from being deleted (foreign key RESTRICT)', async () => {
    const { core, company, workspacePath } = await incidentCore();
    await call(core, 'incidents.create', minorLoss(company.id));
    const error = await failure(core, 'companies.delete', { id: company.id, revision: company.revision });
    expect(error).toMatchObject({ code: 'conflict', path: ['id'] });
    expect(error.message.ja).toBe('この事業者にはインシデントの記録が1件あるため削除できません。');
    expect((await call(core, 'companies.get', { id: company.id })).id).toBe(company.id);
    expect(() => raw(workspacePath).prepare('DELETE FROM companies WHERE id = ?').run(company.id)).toThrow(/FOREIGN KEY/);
  });
});

describe('status', () => {
  it('moves open → contained → reported → closed once the reports are sent', async () => {
    const { core, company } = await incidentCore('2027-01-20T00:00:00.000Z');
    let incident = await call(core, 'incidents.create', cardLeak(company.id));
    const move = async (status: 'open' | 'contained' | 'reported' | 'closed') =>
      call(core, 'incidents.update', { ...cardLeak(company.id), status, id: incident.id, revision: incident.revision });
    incident = await move('contained');

    const early = await failure(core, 'incidents.update', { ...cardLeak(company.id), status: 'reported', id: incident.id, revision: incident.revision });
    expect(early).toMatchObject({ code: 'validation', path: ['status'] });
    expect(early.message.ja).toContain('対応状況を「報告済み」にするには');

    const list = (await call(core, 'notifications.list', { incidentId: incident.id })).items;
    const preliminary = list.find((n) => n.notificationKind === 'ppc_preliminary')!;
    const final = list.find((n) => n.notificationKind === 'ppc_final')!;
    await call(core, 'notifications.markSent', { id: preliminary.id, revision: preliminary.revision, sentAt: '2026-12-30T10:00+09:00', method: 'PPCウェブフォーム' });
    incident = await move('reported');
    expect((await failure(core, 'incidents.update', { ...cardLeak(company.id), status: 'closed', id: incident.id, revision: incident.revision })).message.en).toContain(
      'Mark the final report as sent',
    );
    await call(core, 'notifications.markSent', { id: final.id, revision: final.revision, sentAt: '2027-01-15T10:00+09:00', method: 'PPCウェブフォーム' });
    incident = await move('closed');
    expect(incident.status).toBe('closed');
    expect(incident.nextDeadline).toBeNull();

    const back = await failure(core, 'incidents.update', { ...cardLeak(company.id), status: 'reported', id: incident.id, revision: incident.revision });
    expect(back.message).toEqual({
      ja: '対応状況を「完了」から「報告済み」に変更することはできません。',
      en: 'The status cannot change from "closed" to "reported".',
    });
  });

  it('does not close an incident whose reportability is undetermined', async () => {
    const { core, company } = await incidentCore();
    const error = await failure(core, 'incidents.create', cardLeak(company.id, { status: 'closed', highLevelEncryption: null }));
    expect(error).toMatchObject({ path: ['status'] });
    expect(error.message.ja).toContain('報告要否が未確定です');
    expect((await call(core, 'incidents.create', minorLoss(company.id, { status: 'closed' }))).status).toBe('closed');
  });
});
