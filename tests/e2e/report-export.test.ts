// The report to the PPC in the real UI (issue #10 items 4–5), Chromium over browser mode: the company form's
// reporter fields (法人番号 normalised on blur, a wrong check digit refused under the field), the incident form's
// items 5–7 choices, and the export dialog warning before it saves a 速報 for an incident judged not reportable —
// saved only on 「このまま保存する」, every page marked 案・報告対象外と判定. Screenshots of each. Needs `npm run build`.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './helpers/screenshot';
import { api, createSampleCompany } from './helpers/api';
import { openWorkbench, type OpenWorkbench } from './helpers/workbench';

const NOW = '2026-12-29T10:00:00+09:00';
const timeout = { timeout: 20_000 };

let workbench: OpenWorkbench;
let companyId = 0;
let minorId = 0;
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'appi-e2e-report-'));
async function go(page: Page, hash: string) {
  const url = new URL(page.url());
  url.hash = hash;
  await page.goto(url.toString());
}

beforeAll(async () => {
  workbench = await openWorkbench({ clock: NOW });
  const { page } = workbench;
  await page.getByRole('heading', { name: 'ダッシュボード', level: 1 }).waitFor(timeout);
  companyId = await createSampleCompany(page);
  const minor = await api(page, 'incidents.create', {
    companyId,
    breachKind: 'loss',
    title: '社内名簿の紛失',
    knownAt: '2026-12-28T10:00:00+09:00',
    dataItems: ['name', 'email'],
    sensitive: false,
    financialRisk: false,
    wrongfulPurpose: false,
    individualsKind: 'exact',
    individuals: 3,
    highLevelEncryption: false,
  });
  expect(minor.ok, JSON.stringify(minor.error)).toBe(true);
  minorId = minor.value!.id;
});
afterEach(() => workbench?.watch.assertClean());
afterAll(async () => {
  await workbench?.close();
  fs.rmSync(outDir, { recursive: true, force: true });
});

describe('the report to the PPC in the UI', () => {
  it("takes the company's 法人番号 (normalised on blur, check digit verified), 業種 and contact person", async () => {
    const { page } = workbench;
    await go(page, `/companies/${companyId}`);
    const number = page.getByLabel('法人番号', { exact: true });
    await number.waitFor(timeout);
    await number.fill('５１２３-４５６７-８９０１２');
    await page.getByLabel('業種', { exact: true }).click();
    expect(await number.inputValue()).toBe('５１２３-４５６７-８９０１２');
    await page.getByLabel('業種', { exact: true }).fill('卸売業');
    await page.getByLabel('報告の担当者の部署', { exact: true }).fill('法務部');
    await page.getByLabel('報告の担当者の氏名', { exact: true }).fill('鈴木 一郎');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('法人番号の先頭の検査用数字が残りの12桁と合いません', { exact: false }).first().waitFor(timeout);
    await page.waitForTimeout(300);
    await screenshot(page, 'company-reporter-fields-error-ja');

    await number.fill('７１２３-４５６７-８９０１２');
    await page.getByLabel('業種', { exact: true }).click();
    expect(await number.inputValue()).toBe('7123456789012');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await expect.poll(async () => (await api<{ corporateNumber: string; contactName: string }>(page, 'companies.get', { id: companyId })).value?.corporateNumber, timeout).toBe('7123456789012');
    await page.waitForTimeout(300);
    await screenshot(page, 'company-reporter-fields-ja');
  });

  it('offers items 5–7 their choices in the incident form, "not chosen" first', async () => {
    const { page } = workbench;
    await go(page, `/incidents/${minorId}`);
    const choice = page.getByRole('radiogroup', { name: '二次被害又はそのおそれの有無' });
    await choice.waitFor(timeout);
    await choice.getByText('不明', { exact: true }).click();
    await page.getByRole('radiogroup', { name: '本人への対応の実施状況' }).getByText('実施予定', { exact: true }).click();
    await page.getByRole('radiogroup', { name: '媒体' }).getByText('紙媒体', { exact: true }).click();
    await page.getByLabel('発見者', { exact: true }).fill('総務部の担当者');
    await choice.scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    await screenshot(page, 'incident-report-choices-ja');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await expect
      .poll(async () => (await api<{ secondaryDamage: string; medium: string; discoveredBy: string }>(page, 'incidents.get', { id: minorId })).value, timeout)
      .toMatchObject({ secondaryDamage: 'unknown', individualsResponse: 'planned', medium: 'paper', discoveredBy: '総務部の担当者' });
  });

  it('warns before saving a 速報 for an incident judged not reportable, and saves only when told to', async () => {
    const { page } = workbench;
    await go(page, `/incidents/${minorId}`);
    await page.getByRole('heading', { name: '社内名簿の紛失', level: 1 }).waitFor(timeout);
    await page.getByRole('button', { name: '書き出す', exact: true }).first().click();
    const dialog = page.getByRole('dialog', { name: '文書を書き出す' });
    await dialog.waitFor(timeout);
    await dialog.getByRole('button', { name: '書き出す', exact: true }).click();
    const alert = dialog.getByRole('alert');
    await alert.getByText('報告対象に当たらないと判定されています', { exact: false }).waitFor(timeout);
    await page.waitForTimeout(300);
    await screenshot(page, 'export-warning-not-reportable-ja');
    // Nothing is saved yet: only 「このまま保存する」 saves.
    const downloading = page.waitForEvent('download', timeout);
    await alert.getByRole('button', { name: 'このまま保存する' }).click();
    const download = await downloading;
    const file = path.join(outDir, download.suggestedFilename());
    await download.saveAs(file);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    for (const page of text.split('\f').filter((p) => p.trim() !== '')) expect(page).toContain('案・報告対象外と判定');
    expect(text).not.toContain('未記入');
  });
});
