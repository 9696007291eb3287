// The real UI in Chromium over browser mode: a company and a complaint desk made through the forms survive a
// reload. Needs `npm run build` first (the test drives dist/, as a user would).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openWorkbench, type OpenWorkbench } from './helpers/workbench';
import { screenshot } from './helpers/screenshot';

const companyName = '株式会社サンプル商事';
const deskName = '個人情報お問い合わせ窓口';

let workbench: OpenWorkbench;
beforeAll(async () => {
  workbench = await openWorkbench();
});
// A CSP violation or an uncaught error fails the test during which it happened.
afterEach(() => workbench?.watch.assertClean());
afterAll(async () => {
  await workbench?.close();
});

const timeout = { timeout: 15_000 };

describe('APPI Workbench in browser mode', () => {
  it('takes the token out of the address bar and keeps it for the session', async () => {
    const { page, app } = workbench;
    await page.waitForLoadState('networkidle');
    expect(page.url().startsWith(app.origin)).toBe(true);
    expect(page.url()).not.toContain('token=');
    const token = new URL(app.url).searchParams.get('token');
    expect(await page.evaluate((t) => Object.values(sessionStorage).includes(t ?? ''), token)).toBe(true);
    await screenshot(page, 'home');
  });

  it('creates a company through the form', async () => {
    const { page } = workbench;
    await page.getByRole('link', { name: '事業者', exact: true }).click();
    await page.getByRole('button', { name: '事業者を追加' }).click();
    await page.getByLabel('事業者名（日本語）').fill(companyName);
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText(companyName).first().waitFor(timeout);
    await screenshot(page, 'company-created');
  });

  it('creates a complaint desk for that company', async () => {
    const { page } = workbench;
    await page.getByRole('link', { name: '窓口', exact: true }).click();
    await page.getByRole('button', { name: '窓口を追加' }).click();
    await page.getByLabel('事業者', { exact: true }).selectOption({ label: companyName });
    await page.getByLabel('窓口名（日本語）').fill(deskName);
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText(deskName).first().waitFor(timeout);
    await screenshot(page, 'desk-created');
  });

  it('finds both again after a reload (saved in the workspace, token kept)', async () => {
    const { page } = workbench;
    await page.reload();
    await page.getByRole('link', { name: '事業者', exact: true }).click();
    await page.getByText(companyName).first().waitFor(timeout);
    await page.getByRole('link', { name: '窓口', exact: true }).click();
    await page.getByText(deskName).first().waitFor(timeout);
    await screenshot(page, 'after-reload');
  });

  it('opens a screen from its address directly (a bookmark, a fresh load)', async () => {
    const { page, app } = workbench;
    // Routes live in the hash: the document is always the root page.
    await page.goto(`${app.origin}/#/companies/new`);
    await page.getByLabel('事業者名（日本語）').waitFor(timeout);
    await screenshot(page, 'company-new-deep-link');
  });

  it('refuses a company that still has a desk before asking (issue 13 item 8), asks before deleting the desk', async () => {
    const { page, app } = workbench;
    await page.goto(`${app.origin}/#/companies`);
    await page.getByText(companyName).first().click();
    await page.getByRole('button', { name: '削除', exact: true }).click();
    // The refusal names the reason next to the form at once, with no confirmation asked first; the company stays.
    await page.getByText('この事業者には窓口が1件あります。', { exact: false }).first().waitFor(timeout);
    await page.getByText('削除できません', { exact: false }).first().waitFor(timeout);
    expect(await page.getByRole('dialog').count()).toBe(0);

    await page.goto(`${app.origin}/#/desks`);
    await page.getByText(deskName).first().click();
    await page.getByRole('button', { name: '削除', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: '削除', exact: true }).click();
    await page.getByRole('button', { name: '窓口を追加' }).waitFor(timeout);
    await page.getByText(deskName).first().waitFor({ state: 'detached', ...timeout });
    expect(await page.getByText(deskName).count()).toBe(0);
  });
});
