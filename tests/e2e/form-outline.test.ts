// Issue 13, item 3, in the real UI: the incident form's outline lists its sections with their state, jumps to a
// section with focus on its heading, follows the scroll, counts the errors of a failed save per section, and the
// assessment beside the form names the facts still to find once (the verdict), not again under each trigger.
// Needs `npm run build` first.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSampleCompany } from './helpers/api';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { screenshotDir } from './helpers/screenshot';
import { openWorkbench, type OpenWorkbench } from './helpers/workbench';

const timeout = { timeout: 15_000 };
let workbench: OpenWorkbench;

beforeAll(async () => {
  workbench = await openWorkbench();
  await createSampleCompany(workbench.page);
});
afterEach(() => workbench?.watch.assertClean());
afterAll(async () => {
  await workbench?.close();
});

/** The window as the user sees it: the sticky outline only shows its point at real size, not on a full-page image. */
const windowShot = (page: Page, name: string) => page.screenshot({ path: path.join(screenshotDir, `${name}.png`) });

const outlineItem = (name: RegExp | string) => workbench.page.getByRole('navigation', { name: '記録の構成' }).getByRole('button', { name });

describe('the outline of the incident form', () => {
  it('lists the sections with their state, jumps with focus, and follows the scroll', async () => {
    const { page } = workbench;
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.getByRole('link', { name: 'インシデント', exact: true }).click();
    await page.getByRole('button', { name: 'インシデントを登録' }).click();
    const outline = page.getByRole('navigation', { name: '記録の構成' });
    await outline.waitFor(timeout);
    const names = await outline.getByRole('button').allTextContents();
    expect(names).toEqual(['概要', '日時', '項目', '本人の数', '暗号化・目的', '委託', '委任先', '報告事項']);
    // A new record: the overview lacks its title; delegation is optional and carries no mark.
    expect(await outlineItem(/^概要/).getAttribute('data-state')).toBe('todo');
    expect(await outlineItem(/^委任先/).getAttribute('data-state')).toBe('optional');
    expect(await outlineItem(/^概要/).getAttribute('aria-current')).toBe('location');

    await outlineItem(/^報告事項/).click();
    const heading = page.getByRole('heading', { level: 2, name: /^報告事項/ });
    await expect.poll(() => heading.evaluate((element) => element === document.activeElement), timeout).toBe(true);
    // The heading sits below the header and the sticky outline, not under them.
    const top = await heading.evaluate((element) => element.getBoundingClientRect().top);
    const barBottom = await outline.evaluate((element) => element.getBoundingClientRect().bottom);
    expect(top).toBeGreaterThanOrEqual(barBottom);
    await expect.poll(() => outlineItem(/^報告事項/).getAttribute('aria-current'), timeout).toBe('location');
    expect(await outlineItem(/^概要/).getAttribute('aria-current')).toBeNull();
    await windowShot(page, 'incident-outline-report-1280');

    // Scrolling back by hand moves the mark with the reader.
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(() => outlineItem(/^概要/).getAttribute('aria-current'), timeout).toBe('location');
  });

  it('counts a failed save’s errors per section and marks a section done when its facts are in', async () => {
    const { page } = workbench;
    await page.getByRole('button', { name: '保存', exact: true }).click();
    // No title and no moment of knowing: both sections say how many errors they hold.
    await expect.poll(() => outlineItem(/^概要/).getAttribute('data-state'), timeout).toBe('errors');
    expect(await outlineItem(/^概要/).getAttribute('aria-label')).toBe('概要（エラー1件）');
    expect(await outlineItem(/^日時/).getAttribute('data-state')).toBe('errors');

    await page.getByLabel('件名').fill('委託先での顧客名簿の誤送信');
    await expect.poll(() => outlineItem(/^概要/).getAttribute('data-state'), timeout).toBe('complete');
    await page.evaluate(() => window.scrollTo(0, 0));
    await windowShot(page, 'incident-outline-errors-1280');
  });

  it('names the facts still to find once, in the verdict, not again under each open trigger', async () => {
    const panel = workbench.page.locator('.wb-assessment');
    await panel.getByText('まだ判断できません').waitFor(timeout);
    expect(await panel.getByText('要配慮個人情報が含まれるかは未確認です。').count()).toBe(0);
    expect(await panel.locator('.wb-verdict-reason').textContent()).toContain('要配慮個人情報を含むか');
    // Each open trigger still says so with its badge and its source.
    const sensitive = panel.locator('[data-topic="sensitive"]');
    expect(await sensitive.getByText('未確認').count()).toBe(1);
    expect(await sensitive.getByText(/施行規則第7条第1号/).count()).toBe(1);
  });
});
