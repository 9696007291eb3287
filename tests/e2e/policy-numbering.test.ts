// The policy editor shows an imported policy's articles with the numbers the document gives them (issue 11, item 1):
// 第6条 stays 第6条 after a gap, the preamble has no number, a 【】 sub-heading stays inside its article. The
// 「条番号」 switch renumbers automatically and back, and the draft saves it. Needs `npm run build` first.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { apiValue, createSampleCompany } from './helpers/api';
import { screenshotDir } from './helpers/screenshot';
import { openWorkbench, type OpenWorkbench } from './helpers/workbench';

const timeout = { timeout: 15_000 };
let workbench: OpenWorkbench;
let policyId: number;

const source = [
  '個人情報の取扱いについて',
  '見本通商株式会社（以下「当社」）は、個人情報を次のとおり取り扱います。',
  '第1条（目的）',
  '本方針は、当社の個人情報の取扱いを定めます。',
  '第2条（定義）',
  '本方針で「個人情報」とは、個人情報保護法に定める個人情報をいいます。',
  '第6条（利用目的）',
  '当社は、商品の発送のために個人情報を利用します。',
  '【細目】',
  '利用目的の変更は、第2条第1項の定義に従います。',
  '第7条（お問い合わせ）',
  'お問い合わせは、電話 03-0000-0000 で受け付けます。',
].join('\n');

interface Section {
  numbering: string;
  headingJa: string;
}

const headings = (page: Page) => page.locator('.wb-pol-article[lang="ja"]').allInnerTexts();

async function shot(page: Page, name: string) {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`) });
}

async function waitSaved(page: Page) {
  await expect.poll(() => page.locator('.wb-pol-save').getAttribute('data-status'), timeout).toBe('saved');
}

beforeAll(async () => {
  workbench = await openWorkbench();
  await workbench.page.setViewportSize({ width: 1280, height: 1000 });
  const { page } = workbench;
  const companyId = await createSampleCompany(page);
  const preview = await apiValue<{ sections: { section: Section }[] }>(page, 'policies.importPreview', { pastedText: source });
  policyId = (await apiValue<{ id: number }>(page, 'policies.importSave', { companyId, titleJa: '個人情報の取扱いについて', sections: preview.sections.map((s) => s.section) })).id;
});
afterEach(() => workbench?.watch.assertClean());
afterAll(async () => {
  await workbench?.close();
});

describe('Policy editor: article numbers', () => {
  it('shows the numbers as written, switches to automatic and back, and saves the choice', async () => {
    const { page, app } = workbench;
    await page.goto(`${app.origin}/#/policies/${policyId}`);
    await page.locator('.wb-pol-article').first().waitFor(timeout);
    expect(await headings(page)).toEqual(['個人情報の取扱いについて', '第1条（目的）', '第2条（定義）', '第6条（利用目的）', '第7条（お問い合わせ）']);
    const control = page.getByTestId('policy-numbering');
    await expect.poll(() => control.locator('input:checked').getAttribute('value')).toBe('as_written');
    await shot(page, 'policy-numbering-as-written');

    await control.getByText('自動で振る').click();
    await expect.poll(() => headings(page), timeout).toEqual(['個人情報の取扱いについて', '第1条（目的）', '第2条（定義）', '第3条（利用目的）', '第4条（お問い合わせ）']);
    await waitSaved(page);
    const stored = await apiValue<{ current: { sections: Section[] } }>(page, 'policies.get', { id: policyId });
    expect(stored.current.sections.map((s) => s.numbering)).toEqual(['none', 'auto', 'auto', 'auto', 'auto']);
    // The written numbers stay in the headings, so switching back restores them.
    expect(stored.current.sections[3]!.headingJa).toBe('第6条（利用目的）');
    await shot(page, 'policy-numbering-auto');

    await control.getByText('原文のまま').click();
    await expect.poll(() => headings(page), timeout).toEqual(['個人情報の取扱いについて', '第1条（目的）', '第2条（定義）', '第6条（利用目的）', '第7条（お問い合わせ）']);
    await waitSaved(page);
  });
});
