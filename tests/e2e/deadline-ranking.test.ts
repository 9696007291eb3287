// The statutory deadline first, everywhere (issue 10, item 3), in Chromium over browser mode with the app's clock
// moved to Tuesday 8 December 2026, 10:00 JST (APPI_WORKBENCH_CLOCK). Three incidents:
// - a card leak known on 1 December whose 速報 limit (day 5, 5 December) passed three days ago, its notice to the
//   individuals (due "promptly", yardstick day 3) pending too;
// - one known on 7 December, its 速報 due on the 11th;
// - one known on 20 November with both reports sent, only the notice left, its yardstick long past.
// The dashboard, the list's "statutory deadline missed" filter, the incident header and the notifications tab must
// rank the overdue 速報 first, in red, and the notices calmly with 「速やかに」 — in ja and en, at 1280×720 and
// 1440×900, with no deadline chip or trigger badge cut off unseen. Needs `npm run build`.
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../main/core/index';
import { screenshot } from './helpers/screenshot';
import { openWorkbench, type OpenWorkbench } from './helpers/workbench';
import { dismissToasts } from './helpers/page-actions';

const NOW = '2026-12-08T10:00:00+09:00';
const timeout = { timeout: 15_000 };
const LATE = '速報が期限切れの漏えい（会員サイトへの不正アクセス）';
const SOON = '昨日把握した誤送信';
const NOTICE_ONLY = '本人通知だけが残る漏えい';
const ids: Record<string, number> = {};

async function seed(workspacePath: string): Promise<void> {
  const core = await createCore({
    workspacePath,
    userDataDir: path.join(os.tmpdir(), `appi-e2e-ranking-${process.pid}`),
    rememberWorkspace: false,
    now: () => new Date(NOW),
  });
  const workspaceId = core.workspace().id;
  const call = async <T = { id: number }>(operation: string, input: unknown): Promise<T> => {
    const envelope = await core.dispatch(operation, input, workspaceId);
    if (!envelope.ok) throw new Error(JSON.stringify(envelope.error));
    return envelope.value as T;
  };
  const company = await call('companies.create', { legalNameJa: '株式会社サンプル商事', phone: '03-1234-5678', authorizedOrgMember: false });
  const incident = (title: string, knownAt: string, extra: object = {}) =>
    call('incidents.create', {
      companyId: company.id,
      title,
      breachKind: 'leak',
      certainty: 'confirmed',
      knownAt,
      dataItems: ['creditCard', 'name'],
      sensitive: false,
      individualsKind: 'estimate',
      individuals: 1200,
      individualsUpperBound: 1500,
      highLevelEncryption: false,
      ...extra,
    });
  // Several triggers at once: the list's trigger column must not cut any of them off unseen.
  ids[LATE] = (await incident(LATE, '2026-12-01T09:00+09:00', { wrongfulPurpose: true, dataItems: ['creditCard', 'name', 'healthCheck'] })).id;
  ids[SOON] = (await incident(SOON, '2026-12-07T15:00+09:00', { wrongfulPurpose: false })).id;
  ids[NOTICE_ONLY] = (await incident(NOTICE_ONLY, '2026-11-20T10:00+09:00', { wrongfulPurpose: false })).id;
  const list = await call<{ items: { id: number; revision: number; notificationKind: string }[] }>('notifications.list', { incidentId: ids[NOTICE_ONLY] });
  for (const [kind, sentAt] of [['ppc_preliminary', '2026-11-22T17:00+09:00'], ['ppc_final', '2026-12-04T11:00+09:00']] as const) {
    const n = list.items.find((item) => item.notificationKind === kind)!;
    await call('notifications.markSent', { id: n.id, revision: n.revision, sentAt, method: 'PPCウェブフォーム' });
  }
  core.close();
}

let workbench: OpenWorkbench;

beforeAll(async () => {
  workbench = await openWorkbench({ clock: NOW, prepare: seed });
}, 60_000);
afterEach(() => workbench?.watch.assertClean());
afterAll(async () => {
  await workbench?.close();
});

async function language(page: Page, to: 'ja' | 'en'): Promise<void> {
  const label = to === 'en' ? /^English$/ : /^日本語$/;
  await page.locator('.mantine-SegmentedControl-label').filter({ hasText: label }).click();
  await page.waitForFunction((lang) => document.documentElement.lang === lang, to, timeout);
  await page.waitForTimeout(200);
  await dismissToasts(page);
}

/** The screen at both sizes and in both languages: deadline-<name>-<ja|en>-<width>.png (the window, not the page). */
async function shots(page: Page, name: string, ready: () => Promise<unknown>): Promise<void> {
  for (const size of [{ width: 1280, height: 720 }, { width: 1440, height: 900 }]) {
    await page.setViewportSize(size);
    for (const lang of ['ja', 'en'] as const) {
      await language(page, lang);
      await ready();
      await page.waitForTimeout(150);
      const file = await screenshot(page, `deadline-${name}-${lang}-${size.width}-full`);
      await page.screenshot({ path: file.replace(/-full\.png$/, '.png') });
      await assertNothingCut(page, `${name} ${lang} ${size.width}`);
    }
  }
  await language(page, 'ja');
}

/**
 * No deadline chip or trigger badge is cut off unseen: each chip's words fit, and a trigger list that does not fit
 * ends in an ellipsis (text-overflow) with every trigger named on hover.
 */
async function assertNothingCut(page: Page, where: string): Promise<void> {
  const problems = await page.evaluate(() => {
    const out: string[] = [];
    for (const chip of document.querySelectorAll<HTMLElement>('.wb-deadline')) {
      const label = chip.querySelector<HTMLElement>('.mantine-Badge-label') ?? chip;
      if (label.scrollWidth > label.clientWidth + 1) out.push(`chip cut: ${chip.textContent}`);
      const cell = chip.closest('td');
      if (cell && chip.getBoundingClientRect().right > cell.getBoundingClientRect().right + 1) out.push(`chip outside its cell: ${chip.textContent}`);
    }
    for (const list of document.querySelectorAll<HTMLElement>('.wb-trigger-list')) {
      const label = list.querySelector<HTMLElement>('.mantine-Badge-label')!;
      const cut = label.scrollWidth > label.clientWidth + 1;
      if (cut && (getComputedStyle(label).textOverflow !== 'ellipsis' || !list.closest('[title]')?.getAttribute('title'))) {
        out.push(`trigger list cut without an ellipsis and a title: ${list.textContent}`);
      }
      const cell = list.closest('td');
      if (cell && list.getBoundingClientRect().right > cell.getBoundingClientRect().right + 1) out.push(`triggers outside their cell: ${list.textContent}`);
    }
    return out;
  });
  expect(problems, where).toEqual([]);
}

describe('the statutory deadline first, everywhere', () => {
  it('dashboard: the overdue 速報 first and red, the notice after it and calm, only the missed 速報 counted', async () => {
    const { page } = workbench;
    await page.goto(`${workbench.app.origin}/#/`);
    const table = page.locator('section[aria-labelledby="dashboard-open"] table');
    await table.waitFor(timeout);
    const rows = table.locator('tbody tr');
    await expect.poll(() => rows.count(), timeout).toBe(3);
    expect(await rows.nth(0).textContent()).toContain(LATE);
    expect(await rows.nth(1).textContent()).toContain(SOON);
    expect(await rows.nth(2).textContent()).toContain(NOTICE_ONLY);

    const late = rows.nth(0).locator('.wb-deadline');
    expect(await late.getAttribute('data-tone')).toBe('overdue');
    expect(await late.textContent()).toContain('2026/12/05（土）・3日超過');
    expect(await rows.nth(0).locator('[data-next-kind]').getAttribute('data-next-kind')).toBe('ppc_preliminary');
    const notice = rows.nth(2).locator('.wb-deadline');
    expect(await notice.getAttribute('data-tone')).toBe('targetPassed');
    // In a table the yardstick's date is on hover: the words say what it is.
    expect(await notice.textContent()).toBe('速やかに（目安を16日経過）');
    expect(await notice.getAttribute('title')).toBe('目安：2026/11/22（日）');
    // Red means a statutory deadline only: the calm chip is not red.
    const colours = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.wb-deadline')].map((chip) => [chip.dataset.tone, getComputedStyle(chip).backgroundColor]),
    );
    const red = colours.find(([tone]) => tone === 'overdue')![1];
    expect(colours.filter(([tone]) => tone !== 'overdue').every(([, colour]) => colour !== red)).toBe(true);

    expect(await page.locator('[data-stat="overdue"]').textContent()).toContain('1件');
    await shots(page, 'dashboard', () => table.waitFor(timeout));
  });

  it('list: "statutory deadline missed" keeps only the overdue 速報, and the full list ranks it first', async () => {
    const { page } = workbench;
    await page.goto(`${workbench.app.origin}/#/incidents`);
    const rows = page.locator('.wb-virtual-table tbody tr.wb-virtual-row');
    await expect.poll(() => rows.count(), timeout).toBe(3);
    expect(await rows.nth(0).textContent()).toContain(LATE);
    expect(await rows.nth(2).textContent()).toContain(NOTICE_ONLY);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.waitForTimeout(150);
    await page.screenshot({ path: (await screenshot(page, 'deadline-list-ja-1280-full')).replace(/-full\.png$/, '.png') });
    await assertNothingCut(page, 'list');

    await page.getByRole('checkbox', { name: '法定期限の超過のみ' }).check();
    await expect.poll(() => rows.count(), timeout).toBe(1);
    expect(await rows.nth(0).textContent()).toContain(LATE);
    expect(await rows.nth(0).locator('.wb-deadline').getAttribute('data-tone')).toBe('overdue');
    await shots(page, 'list-overdue', () => rows.first().waitFor(timeout));
  });

  it('header: the overdue 速報 first, the notice to individuals under it in calm blue', async () => {
    const { page } = workbench;
    await page.goto(`${workbench.app.origin}/#/incidents/${ids[LATE]}/notifications`);
    const header = page.locator('.wb-header-deadlines');
    await header.locator('.wb-deadline').nth(1).waitFor(timeout);
    const kinds = await header.locator('[data-next-kind]').evaluateAll((nodes) => nodes.map((node) => (node as HTMLElement).dataset.nextKind));
    expect(kinds).toEqual(['ppc_preliminary', 'individuals_notice']);
    expect(await header.locator('.wb-deadline').nth(0).getAttribute('data-tone')).toBe('overdue');
    expect(await header.locator('.wb-deadline').nth(1).getAttribute('data-tone')).toBe('targetPassed');
    expect(await header.locator('.wb-deadline').nth(1).textContent()).toBe('2026/12/03（木）・速やかに（目安を5日経過）');
  });

  it('notifications tab: 速報 and 確報 above the notice, which says 「速やかに」 and shows its yardstick as a target', async () => {
    const { page } = workbench;
    const cards = page.locator('section.wb-notification');
    await expect.poll(() => cards.count(), timeout).toBe(3);
    const order = await cards.evaluateAll((nodes) => nodes.map((node) => (node as HTMLElement).dataset.kind));
    expect(order).toEqual(['ppc_preliminary', 'ppc_final', 'individuals_notice']);
    const notice = cards.nth(2);
    expect(await notice.getAttribute('data-measure')).toBe('promptly');
    expect(await notice.textContent()).toContain('速やかに（法令に日数の定めはありません）');
    expect(await notice.textContent()).toContain('目安2026/12/03（木）');
    expect(await cards.nth(0).locator('.wb-deadline').getAttribute('data-tone')).toBe('overdue');
    await shots(page, 'notifications', () => cards.nth(2).waitFor(timeout));
  });
});
