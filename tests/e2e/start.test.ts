// Issue 13 item 1: a new user reaches a published policy and a recorded incident from the start page alone — はじめに
// walks 事業者 → 窓口 → ポリシー → インシデントの記録方法 and shows what is done — and can explore a sample workspace
// first, marked on every screen, in a file of its own, with the way back to their own workspace. Screens in ja and en at
// 1440×900 and 1280×720. Needs `npm run build` first.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { apiValue } from './helpers/api';
import { dismissToasts, shotsBothSizes } from './helpers/both-sizes';
import { openWorkbench, type OpenWorkbench } from './helpers/workbench';

const NOW = '2026-12-29T10:00:00+09:00';
const timeout = { timeout: 20_000 };
const companyName = '株式会社はじめて商会';

let workbench: OpenWorkbench;

beforeAll(async () => {
  workbench = await openWorkbench({ clock: NOW });
  await workbench.page.getByRole('heading', { name: 'ダッシュボード', level: 1 }).waitFor(timeout);
});
afterEach(() => workbench?.watch.assertClean());
afterAll(async () => {
  await workbench?.close();
});

async function toStart(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'はじめに', exact: true }).click();
  await page.getByRole('heading', { name: 'はじめに', level: 1 }).waitFor(timeout);
}

function step(page: Page, n: number) {
  return page.locator('.wb-start-step').nth(n - 1);
}

describe('はじめに: the first run', () => {
  it('greets an empty workspace with the steps, on the dashboard and on its own page', async () => {
    const { page } = workbench;
    const panel = page.locator('[data-section="dashboard-start"]');
    await panel.waitFor(timeout);
    expect(await panel.getByRole('heading', { name: 'はじめに' }).count()).toBe(1);
    await shotsBothSizes(page, 'start-dashboard', (language) =>
      page.getByRole('heading', { name: language === 'ja' ? 'ダッシュボード' : 'Dashboard', level: 1 }).waitFor(timeout),
    );
    await toStart(page);
    await page.getByText('準備 0 / 3 完了').waitFor(timeout);
    expect(await step(page, 1).getAttribute('data-state')).toBe('next');
    expect(await step(page, 2).getAttribute('data-state')).toBe('waiting');
    expect(await step(page, 3).getAttribute('data-state')).toBe('waiting');
    // Only the next step's button leads; the desk waits for a company.
    expect(await step(page, 2).getByRole('link').count()).toBe(0);
    await step(page, 2).getByText('先に事業者を登録してください。').waitFor(timeout);
    await shotsBothSizes(page, 'start-empty', (language) =>
      page.getByRole('heading', { name: language === 'ja' ? 'はじめに' : 'Getting started', level: 1 }).waitFor(timeout),
    );
  });

  it('leads to a published policy and a recorded incident, each step marked done', async () => {
    const { page } = workbench;
    await toStart(page);
    await step(page, 1).getByRole('link', { name: '事業者を登録' }).click();
    await page.getByLabel('事業者名（日本語）').fill(companyName);
    // The step asks for the name, address and representative: the policy prints them, and publishing refuses gaps.
    await page.getByLabel('所在地（日本語）').fill('東京都千代田区千代田1-1');
    await page.getByLabel('代表者の役職（日本語）').fill('代表取締役');
    await page.getByLabel('代表者の氏名（日本語）').fill('山田 太郎');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText(companyName).first().waitFor(timeout);

    await toStart(page);
    await page.getByText('準備 1 / 3 完了').waitFor(timeout);
    expect(await step(page, 1).getAttribute('data-state')).toBe('done');
    await step(page, 1).getByText('1件登録済み').waitFor(timeout);
    await step(page, 2).getByRole('link', { name: '窓口を登録' }).click();
    const company = page.getByLabel('事業者', { exact: true });
    if ((await company.inputValue().catch(() => '')) === '') await company.selectOption({ label: companyName });
    await page.getByLabel('窓口名（日本語）').fill('お客様相談室');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('お客様相談室').first().waitFor(timeout);

    await toStart(page);
    await page.getByText('準備 2 / 3 完了').waitFor(timeout);
    expect(await step(page, 3).getAttribute('data-state')).toBe('next');
    await step(page, 3).getByRole('link', { name: 'ポリシーを作成' }).click();
    await page.getByRole('button', { name: 'ポリシーを作成' }).click();
    const create = page.getByRole('dialog');
    await create.getByLabel('ひな形').selectOption('saas_app');
    // The template prints the service's name; left blank, publishing would refuse its gap marker.
    await create.getByLabel('サービス名（日本語）').fill('はじめてアプリ');
    await create.getByRole('button', { name: '作成', exact: true }).click();
    await page.locator('.wb-pol-section').first().waitFor(timeout);

    // A draft is not yet a published policy: the step says so.
    await toStart(page);
    expect(await step(page, 3).getAttribute('data-state')).toBe('partial');
    await step(page, 3).getByText('下書き1件（未公開）').waitFor(timeout);
    await step(page, 3).getByRole('link', { name: '下書きを開く' }).click();
    await page.getByRole('heading', { name: 'ポリシー', level: 1 }).waitFor(timeout);
    await page.locator('tbody tr').filter({ hasText: 'プライバシーポリシー' }).first().click();
    await page.getByRole('button', { name: '公開', exact: true }).click();
    const publish = page.getByRole('dialog');
    await publish.getByRole('textbox', { name: '施行日' }).fill('2027/01/01');
    await publish.getByRole('textbox', { name: '施行日' }).press('Tab');
    const acknowledge = publish.getByLabel('不足している事項を確認したうえで公開します');
    if ((await acknowledge.count()) > 0) await acknowledge.check();
    await publish.getByRole('button', { name: '公開', exact: true }).click();
    await page.getByText('この版は公開済みのため変更できません。', { exact: false }).waitFor(timeout);

    await toStart(page);
    await page.getByText('準備 3 / 3 完了').waitFor(timeout);
    expect(await step(page, 3).getAttribute('data-state')).toBe('done');
    expect(await step(page, 4).getAttribute('data-state')).toBe('next');
    await step(page, 4).getByText('確報：把握から30日以内（不正の目的によるおそれがある場合は60日以内）').waitFor(timeout);
    await step(page, 4).getByRole('link', { name: 'インシデントを登録' }).click();
    await page.getByLabel('件名', { exact: true }).fill('顧客名簿の誤送信');
    await page.getByLabel('把握日時の日付').fill('2026/12/28');
    await page.getByLabel('把握日時の時刻（日本時間）').fill('15:00');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.waitForURL(/#\/incidents\/\d+$/, timeout);

    await toStart(page);
    expect(await step(page, 4).getAttribute('data-state')).toBe('done');
    await step(page, 4).getByText('1件記録済み').waitFor(timeout);
    await dismissToasts(page);
    await shotsBothSizes(page, 'start-done', (language) =>
      page.getByText(language === 'ja' ? '準備 3 / 3 完了' : 'Setup: 3 of 3 done').waitFor(timeout),
    );
    // Setup done: the dashboard is the dashboard again.
    await page.getByRole('link', { name: 'ダッシュボード', exact: true }).click();
    await page.getByRole('heading', { name: 'ダッシュボード', level: 1 }).waitFor(timeout);
    expect(await page.locator('[data-section="dashboard-start"]').count()).toBe(0);
    const progress = await apiValue<Record<string, number>>(page, 'workspace.progress', {});
    expect(progress).toEqual({ companies: 1, desks: 1, policies: 1, publishedPolicies: 1, incidents: 1 });
  }, 120_000);
});

describe('the sample workspace', () => {
  it('opens from the start page, is marked on every screen, and leads back to the user’s own workspace', async () => {
    const { page } = workbench;
    await toStart(page);
    await page.getByRole('button', { name: 'サンプルを開く' }).click();
    const banner = page.getByRole('region', { name: 'サンプル', exact: true });
    await banner.waitFor(timeout);
    await page.locator('.wb-workspace-name').getByText('サンプル（架空の会社）').waitFor(timeout);
    // The sample's own records, not the user's.
    await page.getByText('準備 3 / 3 完了').waitFor(timeout);
    for (const [link, heading, shot] of [
      ['ダッシュボード', 'ダッシュボード', 'sample-dashboard'],
      ['インシデント', 'インシデント', 'sample-incidents'],
      ['ポリシー', 'ポリシー', 'sample-policies'],
      ['事業者', '事業者', 'sample-companies'],
    ] as const) {
      await page.getByRole('link', { name: link, exact: true }).click();
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor(timeout);
      await banner.waitFor(timeout);
      if (shot === 'sample-companies') {
        await page.getByText('株式会社サンプル商事（サンプル）').first().waitFor(timeout);
        expect(await page.getByText(companyName).count()).toBe(0);
      }
      await shotsBothSizes(page, shot, () => page.getByRole('region', { name: /^(サンプル|Sample)$/ }).waitFor(timeout));
    }
    // The sample is not on the recent list: that holds the user's own workspaces.
    const recent = await apiValue<{ items: { path: string }[] }>(page, 'workspace.recent', {});
    expect(recent.items.map((item) => item.path)).toEqual([workbench.app.workspacePath]);

    await banner.getByRole('button', { name: '「workspace」に戻る' }).click();
    await page.getByRole('heading', { name: 'はじめに', level: 1 }).waitFor(timeout);
    await banner.waitFor({ state: 'detached', ...timeout });
    await page.getByRole('link', { name: '事業者', exact: true }).click();
    await page.getByText(companyName).first().waitFor(timeout);
    expect(await page.getByText('株式会社サンプル商事（サンプル）').count()).toBe(0);
  }, 180_000);
});
