// A workspace left by an older version of the app, whose stored 確報 due date differs from what today's rules give:
// on opening, the app derives the open incident again and the dashboard says so, names the incident and links the
// audit trail, where the change shows under 「APPI Workbench」 with the date before and after. Needs `npm run build`.
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../main/core/index';
import { screenshot } from './helpers/screenshot';
import { openWorkbench, type OpenWorkbench } from './helpers/workbench';

const NOW = '2026-12-30T09:00:00+09:00';
const timeout = { timeout: 15_000 };
let incidentId = 0;

/** An incident recorded by today's app, then aged: another 確報 date and another rules fingerprint. */
async function olderWorkspace(workspacePath: string): Promise<void> {
  // Recorded on the same moved clock as the app below: a time known after "now" would be refused.
  const core = await createCore({ workspacePath, userDataDir: path.join(os.tmpdir(), `appi-e2e-rules-${process.pid}`), rememberWorkspace: false, now: () => new Date(NOW) });
  const call = async (operation: string, input: unknown) => {
    const envelope = await core.dispatch(operation, input, core.workspace().id);
    if (!envelope.ok) throw new Error(JSON.stringify(envelope.error));
    return envelope.value as { id: number };
  };
  const company = await call('companies.create', { legalNameJa: '株式会社サンプル商事', phone: '03-1234-5678', authorizedOrgMember: false });
  incidentId = (
    await call('incidents.create', {
      companyId: company.id,
      title: 'ECサイトのカード番号漏えい',
      breachKind: 'leak',
      certainty: 'confirmed',
      knownAt: '2026-12-28T23:30+09:00',
      dataItems: ['creditCard', 'name'],
      individualsKind: 'estimate',
      individuals: 120,
      highLevelEncryption: false,
    })
  ).id;
  core.close();
  const db = new Database(workspacePath);
  db.prepare("UPDATE incident_notifications SET due_date = '2027-01-27' WHERE incident_id = ? AND notification_kind = 'ppc_final'").run(incidentId);
  db.prepare("UPDATE workspace_meta SET value = 'r0.older' WHERE key = 'rules_fingerprint'").run();
  db.close();
}

let workbench: OpenWorkbench;

beforeAll(async () => {
  workbench = await openWorkbench({ clock: NOW, prepare: olderWorkspace });
});
afterEach(() => workbench?.watch.assertClean());
afterAll(async () => {
  await workbench?.close();
});

describe('a workspace derived under older rules', () => {
  it('tells the user on the dashboard which deadlines were recomputed, and the audit trail shows before and after', async () => {
    const { page } = workbench;
    const notice = page.getByRole('status').filter({ hasText: '期限を再計算しました' });
    await notice.waitFor(timeout);
    expect(await notice.textContent()).toContain('対応中のインシデント1件の期限を再計算しました');
    await screenshot(page, 'dashboard-rules-update-ja');
    expect(await notice.getByRole('link', { name: 'ECサイトのカード番号漏えい' }).getAttribute('href')).toBe(`#/incidents/${incidentId}/notifications`);

    await notice.getByRole('link', { name: '変更前後を操作履歴で見る' }).click();
    const row = page.getByRole('row').filter({ hasText: 'APPI Workbench' }).filter({ hasText: '報告・通知' });
    await row.first().waitFor(timeout);
    // The change of rules and the one notification it re-dated, both under the app's name.
    expect(await page.getByRole('row').filter({ hasText: 'APPI Workbench' }).count()).toBe(2);
    await row.first().click();
    const drawer = page.getByRole('dialog');
    await drawer.waitFor(timeout);
    // The drawer slides in: its text is there at once, the screenshot waits for the motion to end.
    const details = (await drawer.textContent()) ?? '';
    expect(details).toContain('2027-01-27');
    expect(details).toContain('2027-01-26');
    await page.waitForTimeout(500);
    await screenshot(page, 'audit-rules-update-ja');
  });

  it('can be closed, and stays closed for the session', async () => {
    const { page } = workbench;
    await page.goto(`${workbench.app.origin}/#/`);
    const notice = page.getByRole('status').filter({ hasText: '期限を再計算しました' });
    await notice.waitFor(timeout);
    await notice.getByRole('button', { name: '閉じる' }).click();
    await notice.waitFor({ state: 'detached', ...timeout });
    await page.reload();
    await page.getByRole('heading', { name: 'ダッシュボード', level: 1 }).waitFor(timeout);
    expect(await page.getByText('期限を再計算しました').count()).toBe(0);
  });
});
