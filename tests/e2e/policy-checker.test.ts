// The checker panel in Chromium over browser mode (issue 11, item 2): an imported real policy (a fixture, split as
// the importer does) checked beside the editor — each rule with its level (必須 / 推奨), the quoted sentences with
// their article, or what was looked for; a quote clicked scrolls to its article and selects the sentence in the
// text field. Screenshots of the panel in ja and en. Needs `npm run build` first.
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { splitIntoSections } from '../../shared/policy/import';
import { policyFixture } from '../policy-fixtures';
import { apiValue } from './helpers/api';
import { screenshot } from './helpers/screenshot';
import { openWorkbench, type OpenWorkbench } from './helpers/workbench';

const timeout = { timeout: 15_000 };
let workbench: OpenWorkbench;
let policyId: number;

beforeAll(async () => {
  workbench = await openWorkbench();
  await workbench.page.setViewportSize({ width: 1280, height: 1400 });
  const { page } = workbench;
  const company = await apiValue<{ id: number }>(page, 'companies.create', { legalNameJa: '株式会社チェック見本' });
  const sections = splitIntoSections(readFileSync(policyFixture('hakusan-ja.txt'), 'utf8')).sections.map((entry) => entry.section);
  policyId = (await apiValue<{ id: number }>(page, 'policies.create', { companyId: company.id, titleJa: 'プライバシーポリシー', sections })).id;
});
afterEach(() => workbench?.watch.assertClean());
afterAll(async () => {
  await workbench?.close();
});

describe('Checker panel', () => {
  it('shows each rule’s level and the quoted sentences with their article, in ja and en', async () => {
    const { page, app } = workbench;
    await page.goto(`${app.origin}/#/policies/${policyId}`);
    const fee = page.locator('.wb-pol-checker [data-rule="request-fee"]');
    await fee.waitFor(timeout);
    expect(await fee.getByTestId('rule-level').textContent()).toBe('必須');
    expect(await page.locator('.wb-pol-checker [data-rule="revisions"]').getByTestId('rule-level').textContent()).toBe('推奨');
    await expect.poll(() => fee.locator('.wb-pol-quote').first().textContent(), timeout).toContain('第6条');
    expect(await fee.locator('.wb-pol-quote').first().textContent()).toContain('1，000円の手数料');
    // A missing required rule says what was looked for.
    const security = page.locator('.wb-pol-checker [data-rule="security-measures"]');
    expect(await security.getAttribute('data-status')).toBe('missing');
    expect(await security.getByTestId('looked-for').textContent()).toContain('探したもの');
    await page.locator('.wb-pol-checker').screenshot({ path: (await screenshot(page, 'policy-checker-panel-ja-full')).replace(/-full\.png$/, '.png') });
    await page.locator('.mantine-SegmentedControl-label').filter({ hasText: /^English$/ }).click();
    await expect.poll(() => fee.getByTestId('rule-level').textContent(), timeout).toBe('Required');
    await page.waitForTimeout(300);
    await page.locator('.wb-pol-checker').screenshot({ path: (await screenshot(page, 'policy-checker-panel-en-full')).replace(/-full\.png$/, '.png') });
    await page.locator('.mantine-SegmentedControl-label').filter({ hasText: /^日本語$/ }).click();
  });

  it('selects the quoted sentence in its article when the quote is clicked', async () => {
    const { page } = workbench;
    const fee = page.locator('.wb-pol-checker [data-rule="request-fee"]');
    await fee.locator('.wb-pol-quote').first().click();
    await expect
      .poll(() => page.evaluate(() => {
        const field = document.activeElement as HTMLTextAreaElement | null;
        return field && 'selectionStart' in field ? field.value.slice(field.selectionStart ?? 0, field.selectionEnd ?? 0) : '';
      }), timeout)
      .toContain('1，000円の手数料を申し受けます');
    await page.waitForTimeout(500);
    await page.screenshot({ path: (await screenshot(page, 'policy-checker-quote-selected-full')).replace(/-full\.png$/, '.png') });
  });

  it('opens with one request (the policy and its verdicts together) and checks the typed text once it is edited', async () => {
    const { page, app } = workbench;
    await page.goto(`${app.origin}/#/policies/${policyId}`);
    const asked: string[] = [];
    const record = (request: { url(): string; postData(): string | null }) => {
      const match = /\/api\/(policies\.[a-zA-Z]+)/.exec(request.url());
      if (match) asked.push(`${match[1]}${match[1] === 'policies.check' && (request.postData() ?? '').includes('"sections"') ? ' (typed text)' : ''}`);
    };
    page.on('request', record);
    try {
      // A fresh page: no answer is cached.
      await page.reload();
      const security = page.locator('.wb-pol-checker [data-rule="security-measures"]');
      await security.waitFor(timeout);
      expect(await security.getAttribute('data-status')).toBe('missing');
      await page.waitForTimeout(600);
      expect(asked).toEqual(['policies.open']);

      const body = page.getByLabel('本文（日本語）').first();
      await body.fill(`${await body.inputValue()}\n当社は、保有個人データの安全管理のために、基本方針の策定、個人データの取扱いに係る規律の整備、組織的安全管理措置、人的安全管理措置、物理的安全管理措置、技術的安全管理措置及び外的環境の把握の措置を講じます。`);
      await expect.poll(() => security.getAttribute('data-status'), timeout).toBe('met');
      expect(asked).toContain('policies.check (typed text)');
      expect(asked.filter((name) => name === 'policies.check')).toEqual([]);
    } finally {
      page.off('request', record);
    }
  });
});
