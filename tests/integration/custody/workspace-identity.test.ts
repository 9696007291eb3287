import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Envelope } from '../../../shared/errors';
import { sampleCompany, sampleDesk } from '../core/helpers';
import { startHarness, type Harness } from '../web/harness';

/**
 * Issue #12's repro, through the real HTTP server: tab A works in workspace X, tab B switches the server to Y, and
 * A's stale save must not land in Y (ids and revisions of both files start at 1, so a revision check alone passes).
 */
let harness: Harness;
beforeEach(async () => {
  harness = await startHarness();
});
afterEach(() => harness.close());

function value<T>(envelope: { status: number; body: Envelope<unknown> }): T {
  if (!envelope.body.ok) throw new Error(`${envelope.status} ${JSON.stringify(envelope.body.error)}`);
  return envelope.body.value as T;
}

/** A tab: it learns the open workspace's id once, as the page does at start, and names it in every request. */
async function openTab(h: Harness) {
  const info = value<{ id: string; path: string }>(await h.api('workspace.info', {}, { 'X-Workbench-Workspace': '' }));
  return {
    id: info.id,
    api: (operation: string, body: unknown) => h.api(operation, body, { 'X-Workbench-Workspace': info.id }),
  };
}

interface Desk {
  id: number;
  revision: number;
  nameJa: string;
}

async function companyAndDesk(tab: Awaited<ReturnType<typeof openTab>>, nameJa: string): Promise<Desk> {
  const company = value<{ id: number }>(await tab.api('companies.create', sampleCompany()));
  return value<Desk>(await tab.api('desks.create', sampleDesk(company.id, { nameJa })));
}

describe('a request names the workspace it was made against', () => {
  it("refuses tab A's stale desks.update after tab B switched the server to another workspace, and Y's desk stays as it was", async () => {
    const tabA = await openTab(harness);
    const deskInX = await companyAndDesk(tabA, 'X社の窓口');
    expect(deskInX).toMatchObject({ id: 1, revision: 1 });

    // Tab B creates workspace Y (the server switches to it) and records a desk there: id 1, revision 1 as well.
    const tabB = await openTab(harness);
    const created = value<{ id: string; path: string }>(await tabB.api('workspace.create', { path: path.join(harness.dir, 'y.sqlite') }));
    expect(created.id).not.toBe(tabA.id);
    const tabBInY = await openTab(harness);
    expect(tabBInY.id).toBe(created.id);
    const deskInY = await companyAndDesk(tabBInY, 'Y社の窓口');
    expect(deskInY).toMatchObject({ id: 1, revision: 1 });
    const auditBefore = value<{ total: number }>(await tabBInY.api('audit.list', {})).total;

    // Tab A still shows X and saves its desk with the revision it read.
    const stale = await tabA.api('desks.update', { ...sampleDesk(1, { nameJa: 'Aの編集' }), id: 1, revision: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ ok: false, error: { code: 'workspace_changed' } });
    if (!stale.body.ok) {
      expect(stale.body.error.message.ja).toContain('切り替え');
      expect(stale.body.error.message.en).toContain('switched');
    }

    // Nothing was written in Y: the desk, its revision and the audit trail are as they were.
    expect(value<Desk>(await tabBInY.api('desks.get', { id: 1 }))).toMatchObject({ nameJa: 'Y社の窓口', revision: 1 });
    expect(value<{ total: number }>(await tabBInY.api('audit.list', {})).total).toBe(auditBefore);

    // Nor in X: back in X, its desk is unchanged too.
    const back = value<{ id: string }>(await tabBInY.api('workspace.open', { path: path.join(harness.dir, 'workspace.sqlite') }));
    expect(back.id).toBe(tabA.id);
    expect(value<Desk>(await tabA.api('desks.get', { id: 1 }))).toMatchObject({ nameJa: 'X社の窓口', revision: 1 });
  });

  it('refuses a read as well as a write from a tab of another workspace (it would show the wrong client)', async () => {
    const tabA = await openTab(harness);
    await companyAndDesk(tabA, 'X社の窓口');
    await tabA.api('workspace.create', { path: path.join(harness.dir, 'y.sqlite') });
    const read = await tabA.api('desks.list', {});
    expect(read.status).toBe(409);
    expect(read.body).toMatchObject({ ok: false, error: { code: 'workspace_changed' } });
  });

  it('refuses a request that names no workspace, except workspace.info and workspace.recent', async () => {
    const none = { 'X-Workbench-Workspace': '' };
    for (const operation of ['companies.list', 'companies.create', 'settings.get', 'workspace.open', 'workspace.choosePath']) {
      const answer = await harness.api(operation, {}, none);
      expect(answer.status, operation).toBe(409);
      expect(answer.body, operation).toMatchObject({ ok: false, error: { code: 'workspace_changed' } });
    }
    expect((await harness.api('workspace.info', {}, none)).status).toBe(200);
    expect((await harness.api('workspace.recent', {}, none)).status).toBe(200);
    expect(value<{ total: number }>(await harness.api('companies.list', {})).total).toBe(0);
  });

  it('keeps the id of a workspace across closing and reopening, and each file has its own', async () => {
    const tab = await openTab(harness);
    const first = path.join(harness.dir, 'workspace.sqlite');
    const other = value<{ id: string }>(await tab.api('workspace.create', { path: path.join(harness.dir, 'other.sqlite') }));
    const reopened = value<{ id: string }>(await harness.api('workspace.open', { path: first }, { 'X-Workbench-Workspace': other.id }));
    expect(reopened.id).toBe(tab.id);
    const again = value<{ id: string }>(await harness.api('workspace.open', { path: path.join(harness.dir, 'other.sqlite') }, { 'X-Workbench-Workspace': tab.id }));
    expect(again.id).toBe(other.id);
  });
});
