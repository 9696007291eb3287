// Issue #12 in the real UI: a tab keeps showing workspace X while the server is switched to Y (another tab, another
// window). The tab's next save is refused (nothing written in either file), the tab says so in the user's language,
// and reloads onto the open workspace at its start page. Screenshots in Japanese and English. Needs `npm run build`.
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './helpers/screenshot';
import { openWorkbench, type OpenWorkbench } from './helpers/workbench';

const timeout = { timeout: 15_000 };

let workbench: OpenWorkbench;

/** A request from outside the page (another tab's or window's), naming the workspace open now, as they would. */
async function elsewhere<T>(operation: string, input: unknown): Promise<T> {
  const token = new URL(workbench.app.url).searchParams.get('token') ?? '';
  const post = async (op: string, body: unknown, id?: string) =>
    (await (
      await fetch(`${workbench.app.origin}/api/${op}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Workbench-Token': token, ...(id ? { 'X-Workbench-Workspace': id } : {}) },
        body: JSON.stringify(body),
      })
    ).json()) as { ok: boolean; value?: unknown; error?: unknown };
  const info = (await post('workspace.info', {})) as { value: { id: string } };
  const answer = await post(operation, input, info.value.id);
  if (!answer.ok) throw new Error(`${operation}: ${JSON.stringify(answer.error)}`);
  return answer.value as T;
}

beforeAll(async () => {
  workbench = await openWorkbench();
  await workbench.page.waitForLoadState('networkidle');
  const company = await elsewhere<{ id: number }>('companies.create', { legalNameJa: '株式会社エックス' });
  await elsewhere('desks.create', { companyId: company.id, kind: 'own', nameJa: 'X社の窓口' });
});
afterEach(() => workbench?.watch.assertClean());
afterAll(async () => {
  await workbench?.close();
});

describe('a tab whose workspace was switched elsewhere', () => {
  it('is refused on save, says so in Japanese, and reloads onto the open workspace', async () => {
    const { page, app } = workbench;
    await page.goto(`${app.origin}/#/desks`);
    await page.getByText('X社の窓口').first().click();
    await page.getByLabel('窓口名（日本語）').waitFor(timeout);
    // Another window creates client Y and the server switches to it; Y gets a desk with the same id and revision.
    await elsewhere('workspace.create', { path: path.join(app.dir, 'client-y.sqlite') });
    const other = await elsewhere<{ id: number }>('companies.create', { legalNameJa: '株式会社ワイ' });
    await elsewhere('desks.create', { companyId: other.id, kind: 'own', nameJa: 'Y社の窓口' });

    // The tab still shows X's desk form; the user edits and saves.
    await page.getByLabel('窓口名（日本語）').fill('タブAの編集');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    const notice = page.getByRole('dialog', { name: 'ワークスペースが切り替えられました' });
    await notice.waitFor(timeout);
    await notice.getByText('変更は保存されていません').first().waitFor(timeout);
    await notice.getByText('client-y').first().waitFor(timeout);
    await screenshot(page, 'workspace-changed-ja');

    // Nothing landed in Y.
    const desk = await elsewhere<{ nameJa: string; revision: number }>('desks.get', { id: 1 });
    expect(desk).toMatchObject({ nameJa: 'Y社の窓口', revision: 1 });

    await notice.getByRole('button', { name: '開いているワークスペースで読み込み直す' }).click();
    await page.waitForURL((url) => url.hash === '#/', timeout);
    await page.getByRole('link', { name: '窓口', exact: true }).click();
    await page.getByText('Y社の窓口').first().waitFor(timeout);
    // The reloaded page names the workspace it works in: its own save goes through.
    await page.getByText('Y社の窓口').first().click();
    await page.getByLabel('窓口名（日本語）').fill('Y社の窓口（更新）');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('Y社の窓口（更新）').first().waitFor(timeout);
    expect(await elsewhere('desks.get', { id: 1 })).toMatchObject({ nameJa: 'Y社の窓口（更新）', revision: 2 });
  });

  it('says the same in English', async () => {
    const { page, app } = workbench;
    await elsewhere('settings.update', { language: 'en' });
    await page.goto(`${app.origin}/#/desks`);
    await page.reload();
    await page.getByText('Y社の窓口（更新）').first().click();
    await page.getByLabel('Desk name (Japanese)').waitFor(timeout);
    await elsewhere('workspace.open', { path: app.workspacePath });
    await page.getByLabel('Desk name (Japanese)').fill('Tab A edit');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const notice = page.getByRole('dialog', { name: 'The workspace was switched' });
    await notice.waitFor(timeout);
    await notice.getByText('Nothing was saved').first().waitFor(timeout);
    await screenshot(page, 'workspace-changed-en');
    expect(await elsewhere('desks.get', { id: 1 })).toMatchObject({ nameJa: 'X社の窓口', revision: 1 });
  });
});
