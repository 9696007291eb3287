// The assessment panel beside the incident form, in Chromium over browser mode, for the rules issue 10 corrected:
// an entrustee relieved by a prompt notice (good news, not red, naming who reports), an entrustee whose notice came
// too late (its own duties stand), only pseudonymised information (outside Art. 26, Art. 41(9)), and an estimate of
// 800 with a possible maximum of 5,000 (reportable: the largest number decides). The pseudonymised control of the
// form flips the live verdict. Screenshots of each panel in Japanese and English. Needs `npm run build` first.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { screenshotDir } from './helpers/screenshot';
import { api } from './helpers/api';
import { openWorkbench, type OpenWorkbench } from './helpers/workbench';

const NOW = '2026-12-29T10:00:00+09:00';
const timeout = { timeout: 20_000 };

let workbench: OpenWorkbench;
const ids: Record<'relieved' | 'late' | 'pseudonymised' | 'estimate', number> = { relieved: 0, late: 0, pseudonymised: 0, estimate: 0 };
const titles = {
  relieved: '委託業務でのカード番号漏えい（速やかに通知）',
  late: '委託業務でのカード番号漏えい（通知が遅れた）',
  pseudonymised: '分析用の仮名加工情報の漏えい',
  estimate: '会員データベースへの不正アクセス（推計）',
};

beforeAll(async () => {
  workbench = await openWorkbench({ clock: NOW });
  const { page } = workbench;
  await page.getByRole('heading', { name: 'ダッシュボード', level: 1 }).waitFor(timeout);
  const company = await api(page, 'companies.create', { legalNameJa: '株式会社サンプル受託', legalNameEn: 'Sample Processing K.K.' });
  expect(company.ok, JSON.stringify(company.error)).toBe(true);
  const base = { companyId: company.value!.id, breachKind: 'leak', highLevelEncryption: false };
  const entrustee = { ...base, dataItems: ['name', 'creditCard'], wrongfulPurpose: false, weAreEntrustee: true, entrustorName: '委託元商事株式会社' };
  const seeds = {
    // Known Thu 12/24: day 5 is Mon 12/28. Notified on day 2 → relieved; notified on day 5 + 4 → not.
    relieved: { ...entrustee, title: titles.relieved, knownAt: '2026-12-24T10:00:00+09:00', entrustorNotifiedAt: '2026-12-25T09:00:00+09:00', individualsKind: 'exact', individuals: 40 },
    late: { ...entrustee, title: titles.late, knownAt: '2026-12-20T10:00:00+09:00', entrustorNotifiedAt: '2026-12-28T09:00:00+09:00', individualsKind: 'exact', individuals: 40 },
    pseudonymised: { ...base, title: titles.pseudonymised, knownAt: '2026-12-28T15:00:00+09:00', dataItems: ['medicalHistory'], wrongfulPurpose: true, individualsKind: 'exact', individuals: 20_000, pseudonymised: true },
    estimate: { ...base, title: titles.estimate, knownAt: '2026-12-28T15:00:00+09:00', dataItems: ['name', 'email'], sensitive: false, financialRisk: false, wrongfulPurpose: false, individualsKind: 'estimate', individuals: 800, individualsUpperBound: 5000 },
  };
  for (const [key, values] of Object.entries(seeds)) {
    const created = await api(page, 'incidents.create', values);
    expect(created.ok, `${key}: ${JSON.stringify(created.error)}`).toBe(true);
    ids[key as keyof typeof ids] = created.value!.id;
  }
});
afterEach(() => workbench?.watch.assertClean());
afterAll(async () => {
  await workbench?.close();
});

async function open(page: Page, key: keyof typeof ids): Promise<void> {
  const url = new URL(page.url());
  await page.goto(`${url.origin}${url.pathname}${url.search}#/incidents/${ids[key]}`);
  await page.locator('.wb-verdict').waitFor(timeout);
}

/** The panel alone, scrolled to its top and then its end, so both halves can be read at their real size. */
async function panelShots(page: Page, name: string): Promise<void> {
  const panel = page.locator('.wb-assessment');
  await panel.evaluate((element) => element.scrollTo(0, 0));
  await page.waitForTimeout(150);
  await panel.screenshot({ path: `${screenshotDir}/${name}.png` });
  await panel.evaluate((element) => element.scrollTo(0, 10_000));
  await page.waitForTimeout(150);
  await panel.screenshot({ path: `${screenshotDir}/${name}-end.png` });
  await panel.evaluate((element) => element.scrollTo(0, 0));
}

const verdictText = (page: Page) => page.locator('.wb-verdict').innerText();

describe('The assessment panel (issue 10 rules)', () => {
  it('an entrustee relieved by a prompt notice: reportable, but our duty is lifted — in calm colours, naming who reports', async () => {
    const { page } = workbench;
    await open(page, 'relieved');
    const verdict = page.locator('.wb-verdict');
    expect(await verdict.getAttribute('data-relieved')).toBe('true');
    expect(await verdict.getAttribute('class')).toContain('wb-verdict-relieved');
    const text = await verdictText(page);
    expect(text).toContain('報告対象（当社の報告義務は免除）');
    expect(text).toContain('委託元への通知により、当社の報告義務は免除されます');
    expect(text).toContain('委託元（委託元商事株式会社）が個人情報保護委員会への報告と本人への通知を行います');
    const finding = page.locator('.wb-finding[data-topic="entrustee"]');
    expect(await finding.getAttribute('class')).toContain('wb-finding-good');
    expect(await finding.innerText()).toContain('免除（速やかに通知）');
    expect(await finding.innerText()).toContain('把握から2日目');
    // Named once: the notice in the finding, who reports in the verdict.
    expect((await page.locator('.wb-assessment').innerText()).split('当社の報告義務は免除されます').length - 1).toBe(1);
    await page.getByText('これらの期限は当社には適用されません').waitFor(timeout);
    await panelShots(page, 'assessment-entrustee-relieved-ja');
  });

  it('an entrustee whose notice came on day 9: not relieved, and the verdict says it must report itself', async () => {
    const { page } = workbench;
    await open(page, 'late');
    expect(await page.locator('.wb-verdict').getAttribute('data-verdict')).toBe('yes');
    expect(await page.locator('.wb-verdict').getAttribute('data-relieved')).toBeNull();
    const text = await verdictText(page);
    expect(text).toContain('報告が必要');
    expect(text).toContain('委託元への通知が速やかではなかったため、当社の報告義務は免除されません');
    const finding = page.locator('.wb-finding[data-topic="entrustee"]');
    expect(await finding.innerText()).toContain('免除なし（当社が報告）');
    expect(await finding.innerText()).toContain('把握から9日目');
    await panelShots(page, 'assessment-entrustee-late-ja');
  });

  it('only pseudonymised information: not reportable, with Art. 41(9) shown as good news', async () => {
    const { page } = workbench;
    await open(page, 'pseudonymised');
    expect(await page.locator('.wb-verdict').getAttribute('data-verdict')).toBe('no');
    expect(await verdictText(page)).toContain('仮名加工情報のみの漏えい等のため、報告・本人通知の対象外です（法第41条第9項）');
    const finding = page.locator('.wb-finding[data-topic="pseudonymised"]');
    expect(await finding.getAttribute('class')).toContain('wb-finding-good');
    expect(await finding.innerText()).toContain('個人情報保護法第41条第9項');
    await panelShots(page, 'assessment-pseudonymised-ja');
  });

  it('an estimate of 800 with a maximum of 5,000 is reportable; answering 仮名加工情報のみ「はい」 in the form flips it live', async () => {
    const { page } = workbench;
    await open(page, 'estimate');
    expect(await page.locator('.wb-verdict').getAttribute('data-verdict')).toBe('yes');
    expect(await page.locator('.wb-finding[data-topic="volume"]').innerText()).toContain('漏えい等のおそれがある本人は最大5,000人');
    await panelShots(page, 'assessment-volume-estimate-ja');
    const field = page.locator('fieldset').filter({ has: page.locator('legend', { hasText: '仮名加工情報のみ' }) });
    await field.getByText('はい', { exact: true }).click();
    await page.locator('.wb-verdict[data-verdict="no"]').waitFor(timeout);
    await field.getByText('未確認', { exact: true }).click();
    await page.locator('.wb-verdict[data-verdict="undetermined"]').waitFor(timeout);
    expect(await verdictText(page)).toContain('漏えい等の対象が仮名加工情報のみか');
    await field.screenshot({ path: `${screenshotDir}/assessment-pseudonymised-field-ja.png` });
  });

  it('says the same in English', async () => {
    const { page } = workbench;
    await page.getByText('English', { exact: true }).click();
    await open(page, 'relieved');
    await page.locator('.wb-verdict').getByText('Reportable — we are relieved of reporting').waitFor(timeout);
    expect(await verdictText(page)).toContain('Having notified the entrustor, we are relieved of our duty to report');
    expect(await page.locator('.wb-finding[data-topic="entrustee"]').innerText()).toContain('Relieved (notified promptly)');
    await panelShots(page, 'assessment-entrustee-relieved-en');
    await open(page, 'late');
    expect(await verdictText(page)).toContain('we must report to the PPC and notify the individuals ourselves');
    await panelShots(page, 'assessment-entrustee-late-en');
    await open(page, 'pseudonymised');
    expect(await verdictText(page)).toContain('APPI Art. 41(9)');
    await panelShots(page, 'assessment-pseudonymised-en');
    await open(page, 'estimate');
    expect(await page.locator('.wb-finding[data-topic="volume"]').innerText()).toContain('up to 5,000 may be affected');
    await panelShots(page, 'assessment-volume-estimate-en');
    await page.getByText('日本語', { exact: true }).click();
  });
});
