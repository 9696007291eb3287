// Lists never clip silently (issue 13 item 7), at 1280×720 and 1440×900, in Japanese and English: a table cell
// whose text does not fit says it whole on hover (a title on the cell or inside it); the incident list's triggers
// show the first by name and the others as a count, never a cut badge; the dashboard's company names and the
// timeline's 対応者 are read whole. Screenshots: lists-<screen>-<lang>-<width>.png. Needs `npm run build`.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { NOW, openScreen, seedScreens, sizes, switchLanguage, userText, type Seeded } from './helpers/screens';
import { openWorkbench, type OpenWorkbench } from './helpers/workbench';

const seeded: Partial<Seeded> = {};
let workbench: OpenWorkbench;

beforeAll(async () => {
  workbench = await openWorkbench({
    clock: NOW,
    prepare: async (file) => {
      await seedScreens(file, seeded);
    },
  });
  await workbench.page.waitForLoadState('networkidle');
}, 60_000);
afterEach(() => workbench?.watch.assertClean());
afterAll(async () => {
  await workbench?.close();
});

/** Cells cut without their whole text on hover, and badges wider than their cell. */
async function silentClips(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const cell of document.querySelectorAll<HTMLElement>('main td')) {
      // Text for screen readers only (a 1px box, as EmptyCell's 「未設定」 beside its —) is hidden on purpose, not cut.
      const cut = [cell, ...cell.querySelectorAll<HTMLElement>('*')].filter(
        (element) => element.clientWidth > 1 && element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflowX !== 'visible',
      );
      if (cut.length === 0) continue;
      const titled = cell.title || cell.querySelector('[title]') || cell.closest('[title]');
      if (!titled) out.push(`cut without a title: ${cell.textContent?.slice(0, 60)} (${cut.map((element) => `${element.tagName.toLowerCase()}.${element.className} ${element.scrollWidth}>${element.clientWidth}`).join(' ')})`);
    }
    for (const badge of document.querySelectorAll<HTMLElement>('main td .mantine-Badge-root')) {
      const cell = badge.closest('td')!;
      if (badge.getBoundingClientRect().right > cell.getBoundingClientRect().right + 1) out.push(`badge outside its cell: ${badge.textContent}`);
      const label = badge.querySelector<HTMLElement>('.mantine-Badge-label');
      if (label && label.scrollWidth > label.clientWidth + 1) out.push(`badge cut: ${badge.textContent}`);
    }
    return out;
  });
}

/** Whether the element holding `text` shows it whole (nothing hidden by overflow). */
async function shownWhole(page: Page, scope: string, text: string): Promise<boolean> {
  return page.evaluate(
    ([selector, wanted]) => {
      const cell = [...document.querySelectorAll<HTMLElement>(selector)].find((element) => element.textContent?.includes(wanted));
      return !!cell && cell.scrollWidth <= cell.clientWidth + 1 && cell.scrollHeight <= cell.clientHeight + 1;
    },
    [scope, text] as const,
  );
}

describe('lists that never clip silently', () => {
  it('dashboard, incidents, timeline, desks, companies, policies and the four registers at 1280 and 1440, ja and en', async () => {
    const { page, app } = workbench;
    const problems: string[] = [];
    const lists = ['/', '/incidents', `/incidents/${seeded.incidentId}/timeline`, '/desks', '/companies', '/policies'];
    lists.push('/inventory', '/entrustees', '/requests', '/provisions');
    for (const lang of ['ja', 'en'] as const) {
      await switchLanguage(page, lang);
      for (const size of sizes) {
        await page.setViewportSize(size);
        for (const hash of lists) {
          await openScreen(page, app.origin, hash);
          for (const problem of await silentClips(page)) problems.push(`${hash} ${lang} ${size.width}: ${problem}`);
          const name = hash === '/' ? 'dashboard' : hash.split('/').filter(Boolean).at(-1);
          await page.screenshot({ path: `test-results/screenshots/lists-${name}-${lang}-${size.width}.png` });
        }
        // The dashboard's company and the timeline's 対応者, whole.
        await openScreen(page, app.origin, '/');
        const company = lang === 'en' ? userText.companyEn : userText.companyJa;
        expect(await shownWhole(page, 'main td', company), `dashboard company ${lang} ${size.width}`).toBe(true);
        await openScreen(page, app.origin, `/incidents/${seeded.incidentId}/timeline`);
        expect(await shownWhole(page, 'main td', userText.operator), `timeline 対応者 ${lang} ${size.width}`).toBe(true);
        // Four triggers hold: one named, the other three counted, all named on hover.
        await openScreen(page, app.origin, '/incidents');
        const triggers = page.locator('main .wb-trigger-badges').first();
        expect(await triggers.locator('.wb-trigger-more').textContent()).toBe(lang === 'ja' ? '他3件' : '+3');
        expect((await triggers.getAttribute('title'))?.split(lang === 'ja' ? '、' : ', ')).toHaveLength(4);
      }
    }
    await switchLanguage(page, 'ja');
    await page.setViewportSize(sizes[0]);
    expect(problems, problems.join('\n')).toEqual([]);
  }, 300_000);

  it('prints a desk closed on holidays as such: （祝日・年末年始を除く）', async () => {
    const { page, app } = workbench;
    await openScreen(page, app.origin, '/desks');
    await page.getByText('月〜金 09:00〜17:30（祝日・年末年始を除く）').first().waitFor({ timeout: 15_000 });
  });
});
