// Exports in the real UI, in Chromium over browser mode: an incident's 速報 is exported as PDF from the incident
// header's 「書き出す」 dialog and arrives as a browser download (browser mode has no save dialog); the file is a PDF
// whose text holds the incident's title. The dialog is screenshotted in Japanese and English, and the timing report's
// entry on the dashboard is checked too. Needs `npm run build` first.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './helpers/screenshot';
import { api, createSampleCompany } from './helpers/api';
import { openWorkbench, type OpenWorkbench } from './helpers/workbench';

const NOW = '2026-12-29T10:00:00+09:00';
const title = 'ECサイトのクレジットカード番号漏えい';
const timeout = { timeout: 20_000 };

let workbench: OpenWorkbench;
let incidentId = 0;
let companyId = 0;
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'appi-e2e-exports-'));

beforeAll(async () => {
  workbench = await openWorkbench({ clock: NOW });
  const { page } = workbench;
  await page.getByRole('heading', { name: 'ダッシュボード', level: 1 }).waitFor(timeout);
  companyId = await createSampleCompany(page);
  const incident = await api(page, 'incidents.create', {
    companyId,
    breachKind: 'leak',
    title,
    knownAt: '2026-12-28T23:30:00+09:00',
    dataItems: ['name', 'email', 'creditCard'],
    highLevelEncryption: false,
  });
  expect(incident.ok, JSON.stringify(incident.error)).toBe(true);
  incidentId = incident.value!.id;
});
afterEach(() => workbench?.watch.assertClean());
afterAll(async () => {
  await workbench?.close();
  fs.rmSync(outDir, { recursive: true, force: true });
});

describe('Exports in browser mode', () => {
  it('exports an incident 速報 as PDF through a browser download', async () => {
    const { page } = workbench;
    await page.goto(`${new URL(page.url()).origin}${new URL(page.url()).pathname}${new URL(page.url()).search}#/incidents/${incidentId}`);
    await page.getByRole('heading', { name: title, level: 1 }).waitFor(timeout);
    await page.getByRole('button', { name: '書き出す', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '文書を書き出す' });
    await dialog.waitFor(timeout);
    // Browser mode: no 「ファイルを開く」, a note about the download instead.
    expect(await dialog.getByText('書き出した後にファイルを開く').count()).toBe(0);
    await dialog.getByText('ブラウザのダウンロード', { exact: false }).waitFor(timeout);
    expect(await dialog.getByLabel('文書').inputValue()).toBe('速報（個人情報保護委員会への報告）');
    await page.waitForTimeout(300);
    await screenshot(page, 'export-dialog-ja');

    const downloading = page.waitForEvent('download', timeout);
    await dialog.getByRole('button', { name: '書き出す', exact: true }).click();
    const download = await downloading;
    const file = path.join(outDir, download.suggestedFilename());
    await download.saveAs(file);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    expect(fs.readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    // The PPC form has no "title" item (Rule Art. 8(1) lists 概要 etc.): the title names the file, and the text
    // holds the report's heading, the reporter and the time known.
    expect(download.suggestedFilename()).toContain(title);
    const flat = text.replace(/\s+/g, '');
    expect(flat).toContain('個人データの漏えい等の事案に関する報告（速報）');
    expect(flat).toContain('株式会社サンプル商事');
    expect(flat).toContain('2026年12月28日23:30');
    await page.getByText(`${download.suggestedFilename()}をダウンロードしました。`).waitFor(timeout);
    await dialog.waitFor({ state: 'detached', ...timeout });
  });

  it('offers the timing report on the dashboard, and the dialog in English', async () => {
    const { page } = workbench;
    const updated = await api(page, 'settings.update', { userName: '', language: 'en' });
    expect(updated.ok, JSON.stringify(updated.error)).toBe(true);
    await page.reload();
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export a document' });
    await dialog.waitFor(timeout);
    await dialog.getByText('Format').waitFor(timeout);
    await page.waitForTimeout(300);
    await screenshot(page, 'export-dialog-en');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached', ...timeout });

    await page.goto(page.url().replace(/#.*$/, '#/'));
    await page.getByRole('button', { name: 'Notification timing report' }).click();
    const timing = page.getByRole('dialog', { name: 'Export the notification timing report' });
    await timing.getByLabel('Period from').waitFor(timeout);
    expect(await timing.getByLabel('Period to').inputValue()).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
    await page.waitForTimeout(300);
    await screenshot(page, 'export-timing-dialog-en');
    const downloading = page.waitForEvent('download', timeout);
    await timing.getByRole('button', { name: 'Export', exact: true }).click();
    const download = await downloading;
    const file = path.join(outDir, download.suggestedFilename());
    await download.saveAs(file);
    expect(fs.readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('exports a policy from its editor as Word', async () => {
    const { page } = workbench;
    const policy = await api(page, 'policies.create', { companyId, templateId: 'saas_app', serviceNameJa: 'サンプルアプリ', serviceNameEn: 'Sample App' });
    expect(policy.ok, JSON.stringify(policy.error)).toBe(true);
    // A fresh load: the timing dialog of the test before may still be open over the page.
    await page.goto(page.url().replace(/#.*$/, `#/policies/${policy.value!.id}`));
    await page.reload();
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export the policy' });
    await dialog.waitFor(timeout);
    await dialog.getByText('Word', { exact: false }).first().click();
    const downloading = page.waitForEvent('download', timeout);
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const file = path.join(outDir, download.suggestedFilename());
    await download.saveAs(file);
    const xml = execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8' });
    expect(xml).toContain('株式会社サンプル商事');
    expect(xml).toContain('サンプルアプリ');
  });
});
