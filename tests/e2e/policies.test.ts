// Policies in the real UI, in Chromium over browser mode: a policy made from the app/SaaS template, a section edited
// (the request fee) while the checker beside it turns that rule from missing to met, the autosaved draft published
// (acknowledging what is still missing), a new draft started and changed, the diff between version 1 and the draft;
// then an existing policy (a fixture) pasted in and split into sections. Screenshots in ja and en of each screen.
// Needs `npm run build` first.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './helpers/screenshot';
import { openWorkbench, type OpenWorkbench } from './helpers/workbench';
import { policyFixture } from '../policy-fixtures';
import { dismissToasts } from './helpers/page-actions';

const hakusan = readFileSync(policyFixture('hakusan-ja.txt'), 'utf8');
const companyName = '株式会社サンプルクラウド';
const deskName = '個人情報お問い合わせ窓口';
const timeout = { timeout: 15_000 };

let workbench: OpenWorkbench;
beforeAll(async () => {
  workbench = await openWorkbench();
  await workbench.page.setViewportSize({ width: 1280, height: 800 });
});
afterEach(() => workbench?.watch.assertClean());
afterAll(async () => {
  await workbench?.close();
});

/** The screen in Japanese and in English (the header's language switch), at the viewport's size. */
async function shots(page: Page, name: string): Promise<void> {
  await dismissToasts(page);
  await page.waitForTimeout(200);
  await page.screenshot({ path: await screenshotPath(page, `${name}-ja`) });
  const toggle = page.locator('.mantine-SegmentedControl-label').filter({ hasText: /^English$/ });
  if ((await toggle.count()) > 0) {
    await toggle.click();
    await page.waitForTimeout(300);
    await dismissToasts(page);
    await page.screenshot({ path: await screenshotPath(page, `${name}-en`) });
    await page.locator('.mantine-SegmentedControl-label').filter({ hasText: /^日本語$/ }).click();
    await page.waitForTimeout(300);
    await dismissToasts(page);
  }
}

async function screenshotPath(page: Page, name: string): Promise<string> {
  const file = await screenshot(page, `policies-${name}-full`);
  return file.replace(/-full\.png$/, '.png');
}

/**
 * Waits for the draft to be stored: "saved" read twice, longer than the autosave's debounce (700 ms) apart. One read
 * could see the previous save's "saved" on a loaded machine, before the last edit's "pending" showed (the diff test
 * then opened the history before the edit was stored, and timed out waiting for it).
 */
async function saved(page: Page): Promise<void> {
  const status = () => page.locator('.wb-pol-save').getAttribute('data-status');
  for (;;) {
    await expect.poll(status, timeout).toBe('saved');
    await page.waitForTimeout(800);
    if ((await status()) === 'saved') return;
  }
}

function rule(page: Page, id: string) {
  return page.locator(`.wb-pol-checker [data-rule="${id}"]`);
}

describe('Policies', () => {
  it('creates a company and a desk to write the policy for', async () => {
    const { page } = workbench;
    await page.getByRole('link', { name: '事業者', exact: true }).click();
    await page.getByRole('button', { name: '事業者を追加' }).click();
    await page.getByLabel('事業者名（日本語）').fill(companyName);
    // What a published policy names (Art. 32(1)(i)): without them publishing refuses the template's gap markers.
    await page.getByLabel('所在地（日本語）').fill('東京都千代田区千代田1-1');
    await page.getByLabel('代表者の役職（日本語）').fill('代表取締役');
    await page.getByLabel('代表者の氏名（日本語）').fill('山田 太郎');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('保存しました').first().waitFor(timeout);
    await page.getByRole('link', { name: '窓口', exact: true }).click();
    await page.getByRole('button', { name: '窓口を追加' }).click();
    await page.getByLabel('事業者', { exact: true }).selectOption({ label: companyName });
    await page.getByLabel('窓口名（日本語）').fill(deskName);
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('保存しました').first().waitFor(timeout);
  });

  it('creates a policy from the app/SaaS template and shows its articles with the checker', async () => {
    const { page } = workbench;
    await page.getByRole('link', { name: 'ポリシー', exact: true }).click();
    expect(await page.getByText('準備中').count()).toBe(0);
    await page.getByRole('button', { name: 'ポリシーを作成' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('ひな形').selectOption('saas_app');
    await dialog.getByLabel('サービス名（日本語）').fill('サンプルクラウド');
    await dialog.getByLabel('サービス名（英語）').fill('Sample Cloud');
    await page.waitForTimeout(200);
    await page.screenshot({ path: await screenshotPath(page, 'create-ja') });
    await dialog.getByRole('button', { name: '作成', exact: true }).click();
    await page.locator('.wb-pol-section').first().waitFor(timeout);
    // The template's opening statement is its preamble, unnumbered as the exports print it; articles count from 第1条.
    const articles = await page.locator('.wb-pol-article[lang="ja"]').allTextContents();
    expect(articles[0]).toBe('基本方針');
    expect(articles[1]).toMatch(/^第1条（.+）$/);
    await page.getByText('このチェックは法的助言ではありません。').waitFor(timeout);
    await page.locator('.wb-pol-checker [data-rule]').first().waitFor(timeout);
  });

  it('fills the fee: autosaved, and the checker turns request-fee from missing to met', async () => {
    const { page } = workbench;
    const requestSection = page.locator('.wb-pol-section', { has: page.locator('.wb-pol-fee') });
    await requestSection.scrollIntoViewIfNeeded();
    // Make the fee rule missing first: a fee mentioned without an amount.
    await requestSection.getByLabel('本文（日本語）').fill('開示等の請求には、所定の手数料をいただきます。');
    await requestSection.getByLabel('本文（英語）').fill('A fee is charged for each request.');
    await saved(page);
    await expect.poll(() => rule(page, 'request-fee').getAttribute('data-status'), timeout).toBe('missing');
    await requestSection.getByLabel('手数料').fill('1000');
    await expect.poll(() => requestSection.getByTestId('fee-display').textContent()).toBe('表示：1,000円');
    await expect.poll(() => rule(page, 'request-fee').getAttribute('data-status'), timeout).toBe('met');
    await saved(page);
    expect(await page.locator('.wb-pol-save').textContent()).toMatch(/保存しました \d{2}:\d{2}/);
    // The complaint desk links the desk record.
    const deskSection = page.locator('.wb-pol-section', { has: page.locator('.wb-pol-article', { hasText: '（苦情・相談窓口）' }) }).first();
    expect(await deskSection.count()).toBe(1);
    await requestSection.scrollIntoViewIfNeeded();
    await requestSection.screenshot({ path: await screenshotPath(page, 'request-section') });
    const purposes = page.locator('.wb-pol-section', { has: page.getByText('利用目的（対象者ごと）') }).first();
    await purposes.screenshot({ path: await screenshotPath(page, 'purposes-section') });
    await deskSection.screenshot({ path: await screenshotPath(page, 'desk-section') });
    const transmission = page.locator('.wb-pol-section', { has: page.locator('.wb-pol-article', { hasText: '（外部送信）' }) }).first();
    if ((await transmission.count()) > 0) await transmission.screenshot({ path: await screenshotPath(page, 'transmission-section') });
    await page.evaluate(() => window.scrollTo(0, 0));
    await shots(page, 'editor');
  });

  it('keeps the typed text across a reload (autosave)', async () => {
    const { page } = workbench;
    await page.reload();
    const requestSection = page.locator('.wb-pol-section', { has: page.locator('.wb-pol-fee') });
    await expect.poll(() => requestSection.getByLabel('手数料').inputValue().catch(() => ''), timeout).toBe('1,000');
    expect(await requestSection.getByLabel('本文（日本語）').inputValue()).toBe('開示等の請求には、所定の手数料をいただきます。');
  });

  it('fills the joint-use fields: the checker warns of an empty item heading, then turns joint-use to met', async () => {
    const { page } = workbench;
    await page.getByLabel('追加する条の種類').selectOption('joint_use');
    await page.getByRole('button', { name: '条を追加' }).click();
    const joint = page.locator('.wb-pol-section', { has: page.locator('.wb-pol-joint-use') });
    await joint.waitFor(timeout);
    await joint.scrollIntoViewIfNeeded();
    // An item heading with nothing after it states nothing: missing, with a warning.
    await joint.getByLabel('本文（日本語）').fill('当社は、次のとおり個人データを共同利用します。\n共同して利用する者の範囲：');
    await joint.getByLabel('本文（英語）').fill('Scope of the joint users:');
    await saved(page);
    await expect.poll(() => rule(page, 'joint-use').getAttribute('data-status'), timeout).toBe('missing');
    await expect.poll(() => rule(page, 'joint-use').locator('.wb-pol-warnings').textContent().catch(() => ''), timeout).toContain('内容が記載されていません');
    const fields: [string, string, string][] = [
      ['共同して利用される個人データの項目', '氏名、住所、電話番号、購入履歴', 'Name, address, phone number, purchase history'],
      ['共同して利用する者の範囲', '当社の子会社（有価証券報告書に記載のもの）', 'Our subsidiaries listed in our annual securities report'],
      ['利用する者の利用目的', '商品・サービスのご案内のため', 'To inform you of our products and services'],
      ['管理について責任を有する者の名称', companyName, 'Sample Cloud Inc.'],
      ['責任を有する者の住所', '東京都千代田区丸の内一丁目1番1号', '1-1-1 Marunouchi, Chiyoda-ku, Tokyo'],
      ['責任を有する者の代表者', '代表取締役 山田太郎', 'Taro Yamada, Representative Director'],
    ];
    for (const [label, ja, en] of fields) {
      await joint.getByLabel(`${label}（日本語）`, { exact: true }).fill(ja);
      await joint.getByLabel(`${label}（英語）`, { exact: true }).fill(en);
    }
    await expect.poll(() => rule(page, 'joint-use').getAttribute('data-status'), timeout).toBe('met');
    expect(await rule(page, 'joint-use').locator('.wb-pol-warnings').count()).toBe(0);
    await saved(page);
    await joint.screenshot({ path: await screenshotPath(page, 'joint-use-section-ja') });
    // A destination abroad in the cross-border editor.
    await page.getByLabel('追加する条の種類').selectOption('cross_border');
    await page.getByRole('button', { name: '条を追加' }).click();
    const abroad = page.locator('.wb-pol-section', { has: page.locator('.wb-pol-cross-border') });
    await abroad.waitFor(timeout);
    await abroad.getByRole('button', { name: '提供先の国を追加' }).click();
    await abroad.getByLabel('国名（日本語）', { exact: true }).fill('米国');
    await abroad.getByLabel('国名（英語）', { exact: true }).fill('United States');
    await abroad.getByLabel('個人情報の保護に関する制度（日本語）', { exact: true }).fill('連邦法及び州法による分野ごとの規律があります。');
    await abroad.getByLabel('提供先が講じる措置（日本語）', { exact: true }).fill('OECDプライバシーガイドラインの8原則に対応する措置を講じています。');
    await saved(page);
    await abroad.scrollIntoViewIfNeeded();
    await abroad.screenshot({ path: await screenshotPath(page, 'cross-border-section-ja') });
    await page.locator('.mantine-SegmentedControl-label').filter({ hasText: /^English$/ }).click();
    await page.waitForTimeout(300);
    await dismissToasts(page);
    await joint.scrollIntoViewIfNeeded();
    await joint.screenshot({ path: await screenshotPath(page, 'joint-use-section-en') });
    await abroad.scrollIntoViewIfNeeded();
    await abroad.screenshot({ path: await screenshotPath(page, 'cross-border-section-en') });
    await page.locator('.mantine-SegmentedControl-label').filter({ hasText: /^日本語$/ }).click();
    await page.waitForTimeout(300);
  });

  it('publishes version 1, acknowledging what the checker finds missing', async () => {
    const { page } = workbench;
    // The dialog in English first (the language switch sits behind a modal, so switch before opening it).
    await page.locator('.mantine-SegmentedControl-label').filter({ hasText: /^English$/ }).click();
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByRole('dialog').getByLabel('Effective date', { exact: true }).fill('2026/04/01');
    await page.getByRole('dialog').getByLabel('Effective date', { exact: true }).press('Tab');
    const ackEn = page.getByRole('dialog').getByLabel('I have reviewed the missing matters and want to publish anyway');
    if ((await ackEn.count()) > 0) await ackEn.check();
    await page.waitForTimeout(300);
    await dismissToasts(page);
    await page.screenshot({ path: await screenshotPath(page, 'publish-en') });
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached', ...timeout });
    await page.locator('.mantine-SegmentedControl-label').filter({ hasText: /^日本語$/ }).click();
    await page.getByRole('button', { name: '公開', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('施行日', { exact: true }).fill('2026/04/01');
    await dialog.getByLabel('施行日', { exact: true }).press('Tab');
    const acknowledge = dialog.getByLabel('不足している事項を確認したうえで公開します');
    if ((await acknowledge.count()) > 0) await acknowledge.check();
    await page.waitForTimeout(300);
    await dismissToasts(page);
    await page.screenshot({ path: await screenshotPath(page, 'publish-ja') });
    await dialog.getByRole('button', { name: '公開', exact: true }).click();
    await page.getByText('第1版（2026/04/01施行）').waitFor(timeout);
    await page.getByText('この版は公開済みのため変更できません。', { exact: false }).waitFor(timeout);
  });

  it('starts a new draft, changes a section, and shows the diff against version 1', async () => {
    const { page } = workbench;
    await page.getByRole('button', { name: '新しい版を作成' }).click();
    await page.getByText('第2版（下書き）').waitFor(timeout);
    const requestSection = page.locator('.wb-pol-section', { has: page.locator('.wb-pol-fee') });
    await requestSection.getByLabel('手数料').fill('500');
    // A new article from the clause library, added last, then moved up one place (Alt+↑ from inside it).
    // The template's opening statement is the unnumbered preamble: the n sections before hold n − 1 articles.
    const before = await page.locator('.wb-pol-section').count();
    await page.getByLabel('追加する条の種類').selectOption('ai_processing');
    await page.getByRole('button', { name: '条を追加' }).click();
    const added = page.locator('.wb-pol-section').last();
    expect(await added.locator('.wb-pol-article').first().textContent()).toBe(`第${before}条（AIによる処理）`);
    expect((await added.getByLabel('本文（日本語）').inputValue()).length).toBeGreaterThan(20);
    await added.getByLabel('見出し（日本語）').press('Alt+ArrowUp');
    await expect.poll(() => page.locator('.wb-pol-section').nth(before - 1).locator('.wb-pol-article').first().textContent()).toBe(`第${before - 1}条（AIによる処理）`);
    await saved(page);
    await page.getByRole('tab', { name: '版と改定履歴' }).click();
    await page.getByText('2026年4月1日').first().waitFor(timeout);
    const changed = page.locator('.wb-pol-diff-card[data-status="changed"]');
    await changed.first().waitFor(timeout);
    expect(await changed.first().textContent()).toContain('1,000');
    expect(await changed.first().textContent()).toContain('500');
    expect(await page.locator('.wb-pol-diff-card[data-status="added"]').count()).toBe(1);
    await shots(page, 'diff');
  });

  it('asks which text to keep when the draft was changed in another window, loading theirs only after a confirmation', async () => {
    const { page, browser, app } = workbench;
    await page.getByRole('tab', { name: '条文' }).click();
    const route = new URL(page.url()).hash;
    const other = await browser.context.newPage();
    try {
      await other.goto(`${app.url}${route}`);
      const otherFee = other.locator('.wb-pol-section', { has: other.locator('.wb-pol-fee') }).getByLabel('手数料');
      await otherFee.fill('700');
      await saved(other);
    } finally {
      await other.close();
    }
    const requestSection = page.locator('.wb-pol-section', { has: page.locator('.wb-pol-fee') });
    await requestSection.getByLabel('手数料').fill('800');
    await page.getByText('別の画面で変更されています').waitFor(timeout);
    await page.getByRole('button', { name: '相手の内容を読み込む' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '読み込む' }).click();
    await expect.poll(() => page.locator('.wb-pol-section', { has: page.locator('.wb-pol-fee') }).getByLabel('手数料').inputValue(), timeout).toBe('700');
  });

  it('finds a clause with the search box', async () => {
    const { page } = workbench;
    await page.getByRole('link', { name: 'ポリシー', exact: true }).click();
    await page.locator('.wb-table').waitFor(timeout);
    await shots(page, 'list');
    await page.getByLabel('ポリシーを検索').fill('手数料');
    await page.locator('.wb-pol-hit').first().waitFor(timeout);
    expect(await page.locator('.wb-pol-snippet mark').first().textContent()).toBe('手数料');
    await shots(page, 'search');
    await page.locator('.wb-pol-hit').first().click();
    await page.locator('.wb-pol-section').first().waitFor(timeout);
  });

  it('refuses an empty or binary file with the server’s message, and a file over 5 MB before sending it', async () => {
    const { page } = workbench;
    await page.getByRole('link', { name: 'ポリシー', exact: true }).click();
    await page.getByRole('button', { name: '取り込む' }).click();
    await page.locator('.mantine-SegmentedControl-label').filter({ hasText: /^ファイルを選択$/ }).click();
    const input = page.locator('input[type="file"]');
    const error = page.locator('.mantine-FileInput-error');
    await input.setInputFiles({ name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) });
    await page.getByRole('button', { name: '条に分ける' }).click();
    await error.waitFor(timeout);
    const emptyMessage = await error.textContent();
    expect(emptyMessage?.length).toBeGreaterThan(5);
    await input.setInputFiles({ name: 'policy.docx', mimeType: 'application/octet-stream', buffer: Buffer.from([0, 1, 2, 3, 255, 254, 0, 0]) });
    await page.getByRole('button', { name: '条に分ける' }).click();
    await expect.poll(() => error.textContent(), timeout).not.toBe(emptyMessage);
    await input.setInputFiles({ name: 'big.txt', mimeType: 'text/plain', buffer: Buffer.alloc(6 * 1024 * 1024, 0x61) });
    await page.getByRole('button', { name: '条に分ける' }).click();
    await expect.poll(() => error.textContent(), timeout).toContain('5MB');
    expect(await page.getByTestId('import-count').count()).toBe(0);
  });

  it('imports the pasted text of a real policy and shows its sections', async () => {
    const { page } = workbench;
    await page.getByRole('link', { name: 'ポリシー', exact: true }).click();
    await page.getByRole('button', { name: '取り込む' }).click();
    await page.getByLabel('ポリシーの本文').fill(hakusan);
    await page.getByRole('button', { name: '条に分ける' }).click();
    await page.getByTestId('import-count').waitFor(timeout);
    const count = await page.getByTestId('imported-section').count();
    expect(count).toBeGreaterThan(3);
    await shots(page, 'import');
    await page.getByRole('button', { name: '下書きとして保存' }).click();
    await page.locator('.wb-pol-section').first().waitFor(timeout);
    expect(await page.locator('.wb-pol-section').count()).toBe(count);
  });
});
