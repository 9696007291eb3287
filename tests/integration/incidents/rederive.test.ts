import { describe, expect, it } from 'vitest';
import { rulesFingerprint } from '../../../shared/appi/rules-fingerprint';
import { call, makeCore, sampleCompany, steppingClock } from '../core/helpers';
import { cardLeak, incidentCore, raw } from './helpers';

/**
 * Due dates of unsent notifications are stored as derived at the incident's last write. A workspace written under
 * other rules or holiday data (an older version of the app) gets its open incidents derived again when it opens,
 * each change audited; sent notifications, closed incidents and a workspace already up to date are left alone.
 */
interface NotificationRow {
  id: number;
  notification_kind: string;
  due_date: string | null;
  sent_at: string | null;
}

const notifications = (file: string, incidentId: number) =>
  raw(file)
    .prepare('SELECT id, notification_kind, due_date, sent_at FROM incident_notifications WHERE incident_id = ? ORDER BY id')
    .all(incidentId) as NotificationRow[];

const fingerprint = (file: string) =>
  (raw(file).prepare("SELECT value FROM workspace_meta WHERE key = 'rules_fingerprint'").get() as { value: string } | undefined)?.value;

/** What an older app would have left: other due dates, an older fingerprint. */
function ageWorkspace(file: string, incidentId: number, due: string): void {
  const db = raw(file);
  db.prepare("UPDATE incident_notifications SET due_date = ? WHERE incident_id = ? AND notification_kind = 'ppc_final' AND sent_at IS NULL").run(due, incidentId);
  db.prepare("UPDATE incidents SET next_deadline = ?, next_deadline_kind = 'ppc_final' WHERE id = ?").run(due, incidentId);
  db.prepare("UPDATE workspace_meta SET value = 'r0.older' WHERE key = 'rules_fingerprint'").run();
  db.close();
}

describe('derived values follow the rules of the app that opens the workspace', () => {
  it('stamps a new workspace with the rules it is derived under, without an audit row', async () => {
    const { core, workspacePath } = await makeCore();
    expect((await call(core, 'incidents.dashboard', { openLimit: 5, chartLimit: 5 })).rulesUpdate).toBeNull();
    expect(fingerprint(workspacePath)).toBe(rulesFingerprint());
    expect(raw(workspacePath).prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual({ n: 0 });
  });

  it('recomputes the stale due dates of unsent notifications on opening, audited under the app’s name', async () => {
    const { core, company, workspacePath, userDataDir } = await incidentCore();
    const incident = await call(core, 'incidents.create', cardLeak(company.id));
    const before = notifications(workspacePath, incident.id);
    const final = before.find((n) => n.notification_kind === 'ppc_final')!;
    expect(final.due_date).toBe('2027-01-26');
    const nextDeadline = () => raw(workspacePath).prepare('SELECT next_deadline, next_deadline_kind FROM incidents WHERE id = ?').get(incident.id);
    const next = nextDeadline();
    core.close();
    ageWorkspace(workspacePath, incident.id, '2027-01-27');

    const reopened = await makeCore({ workspacePath, userDataDir, now: steppingClock('2026-12-30T01:00:00.000Z') });
    expect(notifications(workspacePath, incident.id)).toEqual(before);
    expect(nextDeadline()).toEqual(next);
    expect(fingerprint(workspacePath)).toBe(rulesFingerprint());

    const trail = await call(reopened.core, 'audit.list', {});
    const rules = trail.items.filter((entry) => entry.operation === 'workspace.rules');
    expect(rules.map((entry) => [entry.entity, entry.actor])).toEqual([
      ['workspace_rules', 'APPI Workbench'],
      ['incident_notification', 'APPI Workbench'],
    ]);
    expect(rules[0]!.summary.ja).toContain('再計算');
    expect(rules[0]!.after).toMatchObject({ fingerprint: rulesFingerprint(), updated: [incident.id], skipped: [] });
    expect(rules[1]).toMatchObject({ entityId: final.id, before: { dueDate: '2027-01-27' }, after: { dueDate: '2027-01-26' } });

    const dashboard = await call(reopened.core, 'incidents.dashboard', { openLimit: 5, chartLimit: 5 });
    expect(dashboard.rulesUpdate).toEqual({ at: rules[0]!.at, count: 1, incidents: [{ id: incident.id, title: incident.title }] });
  });

  it('names the first eight changed incidents still there and counts them all, however many moved', async () => {
    const { core, company, workspacePath, userDataDir } = await incidentCore();
    const created = [];
    for (let i = 0; i < 12; i++) created.push(await call(core, 'incidents.create', cardLeak(company.id, { title: `漏えい ${i}` })));
    await call(core, 'incidents.delete', { id: created[0]!.id, revision: created[0]!.revision });
    core.close();
    for (const incident of created.slice(1)) ageWorkspace(workspacePath, incident.id, '2027-01-27');

    const reopened = await makeCore({ workspacePath, userDataDir, now: steppingClock('2026-12-30T01:00:00.000Z') });
    const update = (await call(reopened.core, 'incidents.dashboard', {})).rulesUpdate!;
    expect(update.count).toBe(11);
    expect(update.incidents.map((incident) => incident.title)).toEqual(created.slice(1, 9).map((incident) => incident.title));
  });

  it('leaves sent notifications and closed incidents as they were, and does nothing once up to date', async () => {
    const { core, company, workspacePath, userDataDir } = await incidentCore();
    const open = await call(core, 'incidents.create', cardLeak(company.id));
    const closed = await call(core, 'incidents.create', cardLeak(company.id, { title: '終結した事案' }));
    const [preliminary] = (await call(core, 'notifications.list', { incidentId: open.id })).items;
    await call(core, 'notifications.markSent', { id: preliminary!.id, revision: preliminary!.revision, sentAt: '2026-12-29T09:30+09:00', method: 'PPCウェブフォーム' });
    core.close();
    const db = raw(workspacePath);
    db.prepare("UPDATE incident_notifications SET due_date = '2027-01-27' WHERE incident_id = ? AND notification_kind = 'ppc_final'").run(closed.id);
    db.prepare("UPDATE incidents SET status = 'closed' WHERE id = ?").run(closed.id);
    db.close();
    ageWorkspace(workspacePath, open.id, '2027-01-27');

    const again = await makeCore({ workspacePath, userDataDir });
    const rows = notifications(workspacePath, open.id);
    expect(rows.find((n) => n.id === preliminary!.id)).toMatchObject({ due_date: '2027-01-01', sent_at: '2026-12-29T09:30:00+09:00' });
    expect(rows.find((n) => n.notification_kind === 'ppc_final')!.due_date).toBe('2027-01-26');
    expect(notifications(workspacePath, closed.id).find((n) => n.notification_kind === 'ppc_final')!.due_date).toBe('2027-01-27');
    again.core.close();

    const count = () => (raw(workspacePath).prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
    const audited = count();
    const third = await makeCore({ workspacePath, userDataDir });
    expect(count()).toBe(audited);
    third.core.close();
  });

  it('moves a stored next deadline to the statutory one first, no date changed, named in the rules’ audit row (issue 10)', async () => {
    const { core, company, workspacePath, userDataDir } = await incidentCore();
    const incident = await call(core, 'incidents.create', cardLeak(company.id));
    core.close();
    // An older app stored the earliest date: the notice's yardstick (day 3), not the 速報's limit (day 5).
    const db = raw(workspacePath);
    db.prepare("UPDATE incidents SET next_deadline = '2026-12-30', next_deadline_kind = 'individuals_notice' WHERE id = ?").run(incident.id);
    db.prepare("UPDATE workspace_meta SET value = 'r1.older' WHERE key = 'rules_fingerprint'").run();
    db.close();
    const before = notifications(workspacePath, incident.id);
    const audited = (raw(workspacePath).prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;

    const reopened = await makeCore({ workspacePath, userDataDir, now: steppingClock('2026-12-29T01:00:00.000Z') });
    expect(raw(workspacePath).prepare('SELECT next_deadline, next_deadline_kind FROM incidents WHERE id = ?').get(incident.id)).toEqual({
      next_deadline: '2027-01-01',
      next_deadline_kind: 'ppc_preliminary',
    });
    expect(notifications(workspacePath, incident.id)).toEqual(before);
    // One audit row, the rules' own, naming the incident; no date changed, so no notification row and no notice.
    expect((raw(workspacePath).prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n).toBe(audited + 1);
    const rules = (await call(reopened.core, 'audit.list', {})).items.filter((entry) => entry.operation === 'workspace.rules');
    expect(rules.map((entry) => [entry.entity, entry.actor])).toEqual([['workspace_rules', 'APPI Workbench']]);
    expect(rules[0]!.after).toMatchObject({ updated: [], skipped: [], reranked: [incident.id] });
    expect((await call(reopened.core, 'incidents.dashboard', {})).rulesUpdate).toMatchObject({ count: 0, incidents: [] });
    expect((await call(reopened.core, 'incidents.list', {})).items[0]!.nextDeadline).toMatchObject({ notificationKind: 'ppc_preliminary' });
  });

  it('brings a workspace up to date when the app switches to it', async () => {
    const { core, company, workspacePath } = await incidentCore();
    const incident = await call(core, 'incidents.create', cardLeak(company.id));
    core.close();
    ageWorkspace(workspacePath, incident.id, '2027-01-27');

    const other = await makeCore();
    await call(other.core, 'companies.create', sampleCompany());
    await call(other.core, 'workspace.open', { path: workspacePath });
    expect(notifications(workspacePath, incident.id).find((n) => n.notification_kind === 'ppc_final')!.due_date).toBe('2027-01-26');
  });
});
