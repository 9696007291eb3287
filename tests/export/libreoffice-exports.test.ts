import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { squash } from './expected';
import { save } from './files';
import { pdfText } from './pdf-text';
import { exportOf, exportWorkspace, type ExportWorkspace } from './records';

/**
 * What a user may do with our Word files: open them in another office suite. LibreOffice headless converts the
 * PPC report, the letter, the timing report and a bilingual policy to PDF without error, with their text intact.
 */
const soffice = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).stdout.trim();
let ws: ExportWorkspace;
const docs: { file: string; expect: string[] }[] = [];

beforeAll(async () => {
  ws = await exportWorkspace();
  const policy = (await ws.core.dispatch('policies.create', { companyId: ws.companyId, templateId: 'saas_app' }, ws.core.workspace().id)) as { ok: true; value: { id: number } };
  const exports = [
    { name: 'lo-ppc-final.docx', result: await exportOf(ws.core, 'exports.incident', { incidentId: ws.leakId, document: 'ppc_final', format: 'docx', lang: 'ja' }), expect: ['個人データの漏えい等の事案に関する報告（確報）', '施行規則第8条第1項第9号'] },
    { name: 'lo-notice-both.docx', result: await exportOf(ws.core, 'exports.incident', { incidentId: ws.leakId, document: 'individuals_notice', format: 'docx', lang: 'both' }), expect: ['関係者各位', 'DearSirorMadam,'] },
    { name: 'lo-timing.docx', result: await exportOf(ws.core, 'exports.timing', { from: '2026-11-01', to: '2026-12-31', format: 'docx', lang: 'ja' }), expect: ['報告・通知の期限遵守状況報告書', '期限内'] },
    { name: 'lo-policy-columns.docx', result: await exportOf(ws.core, 'exports.policy', { policyId: policy.value.id, format: 'docx', lang: 'both', layout: 'columns' }), expect: ['第1条（定義）', 'Article1(Definitions)'] },
  ];
  for (const item of exports) docs.push({ file: save(item.result, item.name), expect: item.expect });
}, 60_000);

afterAll(() => ws?.close());

describe('Word exports in LibreOffice', () => {
  it('convert to PDF without error, text intact', { timeout: 240_000 }, () => {
    expect(soffice, 'soffice not found: install libreoffice-writer-nogui (npm test does this when run as root)').not.toBe('');
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'appi-lo-'));
    try {
      const result = spawnSync(
        soffice,
        [`-env:UserInstallation=file://${path.join(work, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', work, ...docs.map((doc) => doc.file)],
        { encoding: 'utf8', timeout: 230_000 },
      );
      expect(result.status, result.stderr).toBe(0);
      for (const doc of docs) {
        const pdf = path.join(work, `${path.basename(doc.file, '.docx')}.pdf`);
        expect(fs.existsSync(pdf), pdf).toBe(true);
        const text = squash(pdfText(pdf));
        for (const expected of doc.expect) expect(text, `${path.basename(doc.file)}: ${expected}`).toContain(expected);
      }
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  });
});
