// English is complete (issue 13 item 6): every screen in English shows no Japanese that did not come from the user's
// data. Japanese is allowed only inside an element marked lang="ja" (the Japanese side of a bilingual record, which
// screen readers must read as Japanese anyway) or as one of the strings the seed typed (a company without the
// English field filled in, the incident's title…). Visible text and the names assistive technology reads (aria-label,
// title, placeholder) are both checked. Needs `npm run build`.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { NOW, openScreen, screens, seedScreens, switchLanguage, userText, type Seeded } from './helpers/screens';
import { openWorkbench, type OpenWorkbench } from './helpers/workbench';

const seeded: Partial<Seeded> = {};
let workbench: OpenWorkbench;

beforeAll(async () => {
  workbench = await openWorkbench({ clock: NOW, prepare: (file) => seedScreens(file, seeded) });
  await workbench.page.waitForLoadState('networkidle');
}, 60_000);
afterEach(() => workbench?.watch.assertClean());
afterAll(async () => {
  await workbench?.close();
});

/** Text the user typed in Japanese only (no English counterpart exists in the record). */
const typed = [
  userText.incidentTitle,
  userText.timelineText,
  userText.operator,
  userText.companyJa,
  userText.longCompanyJa,
  userText.deskJa,
  'サンプルアプリ',
  '代表取締役 山田 太郎',
  '山田 太郎',
  userText.inventoryName,
  userText.department,
  userText.entrusteeName,
  userText.entrustedWork,
  userText.requester,
  userText.requestSummary,
  userText.counterparty,
  userText.person,
  userText.provisionItems,
  '東京都千代田区千代田1-1',
  '初版',
  // A language is named in itself in a language choice (the header's switch, Settings): 日本語 beside English.
  '日本語',
];

/** Japanese on the page outside lang="ja" and outside the typed strings: "where: text" per finding. */
async function japaneseOnPage(page: Page): Promise<string[]> {
  return page.evaluate((allowed) => {
    const japanese = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff5e]/u;
    const strip = (text: string) => allowed.reduce((rest, value) => rest.split(value).join(' '), text);
    const inJapanese = (element: Element | null) => element?.closest('[lang]')?.getAttribute('lang')?.startsWith('ja') === true && element.closest('[lang]') !== document.documentElement;
    const visible = (element: Element) => {
      const box = (element as HTMLElement).getBoundingClientRect?.();
      return !!box && box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
    };
    const found = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || inJapanese(parent) || !visible(parent) || parent.closest('script, style, [aria-hidden="true"]')) continue;
      const rest = strip(node.textContent ?? '');
      if (japanese.test(rest)) found.add(`text: ${(node.textContent ?? '').trim().slice(0, 80)}`);
    }
    for (const element of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      if (inJapanese(element) || element.closest('[aria-hidden="true"]')) continue;
      // A name may repeat Japanese the element shows marked lang="ja" (「Go to the passage in 第4条」 over that quote).
      const marked = [...element.querySelectorAll('[lang^="ja"]')].map((child) => child.textContent ?? '').filter(Boolean);
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = element.getAttribute(name);
        const runs = value ? (strip(value).match(/[\u3040-\u30ff\u3400-\u9fff\uff01-\uff5e0-9]+/gu) ?? []) : [];
        const unmarked = runs.filter((run) => japanese.test(run) && !marked.some((text) => text.includes(run)));
        if (unmarked.length > 0) found.add(`${name}: ${value!.slice(0, 80)}`);
      }
    }
    return [...found];
  }, typed);
}

describe('English is complete', () => {
  it('shows no Japanese that is not user data on any screen', async () => {
    const { page, app } = workbench;
    await switchLanguage(page, 'en');
    const findings: string[] = [];
    for (const screen of screens(seeded as Seeded)) {
      await openScreen(page, app.origin, screen.hash);
      for (const finding of await japaneseOnPage(page)) findings.push(`${screen.name}: ${finding}`);
    }
    expect(findings, findings.join('\n')).toEqual([]);
  }, 300_000);

  it('names the company by its English name and the recipients in English', async () => {
    const { page, app } = workbench;
    await switchLanguage(page, 'en');
    await openScreen(page, app.origin, '/incidents');
    const table = page.locator('main table');
    await table.getByText(userText.companyEn).first().waitFor({ timeout: 15_000 });
    expect(await table.getByText(userText.companyJa).count()).toBe(0);
    await openScreen(page, app.origin, `/incidents/${seeded.incidentId}/notifications`);
    await page.getByText('Personal Information Protection Commission', { exact: false }).first().waitFor({ timeout: 15_000 });
    expect(await page.getByText('個人情報保護委員会', { exact: false }).count()).toBe(0);
  }, 120_000);
});
