// The policy editor's save → leave → reopen flow in Chromium over browser mode (issue 11, item 5): reopening shows
// what was saved (not the answer cached before the save), the next save goes through without a false conflict,
// and a real change from elsewhere (a second write through the API) shows the conflict with the typed text kept
// and a choice: keep mine, load theirs after a confirmation, or show the difference. Needs `npm run build` first.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { apiValue, createSampleCompany } from './helpers/api';
import { screenshotDir } from './helpers/screenshot';
import { openWorkbench, type OpenWorkbench } from './helpers/workbench';

const timeout = { timeout: 15_000 };
let workbench: OpenWorkbench;
let policyId: number;

interface Section {
  id: string;
  bodyJa: string;
  [key: string]: unknown;
}
interface Detail {
  current: { id: number; revision: number; sections: Section[] };
}

const firstBody = (page: Page): Locator => page.getByLabel('本文（日本語）').first();

/** The viewport as the user sees it (the editor's full page is many screens long). */
async function shot(page: Page, name: string) {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`) });
}

async function waitSaved(page: Page) {
  await expect.poll(() => page.locator('.wb-pol-save').getAttribute('data-status'), timeout).toBe('saved');
}

async function openFromList(page: Page) {
  await page.getByRole('link', { name: 'ポリシーの一覧' }).click();
  await page.locator('.wb-pol-col-check').first().waitFor(timeout);
  // Within the list's cache lifetime: the same page, not a reload.
  await page.getByText('リオープン検証ポリシー').first().click();
  await firstBody(page).waitFor(timeout);
}

beforeAll(async () => {
  workbench = await openWorkbench();
  await workbench.page.setViewportSize({ width: 1280, height: 1000 });
  const { page } = workbench;
  const companyId = await createSampleCompany(page, { representativeTitleJa: '代表取締役', representativeNameJa: '山田 太郎' });
  policyId = (await apiValue<{ id: number }>(page, 'policies.create', { companyId, templateId: 'saas_app', serviceNameJa: 'サンプルアプリ', serviceNameEn: 'Sample App', titleJa: 'リオープン検証ポリシー' })).id;
});
afterEach(() => workbench?.watch.assertClean());
afterAll(async () => {
  await workbench?.close();
});

describe('Policy editor: save, leave, reopen', () => {
  it('shows what was saved after leaving and reopening, and saves again without a conflict', async () => {
    const { page, app } = workbench;
    await page.goto(`${app.origin}/#/policies/${policyId}`);
    await firstBody(page).waitFor(timeout);
    const original = await firstBody(page).inputValue();
    await firstBody(page).fill(`${original}\n保存後に再表示される一文。`);
    await waitSaved(page);

    await openFromList(page);
    expect(await firstBody(page).inputValue()).toContain('保存後に再表示される一文。');

    await firstBody(page).fill(`${await firstBody(page).inputValue()}\n二度目の保存。`);
    await waitSaved(page);
    expect(await page.getByText('別の画面で変更されています').count()).toBe(0);
    const stored = await apiValue<Detail>(page, 'policies.get', { id: policyId });
    expect(stored.current.sections[0]!.bodyJa).toContain('二度目の保存。');
    await shot(page, 'policy-editor-reopened-saved');

    // Leaving right after typing: the save sent on the way out is what the reopened editor shows.
    await firstBody(page).fill(`${await firstBody(page).inputValue()}\n離れる直前の入力。`);
    await openFromList(page);
    await expect.poll(() => firstBody(page).inputValue(), timeout).toContain('離れる直前の入力。');
    await firstBody(page).fill(`${await firstBody(page).inputValue()}\n三度目。`);
    await waitSaved(page);
    expect(await page.getByText('別の画面で変更されています').count()).toBe(0);
  });

  it('shows a real conflict from another writer, keeps the typed text, and resolves it only as asked', async () => {
    const { page } = workbench;
    const before = await apiValue<Detail>(page, 'policies.get', { id: policyId });
    const [first, ...rest] = before.current.sections;
    // Another window saves the draft.
    await apiValue(page, 'policyDrafts.save', {
      versionId: before.current.id,
      revision: before.current.revision,
      sections: [{ ...first!, bodyJa: `${first!.bodyJa}\n別のウィンドウで加えた一文。` }, ...rest],
    });

    await firstBody(page).fill(`${await firstBody(page).inputValue()}\nこの画面で入力した一文。`);
    const alert = page.getByRole('alert').filter({ hasText: '別の画面で変更されています' });
    await alert.waitFor(timeout);
    expect(await firstBody(page).inputValue()).toContain('この画面で入力した一文。');

    // The difference: theirs against mine.
    await alert.getByRole('button', { name: '違いを表示' }).click();
    const diff = page.getByTestId('conflict-diff');
    await diff.waitFor(timeout);
    expect(await diff.textContent()).toContain('別のウィンドウで加えた一文。');
    expect(await diff.textContent()).toContain('この画面で入力した一文。');
    await alert.scrollIntoViewIfNeeded();
    await shot(page, 'policy-editor-conflict-ja');
    await page.locator('.mantine-SegmentedControl-label').filter({ hasText: /^English$/ }).click();
    await page.getByRole('alert').filter({ hasText: 'Changed elsewhere' }).getByRole('button', { name: 'Load the other text' }).waitFor(timeout);
    await shot(page, 'policy-editor-conflict-en');
    await page.locator('.mantine-SegmentedControl-label').filter({ hasText: /^日本語$/ }).click();
    await alert.waitFor(timeout);

    // Loading theirs asks first; cancelling keeps the typed text.
    await alert.getByRole('button', { name: '相手の内容を読み込む' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor(timeout);
    await dialog.getByRole('button', { name: 'キャンセル' }).click();
    expect(await firstBody(page).inputValue()).toContain('この画面で入力した一文。');

    // Keeping mine saves it over theirs.
    await alert.getByRole('button', { name: 'この画面の内容で保存' }).click();
    await waitSaved(page);
    const after = await apiValue<Detail>(page, 'policies.get', { id: policyId });
    expect(after.current.sections[0]!.bodyJa).toContain('この画面で入力した一文。');
    expect(after.current.sections[0]!.bodyJa).not.toContain('別のウィンドウで加えた一文。');
    expect(await page.getByText('別の画面で変更されています').count()).toBe(0);
  });

  it('loads the other window’s text after the user confirms', async () => {
    const { page } = workbench;
    const before = await apiValue<Detail>(page, 'policies.get', { id: policyId });
    const [first, ...rest] = before.current.sections;
    await apiValue(page, 'policyDrafts.save', {
      versionId: before.current.id,
      revision: before.current.revision,
      sections: [{ ...first!, bodyJa: '別のウィンドウが書き換えた本文。' }, ...rest],
    });
    await firstBody(page).fill(`${await firstBody(page).inputValue()}\n捨てられる一文。`);
    const alert = page.getByRole('alert').filter({ hasText: '別の画面で変更されています' });
    await alert.waitFor(timeout);
    await alert.getByRole('button', { name: '相手の内容を読み込む' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor(timeout);
    expect(await dialog.textContent()).toContain('この画面で入力した内容は失われます');
    await dialog.getByRole('button', { name: '読み込む' }).click();
    await expect.poll(() => firstBody(page).inputValue(), timeout).toBe('別のウィンドウが書き換えた本文。');
    await firstBody(page).fill('読み込んだ後の編集。');
    await waitSaved(page);
    const after = await apiValue<Detail>(page, 'policies.get', { id: policyId });
    expect(after.current.sections[0]!.bodyJa).toBe('読み込んだ後の編集。');
  });

  it('lists the published version’s checker score beside the open draft’s', async () => {
    const { page, app } = workbench;
    const draft = await apiValue<Detail>(page, 'policies.get', { id: policyId });
    await apiValue(page, 'policyVersions.publish', {
      versionId: draft.current.id,
      revision: draft.current.revision,
      effectiveOn: '2026-04-01',
      acknowledgeWarnings: true,
    });
    const revision = await apiValue<Detail['current']>(page, 'policyDrafts.start', { policyId });
    // The revision drops the purposes of use: a required matter the published version still states.
    await apiValue(page, 'policyDrafts.save', {
      versionId: revision.id,
      revision: revision.revision,
      sections: revision.sections.filter((section) => section.kind !== 'purposes_of_use'),
    });
    const score = async (kind: 'published' | 'draft') => {
      const found = await apiValue<{ summary: { met: number; na: number; total: number; blocking: number } }>(
        page,
        'policies.check',
        kind === 'published' ? { policyId, versionId: draft.current.id } : { policyId },
      );
      return `${found.summary.met}/${found.summary.total - found.summary.na}項目`;
    };
    await page.goto(`${app.origin}/#/policies`);
    const row = page.locator('tr', { hasText: 'リオープン検証ポリシー' });
    const published = row.getByTestId('check-score-published');
    const drafted = row.getByTestId('check-score-draft');
    await drafted.waitFor(timeout);
    await expect.poll(() => published.textContent(), timeout).toContain(await score('published'));
    expect(await published.textContent()).toContain('公開版');
    await expect.poll(() => drafted.textContent(), timeout).toContain(await score('draft'));
    expect(await drafted.textContent()).toContain('下書き');
    expect(await score('published')).not.toBe(await score('draft'));
    await shot(page, 'policy-list-scores-ja');
    await page.locator('.mantine-SegmentedControl-label').filter({ hasText: /^English$/ }).click();
    // The English list shows the English title: the workspace has this one policy.
    await expect.poll(() => page.getByTestId('check-score-published').first().textContent(), timeout).toContain('Published');
    await shot(page, 'policy-list-scores-en');
    await page.locator('.mantine-SegmentedControl-label').filter({ hasText: /^日本語$/ }).click();
  });

  it('rewrites the template’s fee sentence when the fee is set, so the policy never states both', async () => {
    const { page, app } = workbench;
    const companyId = await createSampleCompany(page, { legalNameJa: '株式会社手数料見本' });
    const id = (await apiValue<{ id: number }>(page, 'policies.create', { companyId, templateId: 'manufacturer', titleJa: '手数料検証ポリシー' })).id;
    await page.goto(`${app.origin}/#/policies/${id}`);
    const fee = page.locator('.wb-pol-fee input');
    await fee.waitFor(timeout);
    const card = page.locator('[id^="section-"]', { has: fee });
    const body = card.getByLabel('本文（日本語）');
    expect(await body.inputValue()).toContain('手数料はいただきません');
    await fee.fill('1000');
    await fee.blur();
    await expect.poll(() => body.inputValue(), timeout).toContain('1件につき1,000円の手数料をいただきます');
    expect(await body.inputValue()).not.toContain('手数料はいただきません');
    await waitSaved(page);
    const stored = await apiValue<Detail>(page, 'policies.get', { id });
    const requests = stored.current.sections.find((section) => section.kind === 'request_procedures')!;
    expect(requests.bodyJa).toContain('1,000円');
    expect(String(requests.bodyEn)).toContain('A fee of 1,000 yen');
    expect(requests.feeYen).toBe(1000);
    await card.scrollIntoViewIfNeeded();
    await shot(page, 'policy-editor-fee-sentence');

    // The revisions article takes the dates from before this tool; the history tab prints them first.
    const established = page.getByLabel('制定日', { exact: true });
    await established.scrollIntoViewIfNeeded();
    await established.fill('2019/04/01');
    await established.press('Tab');
    await waitSaved(page);
    await shot(page, 'policy-editor-history-fields');
    await page.getByRole('tab', { name: '版と改定履歴' }).click();
    await expect.poll(() => page.locator('.wb-pol-history').textContent(), timeout).toContain('2019年4月1日 制定');
  });
});
