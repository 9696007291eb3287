// Issue 13 item 2: every export shows the document it will save, drawn in the app beside its options (pdf.js on
// canvas, in its own chunk: headless Chromium and Electron's sandboxed window have no PDF viewer). Checked for a
// policy, each incident document (速報, 確報, 本人への通知, 公表文, 社内報告書) and the timing report, in ja and en at
// 1440×900 and 1280×720; the drawn pages are not blank, and a PDF saved with the previewed options is the previewed
// file. Under the app's CSP (the page watch fails the test on any violation or console error). Needs `npm run build`.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { api, apiValue, createSampleCompany } from './helpers/api';
import { shotsBothSizes } from './helpers/both-sizes';
import { viewShot as screenshot } from './helpers/viewshot';
import { openWorkbench, type OpenWorkbench } from './helpers/workbench';

const NOW = '2026-12-29T10:00:00+09:00';
const timeout = { timeout: 30_000 };
const sizes = [
  { width: 1440, height: 900 },
  { width: 1280, height: 720 },
] as const;

let workbench: OpenWorkbench;
let incidentId = 0;
let policyId = 0;

beforeAll(async () => {
  workbench = await openWorkbench({ clock: NOW });
  const { page } = workbench;
  await page.getByRole('heading', { name: 'ダッシュボード', level: 1 }).waitFor(timeout);
  const companyId = await createSampleCompany(page, { representativeNameJa: '山田 太郎', representativeNameEn: 'Taro Yamada' });
  await apiValue(page, 'desks.create', { companyId, kind: 'own', nameJa: '個人情報お問い合わせ窓口', nameEn: 'Privacy Desk', email: 'desk@sample.co.jp' });
  const incident = await api(page, 'incidents.create', {
    companyId,
    breachKind: 'leak',
    title: '会員サイトからの氏名とカード番号の流出',
    knownAt: '2026-12-28T09:30:00+09:00',
    dataItems: ['name', 'creditCard'],
    highLevelEncryption: false,
  });
  expect(incident.ok, JSON.stringify(incident.error)).toBe(true);
  incidentId = incident.value!.id;
  policyId = (await apiValue<{ id: number }>(page, 'policies.create', { companyId, templateId: 'saas_app', serviceNameJa: 'みほんアプリ', serviceNameEn: 'Mihon App' })).id;
}, 60_000);
afterEach(() => workbench?.watch.assertClean());
afterAll(async () => {
  await workbench?.close();
});

async function setLanguage(page: Page, language: 'ja' | 'en'): Promise<void> {
  await apiValue(page, 'settings.update', { language });
}

/** Waits until every page of the preview is drawn, and returns how many there are. */
async function pagesDrawn(dialog: Locator): Promise<number> {
  const pane = dialog.locator('.wb-preview-pages');
  await pane.waitFor(timeout);
  await dialog.page().waitForFunction(
    (element) => {
      const el = element as HTMLElement | null;
      if (!el) return false;
      const total = Number(el.dataset.pages);
      return total > 0 && Number(el.dataset.drawn) === total && !el.closest('.wb-preview-stale');
    },
    await pane.elementHandle(),
    timeout,
  );
  return Number(await pane.getAttribute('data-pages'));
}

/** Share of the first page's pixels that are not white: a drawn page has text on it. */
async function inkOnFirstPage(dialog: Locator): Promise<number> {
  return dialog.locator('.wb-preview-page canvas').first().evaluate((canvas: HTMLCanvasElement) => {
    const context = canvas.getContext('2d')!;
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 200 || data[i + 1]! < 200 || data[i + 2]! < 200) ink++;
    return ink / (data.length / 4);
  });
}

async function openDialog(page: Page, hash: string, button: RegExp | string, dialogName: RegExp | string): Promise<Locator> {
  const url = new URL(page.url());
  await page.goto(`${url.origin}${url.pathname}${url.search}#${hash}`);
  await page.reload();
  await page.getByRole('button', { name: button, exact: typeof button === 'string' }).first().click();
  const dialog = page.getByRole('dialog', { name: dialogName });
  await dialog.waitFor(timeout);
  return dialog;
}

describe('export preview', () => {
  it('shows the policy as it will be exported, beside the options, and follows them (ja, en)', async () => {
    const { page } = workbench;
    for (const language of ['ja', 'en'] as const) {
      await setLanguage(page, language);
      for (const size of sizes) {
        await page.setViewportSize(size);
        const dialog = await openDialog(page, `/policies/${policyId}`, language === 'ja' ? '書き出す' : 'Export', language === 'ja' ? 'ポリシーを書き出す' : 'Export the policy');
        const region = dialog.getByRole('region', { name: language === 'ja' ? '書き出す内容のプレビュー' : 'Preview of the export' });
        await region.waitFor(timeout);
        const pages = await pagesDrawn(dialog);
        expect(pages).toBeGreaterThan(0);
        expect(await inkOnFirstPage(dialog)).toBeGreaterThan(0.005);
        // The options stay beside the preview, not above it.
        const options = await dialog.locator('.wb-export-options').boundingBox();
        const preview = await dialog.locator('[data-section="export-preview"]').boundingBox();
        expect(options && preview && options.x + options.width <= preview.x).toBe(true);
        expect(preview!.x + preview!.width).toBeLessThanOrEqual(size.width);
        await screenshot(page, `preview-policy-${language}-${size.width}`);
        await page.keyboard.press('Escape');
      }
    }
    // Bilingual: the preview is made again and grows (both languages in one document).
    await setLanguage(page, 'ja');
    await page.setViewportSize(sizes[0]);
    const dialog = await openDialog(page, `/policies/${policyId}`, '書き出す', 'ポリシーを書き出す');
    const jaPages = await pagesDrawn(dialog);
    await dialog.getByText('両方', { exact: true }).click();
    await dialog.locator('.wb-preview-stale, [data-section="export-preview"][aria-busy="true"]').first().waitFor({ state: 'attached', ...timeout }).catch(() => undefined);
    await page.waitForFunction(
      (before) => {
        const el = document.querySelector<HTMLElement>('.wb-preview-pages');
        return el !== null && Number(el.dataset.pages) > before && Number(el.dataset.drawn) === Number(el.dataset.pages);
      },
      jaPages,
      timeout,
    );
    await screenshot(page, 'preview-policy-both-ja-1440');
    await page.keyboard.press('Escape');
  }, 180_000);

  it('offers the contents page and Word’s own numbering for a policy, and the preview follows the contents choice', async () => {
    const { page } = workbench;
    await setLanguage(page, 'ja');
    await page.setViewportSize(sizes[0]);
    const dialog = await openDialog(page, `/policies/${policyId}`, '書き出す', 'ポリシーを書き出す');
    const withContents = await pagesDrawn(dialog);
    const contents = dialog.getByRole('radiogroup', { name: '目次' });
    // The template policy has 12+ articles, so 'only when long' gives it a contents page: 'never' takes it away.
    await contents.getByText('付けない', { exact: true }).click();
    await page.waitForFunction(
      (before) => {
        const el = document.querySelector<HTMLElement>('.wb-preview-pages');
        return el !== null && Number(el.dataset.pages) < before && Number(el.dataset.drawn) === Number(el.dataset.pages);
      },
      withContents,
      timeout,
    );
    // Word's numbering is a Word matter: offered only when the format is Word.
    expect(await dialog.getByLabel('条番号をWordの自動番号にする').count()).toBe(0);
    await dialog.getByText('Word', { exact: true }).click();
    await dialog.getByLabel('条番号をWordの自動番号にする').waitFor(timeout);
    await screenshot(page, 'preview-policy-options-ja-1440');
    await page.keyboard.press('Escape');
  }, 120_000);

  it('previews every incident document and saves the previewed PDF itself', async () => {
    const { page } = workbench;
    const documents = [
      ['速報（個人情報保護委員会への報告）', 'ppc_preliminary'],
      ['確報（個人情報保護委員会への報告）', 'ppc_final'],
      ['本人への通知', 'individuals_notice'],
      ['公表文（本人への通知の代替措置）', 'public_announcement'],
      ['社内報告書', 'summary'],
    ] as const;
    await setLanguage(page, 'ja');
    await page.setViewportSize(sizes[1]);
    const dialog = await openDialog(page, `/incidents/${incidentId}`, '書き出す', '文書を書き出す');
    for (const [label, name] of documents) {
      await dialog.getByLabel('文書', { exact: true }).click();
      await page.getByRole('option', { name: label, exact: true }).click();
      await page.waitForFunction(() => !document.querySelector('[data-section="export-preview"][aria-busy="true"]'), undefined, timeout);
      expect(await pagesDrawn(dialog)).toBeGreaterThan(0);
      expect(await inkOnFirstPage(dialog)).toBeGreaterThan(0.003);
      await screenshot(page, `preview-incident-${name}-ja-1280`);
    }
    // The dialog around the preview in both languages and sizes (the document stays Japanese: its own option).
    await shotsBothSizes(page, 'preview-incident-summary', async () => {
      // Named in the language shown: 文書を書き出す / its English title.
      const shown = page.getByRole('dialog');
      await shown.waitFor(timeout);
      await pagesDrawn(shown);
    });
    // Saving a PDF with the options previewed hands over the previewed bytes: no second export is asked for.
    const exportsAsked: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/exports.')) exportsAsked.push(request.url());
    });
    const downloading = page.waitForEvent('download', timeout);
    await dialog.getByRole('button', { name: '書き出す', exact: true }).click();
    const confirm = dialog.getByRole('button', { name: 'このまま保存する' });
    await Promise.race([downloading, confirm.waitFor(timeout).then(() => confirm.click())]);
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/事案概要.*\.pdf$/);
    expect(exportsAsked).toEqual([]);
  }, 180_000);

  it('previews the timing report in English at both sizes', async () => {
    const { page } = workbench;
    await setLanguage(page, 'en');
    for (const size of sizes) {
      await page.setViewportSize(size);
      const dialog = await openDialog(page, '/', /Timing report|Notification timing/i, /timing/i);
      expect(await pagesDrawn(dialog)).toBeGreaterThan(0);
      await screenshot(page, `preview-timing-en-${size.width}`);
      await page.keyboard.press('Escape');
    }
    await setLanguage(page, 'ja');
  }, 120_000);
});
