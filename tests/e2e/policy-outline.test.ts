// Issue 13, item 3, for the policy editor: the outline beside the articles lists each under the heading the editor
// shows, marks the articles the checker has something against, jumps with focus and follows the scroll; a long
// Japanese article is shown whole (its text area grows like the English one); a published version reads as a
// document, without text boxes. Screenshots at 1280×720 and 1440×900 in ja and en. Needs `npm run build` first.
import AxeBuilder from '@axe-core/playwright';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { apiValue, createSampleCompany } from './helpers/api';
import { screenshotDir } from './helpers/screenshot';
import { openWorkbench, type OpenWorkbench } from './helpers/workbench';

const timeout = { timeout: 15_000 };
let workbench: OpenWorkbench;
let policyId: number;

interface Section {
  id: string;
  kind: string;
  bodyJa: string;
  [key: string]: unknown;
}
interface Detail {
  current: { id: number; revision: number; sections: Section[] };
}

// Forty sentences of real-looking Japanese: far more lines than any fixed box holds.
const longJapanese = Array.from(
  { length: 40 },
  (_, i) => `${i + 1}. 当社は、お客様からお預かりした個人情報を、業務の遂行に必要な範囲で、適切かつ安全に取り扱います。`,
).join('\n');

const windowShot = (page: Page, name: string) => page.screenshot({ path: path.join(screenshotDir, `${name}.png`) });
const outline = (page: Page, name: string) => page.getByRole('navigation', { name });

async function language(page: Page, to: 'ja' | 'en'): Promise<void> {
  const label = to === 'en' ? /^English$/ : /^日本語$/;
  await page.locator('.mantine-SegmentedControl-label').filter({ hasText: label }).click();
  await page.waitForFunction((lang) => document.documentElement.lang === lang, to, timeout);
}

/** The article headings as the editor prints them, in the UI language (the second line is the English one). */
async function editorHeadings(page: Page, lang: 'ja' | 'en'): Promise<string[]> {
  return page.locator('section.wb-pol-section').evaluateAll(
    (sections, which) =>
      sections.map((section) => section.querySelector(`.wb-pol-heading [lang="${which}"], .wb-pol-doc-column[lang="${which}"] h3`)?.textContent ?? ''),
    lang,
  );
}

/** Serious or critical axe violations of the page as it is now (the outline and the document included). */
async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`);
}

beforeAll(async () => {
  workbench = await openWorkbench();
  const { page } = workbench;
  const companyId = await createSampleCompany(page, { representativeTitleJa: '代表取締役', representativeNameJa: '山田 太郎' });
  policyId = (await apiValue<{ id: number }>(page, 'policies.create', { companyId, templateId: 'saas_app', serviceNameJa: 'サンプルアプリ', serviceNameEn: 'Sample App', titleJa: '目次検証ポリシー' })).id;
  const draft = await apiValue<Detail>(page, 'policies.get', { id: policyId });
  // The third article gets a long Japanese body (forty lines).
  const sections = draft.current.sections.map((section, i) => (i === 2 ? { ...section, bodyJa: longJapanese } : section));
  await apiValue(page, 'policyDrafts.save', { versionId: draft.current.id, revision: draft.current.revision, sections });
});
afterEach(() => workbench?.watch.assertClean());
afterAll(async () => {
  await workbench?.close();
});

describe('the outline of the policy editor', () => {
  it('lists the articles under the editor’s headings, jumps with focus to an article and follows the scroll', async () => {
    const { page, app } = workbench;
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`${app.origin}/#/policies/${policyId}`);
    const nav = outline(page, '条項の目次');
    await nav.waitFor(timeout);
    const headings = await editorHeadings(page, 'ja');
    expect(headings.length).toBeGreaterThan(5);
    expect(await nav.locator('.wb-outline-label').allTextContents()).toEqual(headings);
    expect(await nav.getByRole('button').first().getAttribute('aria-current')).toBe('location');

    const target = nav.getByRole('button').nth(headings.length - 2);
    await target.click();
    const article = page.locator('section.wb-pol-section').nth(headings.length - 2);
    await expect
      .poll(() => article.evaluate((element) => element.contains(document.activeElement) && document.activeElement !== document.body), timeout)
      .toBe(true);
    const top = await article.evaluate((element) => element.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(48);
    expect(top).toBeLessThan(200);
    await expect.poll(() => target.getAttribute('aria-current'), timeout).toBe('location');
    await windowShot(page, 'policy-outline-jump-ja-1280');
    expect(await axeViolations(page)).toEqual([]);

    await page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(() => nav.getByRole('button').first().getAttribute('aria-current'), timeout).toBe('location');
    expect(await target.getAttribute('aria-current')).toBeNull();
  });

  it('marks the articles the checker names', async () => {
    const { page } = workbench;
    // An article flagged by the checker carries its mark; its aria-label says why.
    const flagged = await page.locator('.wb-outline-vertical .wb-outline-item[data-state="errors"], .wb-outline-vertical .wb-outline-item[data-state="warnings"]').count();
    const check = await apiValue<{ rules: { status: string; sectionIds: string[]; warnings: { sectionId: string | null }[] }[] }>(page, 'policies.check', { policyId });
    const named = new Set(
      check.rules.flatMap((rule) => [...(rule.status === 'missing' ? rule.sectionIds : []), ...rule.warnings.flatMap((w) => (w.sectionId ? [w.sectionId] : []))]),
    );
    expect(flagged).toBe(named.size);
  });

  it('shows a long Japanese article whole, like the English side', async () => {
    const { page } = workbench;
    const body = page.getByLabel('本文（日本語）').nth(2);
    await body.scrollIntoViewIfNeeded();
    expect(await body.inputValue()).toBe(longJapanese);
    const size = await body.evaluate((element) => ({ scroll: element.scrollHeight, client: element.clientHeight }));
    expect(size.scroll).toBeLessThanOrEqual(size.client);
    // Forty lines at least: not a box of a few rows.
    expect(size.client).toBeGreaterThan(40 * 20);
    for (const label of ['本文（日本語）', '本文（英語）']) {
      const clipped = await page.getByLabel(label).evaluateAll((areas) => areas.filter((area) => area.scrollHeight > area.clientHeight + 1).length);
      expect(clipped, label).toBe(0);
    }
    await windowShot(page, 'policy-long-japanese-ja-1280');
  });

  it('shows the editor in English at 1440×900 with the outline in English', async () => {
    const { page } = workbench;
    await page.setViewportSize({ width: 1440, height: 900 });
    await language(page, 'en');
    await page.evaluate(() => window.scrollTo(0, 0));
    const nav = outline(page, 'Articles');
    await nav.waitFor(timeout);
    expect(await nav.locator('.wb-outline-label').allTextContents()).toEqual(await editorHeadings(page, 'en'));
    await windowShot(page, 'policy-outline-en-1440');
    await page.setViewportSize({ width: 1280, height: 720 });
    await windowShot(page, 'policy-outline-en-1280');
    await language(page, 'ja');
    await page.setViewportSize({ width: 1440, height: 900 });
    await windowShot(page, 'policy-outline-ja-1440');
  });

  it('shows a published version as a document: no text boxes, the actions kept', async () => {
    const { page, app } = workbench;
    const draft = await apiValue<Detail>(page, 'policies.get', { id: policyId });
    await apiValue(page, 'policyVersions.publish', { versionId: draft.current.id, revision: draft.current.revision, effectiveOn: '2026-04-01', acknowledgeWarnings: true });
    // Published behind the page's back: a fresh load, not the draft the page has cached.
    await page.goto(`${app.origin}/#/policies/${policyId}`);
    await page.reload();
    const nav = outline(page, '条項の目次');
    await nav.waitFor(timeout);
    await page.getByRole('document', { name: '公開版の本文' }).waitFor(timeout);
    expect(await page.getByRole('textbox').count()).toBe(0);
    expect(await page.getByRole('button', { name: '新しい版を作成' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: '書き出す' }).count()).toBeGreaterThan(0);
    // The long article reads whole, and the outline still lists the headings the document shows.
    expect(await page.getByRole('document', { name: '公開版の本文' }).textContent()).toContain('40. 当社は、お客様からお預かりした個人情報を');
    expect(await nav.locator('.wb-outline-label').allTextContents()).toEqual(await editorHeadings(page, 'ja'));
    // The purposes of use read as a list, not as a table of inputs.
    expect(await page.locator('.wb-pol-doc-list li').count()).toBeGreaterThan(0);

    // A quote in the checker shows its sentence selected in the document (there are no fields to select it in).
    const quote = page.locator('[data-rule="purposes"] .wb-pol-quote').first();
    const quoted = ((await quote.textContent()) ?? '').replace(/^.*?「/u, '').replace(/…?」$/u, '');
    await quote.click();
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString() ?? ''), timeout).not.toBe('');
    const selected = await page.evaluate(() => window.getSelection()?.toString() ?? '');
    expect(quoted.startsWith(selected.slice(0, 20))).toBe(true);
    expect(await page.evaluate(() => window.getSelection()?.anchorNode?.parentElement?.closest('.wb-pol-doc') !== null)).toBe(true);

    await nav.getByRole('button').nth(3).click();
    const article = page.locator('section.wb-pol-section').nth(3);
    await expect.poll(() => article.evaluate((element) => element.contains(document.activeElement)), timeout).toBe(true);
    await windowShot(page, 'policy-published-ja-1440');
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 720 });
    await windowShot(page, 'policy-published-ja-1280');
    await language(page, 'en');
    await windowShot(page, 'policy-published-en-1280');
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await windowShot(page, 'policy-published-en-1440');
    await language(page, 'ja');
  });
});
