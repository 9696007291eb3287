import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../integration/core/helpers';
import { docxText, pngs, save } from './files';
import { exportOf, exportWorkspace, type ExportWorkspace } from './records';
import { policyFixtureDir } from '../policy-fixtures';

/**
 * Issue 11 item 3 in the printed policy: a PrivacyMark template policy established (before this tool) on 2020-04-01,
 * first published here effective 2026-04-01 with a 1,000-yen fee. The revision history prints 2020 制定 and 2026 改定
 * once; no article repeats a date of its own; the representative signs once (the contact article names the business,
 * Art. 32(1)(i)); the fee is stated once, as charged.
 */
let ws: ExportWorkspace;
let policyId = 0;
const count = (text: string, word: string) => text.split(word).length - 1;
const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });

beforeAll(async () => {
  ws = await exportWorkspace();
  const policy = await call(ws.core, 'policies.create', {
    companyId: ws.companyId,
    templateId: 'b2b_privacymark',
    establishedOn: '2020-04-01',
    effectiveOn: '2026-04-01',
    requestFeeYen: 1000,
  });
  policyId = policy.id;
  await call(ws.core, 'policyVersions.publish', { versionId: policy.current.id, revision: policy.current.revision, effectiveOn: '2026-04-01', acknowledgeWarnings: true });
});
afterAll(() => ws?.close());

describe('one history, one signature, one fee', () => {
  it('in the revision history operation', async () => {
    const history = await call(ws.core, 'policies.revisionHistory', { policyId });
    expect(history.entries.map((entry) => entry.text.ja)).toEqual(['2020年4月1日 制定', '2026年4月1日 改定']);
  });

  it('in the Japanese PDF and Word', async () => {
    const pdf = save(await exportOf(ws.core, 'exports.policy', { policyId, format: 'pdf', lang: 'ja' }), 'policy-one-history-ja.pdf');
    const text = pdfText(pdf).replace(/[ \t]+/g, ' ');
    pngs(pdf, 8);
    expect(count(text, '2020年4月1日')).toBe(1);
    expect(text).not.toContain('制定日');
    expect(count(text, '山田太郎')).toBe(2);
    expect(text).toContain('1,000円');
    expect(text).not.toContain('いただきません');
    const word = docxText(save(await exportOf(ws.core, 'exports.policy', { policyId, format: 'docx', lang: 'ja' }), 'policy-one-history-ja.docx'));
    expect(count(word, '2020年4月1日')).toBe(1);
    expect(count(word, '山田太郎')).toBe(2);
    expect(word).not.toContain('制定日');
  });

  it('in the English PDF', async () => {
    const pdf = save(await exportOf(ws.core, 'exports.policy', { policyId, format: 'pdf', lang: 'en' }), 'policy-one-history-en.pdf');
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    pngs(pdf, 8);
    expect(count(text, 'April 1, 2020')).toBe(1);
    expect(text).not.toContain('Established:');
    expect(count(text, 'Taro Yamada')).toBe(2);
    expect(text).not.toContain('No fee is charged');
  });
});

describe('an imported policy that closes with its own dates and signature', () => {
  async function importedAndPublished(name: string): Promise<number> {
    const text = readFileSync(path.join(policyFixtureDir, `${name}.txt`), 'utf8');
    const preview = await call(ws.core, 'policies.importPreview', { pastedText: text });
    const saved = await call(ws.core, 'policies.importSave', { companyId: ws.companyId, sections: preview.sections.map((entry) => entry.section) });
    await call(ws.core, 'policyVersions.publish', { versionId: saved.current.id, revision: saved.current.revision, effectiveOn: '2026-04-01', acknowledgeWarnings: true });
    return saved.id;
  }

  it('continues the policy’s own history and signs once, as the company wrote it (gfd-ja)', async () => {
    const id = await importedAndPublished('gfd-ja');
    const history = await call(ws.core, 'policies.revisionHistory', { policyId: id });
    expect(history.entries.map((entry) => entry.text.ja)).toEqual(['2008年1月11日 制定', '2011年11月1日 改定', '2026年4月1日 改定']);
    const pdf = save(await exportOf(ws.core, 'exports.policy', { policyId: id, format: 'pdf', lang: 'ja' }), 'policy-one-history-gfd-ja.pdf');
    const text = pdfText(pdf).replace(/[ \t]+/g, ' ');
    pngs(pdf, 8);
    expect(count(text, '横溝 芳郎')).toBe(1);
    // The workspace's company record names another representative: no second signature of it.
    expect(text).not.toContain('山田太郎');
    expect(text).not.toMatch(/2026年4月1日\s*制定/);
  });

  it('in English (chatplus-en)', async () => {
    const id = await importedAndPublished('chatplus-en');
    const pdf = save(await exportOf(ws.core, 'exports.policy', { policyId: id, format: 'pdf', lang: 'en' }), 'policy-one-history-chatplus-en.pdf');
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    pngs(pdf, 8);
    expect(count(text, 'Yoshihito Nishida')).toBe(1);
    expect(text).not.toContain('Taro Yamada');
    expect(text).toMatch(/February 1, 2017 Established/);
  });
});

