// The notice letter in the real UI, in Chromium over browser mode: the notice to individuals of a card leak is
// opened with 「予定を変更」; its letter is prefilled from the record in です・ます, the addressee is chosen, the cause
// is rewritten and one suggested action unchecked; the save is read back through the API and the exported PDF holds
// 「お客様各位」, the user's cause and no unchecked action. The dialog is screenshotted in Japanese and English.
// Needs `npm run build` first.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Notification } from '../../shared/domain/incident-notification';
import { screenshot } from './helpers/screenshot';
import { api, createSampleCompany } from './helpers/api';
import { openWorkbench, type OpenWorkbench } from './helpers/workbench';

const NOW = '2026-12-29T10:00:00+09:00';
const title = 'ECサイトのカード番号漏えい（通知文）';
const timeout = { timeout: 20_000 };

let workbench: OpenWorkbench;
let incidentId = 0;
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'appi-e2e-letter-'));

beforeAll(async () => {
  workbench = await openWorkbench({ clock: NOW });
  const { page } = workbench;
  await page.getByRole('heading', { name: 'ダッシュボード', level: 1 }).waitFor(timeout);
  const companyId = await createSampleCompany(page, { representativeTitleJa: '代表取締役', representativeNameJa: '佐藤一郎' });
  const desk = await api(page, 'desks.create', {
    companyId,
    kind: 'own',
    nameJa: '個人情報お問い合わせ窓口',
    nameEn: 'Privacy Desk',
    phones: [{ label: '', number: '0120-111-222' }],
    email: 'desk@sample-trading.co.jp',
    receptionDays: ['mon', 'tue', 'wed', 'thu', 'fri'],
    hoursFrom: '10:00',
    hoursTo: '17:00',
  });
  expect(desk.ok, JSON.stringify(desk.error)).toBe(true);
  const incident = await api(page, 'incidents.create', {
    companyId,
    breachKind: 'leak',
    title,
    discoveredAt: '2026-12-28T20:00:00+09:00',
    knownAt: '2026-12-28T23:30:00+09:00',
    dataItems: ['name', 'email', 'creditCard'],
    highLevelEncryption: false,
    individualsKind: 'exact',
    individuals: 1200,
    reportOverview: '決済画面が改ざんされ、入力されたカード番号が外部に送信された。',
  });
  expect(incident.ok, JSON.stringify(incident.error)).toBe(true);
  incidentId = incident.value!.id;
});
afterEach(() => workbench?.watch.assertClean());
afterAll(async () => {
  await workbench?.close();
  fs.rmSync(outDir, { recursive: true, force: true });
});

async function notice(page: Page): Promise<Notification> {
  const list = await api<{ items: Notification[] }>(page, 'notifications.list', { incidentId });
  return list.value!.items.find((n) => n.notificationKind === 'individuals_notice')!;
}

describe('The notice letter', () => {
  it('is prefilled from the record, edited in the dialog, saved, and printed as edited', async () => {
    const { page } = workbench;
    const url = new URL(page.url());
    await page.goto(`${url.origin}${url.pathname}${url.search}#/incidents/${incidentId}`);
    await page.getByRole('heading', { name: title, level: 1 }).waitFor(timeout);
    await page.getByRole('tab', { name: '報告・通知' }).click();
    await page.getByRole('button', { name: '予定を変更：本人への通知' }).click();
    const dialog = page.getByRole('dialog', { name: '報告・通知の予定の変更' });
    await dialog.waitFor(timeout);

    // Prefilled: the report's 「送信された。」 in です・ます, the data items, the card actions suggested and checked.
    const overview = dialog.getByLabel('概要（日本語）');
    expect(await overview.inputValue()).toBe('決済画面が改ざんされ、入力されたカード番号が外部に送信されました。');
    expect(await dialog.getByLabel('対象となる個人情報の項目（日本語）').inputValue()).toBe('氏名、メールアドレス、クレジットカード番号');
    const reissue = dialog.getByRole('checkbox', { name: /カード番号の変更/ });
    expect(await reissue.isChecked()).toBe(true);

    await dialog.getByLabel('通知の宛名').selectOption('customers');
    await dialog.getByLabel('原因（日本語）').fill('決済代行会社のシステムへの不正アクセスによるものです。');
    await reissue.uncheck();
    await page.waitForTimeout(200);
    await screenshot(page, 'notice-letter-dialog-ja');
    await dialog.getByRole('tab', { name: 'English' }).click();
    expect(await dialog.getByLabel('概要（English）').inputValue()).toContain('we found that personal information about our customers');
    await dialog.getByRole('button', { name: '保存', exact: true }).click();
    await dialog.waitFor({ state: 'detached', ...timeout });

    const saved = await notice(page);
    expect(saved.addressee).toBe('customers');
    expect(saved.letter.ja.cause).toBe('決済代行会社のシステムへの不正アクセスによるものです。');
    expect(saved.letter.actions).not.toContain('cardReissue');
    expect(saved.letter.actions).toContain('cardStatements');

    const exported = await api<{ base64: string }>(page, 'exports.incident', { incidentId, document: 'individuals_notice', format: 'pdf', lang: 'ja' });
    expect(exported.ok, JSON.stringify(exported.error)).toBe(true);
    const file = path.join(outDir, 'notice.pdf');
    fs.writeFileSync(file, Buffer.from(exported.value!.base64, 'base64'));
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text).toContain('お客様各位');
    expect(text).toContain('決済代行会社のシステムへの不正アクセスによるものです。');
    expect(text).toContain('外部に送信されました。');
    expect(text).not.toContain('カード番号の変更');
  });

  it('shows the letter editor in English', async () => {
    const { page } = workbench;
    await page.getByText('English', { exact: true }).click();
    await page.getByRole('button', { name: /Change plan.*Notice to the individuals|notice to the individuals/i }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Letter to the individuals').waitFor(timeout);
    await dialog.getByRole('tab', { name: 'English' }).click();
    await page.waitForTimeout(200);
    await screenshot(page, 'notice-letter-dialog-en');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await page.getByText('日本語', { exact: true }).click();
  });
});
