import { execFileSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportResult } from '../../shared/contract/exports';
import { call } from '../integration/core/helpers';
import { docxText, pngs, save } from './files';
import { exportWorkspace, type ExportWorkspace } from './records';

/**
 * The inventory and entrustee registers through `exports.register`: .xlsx read back with exceljs, PDF and Word
 * read as text, in Japanese and English, and PNGs of the PDF's first pages to look at.
 */
let ws: ExportWorkspace;

async function exported(register: 'inventory' | 'entrustees', format: 'xlsx' | 'pdf' | 'docx', lang: 'ja' | 'en'): Promise<{ result: ExportResult; file: string }> {
  const result = (await call(ws.core, 'exports.register', { register, companyId: ws.companyId, format, lang })) as ExportResult;
  return { result, file: save(result, `register-${register}-${lang}.${format}`) };
}

const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });

beforeAll(async () => {
  ws = await exportWorkspace();
  const carrier = await call(ws.core, 'entrustees.create', {
    companyId: ws.companyId,
    entrusteeName: '株式会社配送センター',
    entrusteeAddress: '埼玉県川口市本町1-2-3',
    entrustedWork: '商品の発送',
    contractOn: '2025-04-01',
    contractRef: '業務委託基本契約書（2025年4月1日）',
    clauses: ['safety_measures', 'confidentiality', 'return_deletion', 'breach_report'],
    reEntrustment: 'prohibited',
    checks: [
      { checkKind: 'selection', checkedOn: '2025-03-10', checkMethod: 'questionnaire', checkResult: 'suitable', checkedBy: '総務部 佐藤' },
      { checkKind: 'periodic', checkedOn: '2026-03-12', checkMethod: 'on_site', checkResult: 'needs_improvement', checkNote: '入退室記録の保管期間が短い', nextDueOn: '2026-09-30' },
    ],
  });
  await call(ws.core, 'inventory.create', {
    companyId: ws.companyId,
    entryName: '通販サイト会員情報',
    subjects: ['members'],
    heldItems: ['name', 'address', 'email', 'creditCard'],
    peopleCount: 12000,
    purposes: ['商品の発送', '新商品のご案内'],
    acquisition: 'direct_written',
    storageMedium: 'electronic',
    storageSystem: '会員管理システム',
    entrusteeIds: [carrier.id],
    measuresOrganizational: '取扱規程、責任者の設置',
    measuresHuman: '年1回の研修',
    measuresPhysical: 'サーバールームの入退室管理',
    measuresTechnical: 'アクセス制御、通信の暗号化',
    ownerDepartment: 'EC事業部',
    lastReviewedOn: '2026-04-01',
  });
  await call(ws.core, 'inventory.create', {
    companyId: ws.companyId,
    entryName: '健康診断結果',
    subjects: ['employees'],
    heldItems: ['name', 'healthCheck'],
    peopleCount: 180,
    acquisition: 'third_party',
    storageMedium: 'paper',
    storageLocation: '人事部の施錠キャビネット',
    ownerDepartment: '人事部',
  });
});

afterAll(() => ws?.close());

describe('register exports', () => {
  it('writes the inventory as a sheet with Japanese headers, real dates, a frozen header and a filter', async () => {
    const { result, file } = await exported('inventory', 'xlsx', 'ja');
    expect(result.fileName).toBe('2026-12-29_個人情報管理台帳_株式会社サンプル.xlsx');
    expect(result.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0]!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(headers).toContain('組織的安全管理措置');
    expect(headers).toContain('技術的安全管理措置');
    expect(sheet.rowCount).toBe(3);
    const name = headers.indexOf('個人情報の名称') + 1;
    expect(sheet.getRow(2).getCell(name).value).toBe('健康診断結果');
    const items = headers.indexOf('項目') + 1;
    expect(sheet.getRow(2).getCell(items).value).toBe('氏名、健康診断等の結果（要配慮）');
    const reviewed = headers.indexOf('最終見直し日') + 1;
    expect(sheet.getRow(3).getCell(reviewed).value).toEqual(new Date('2026-04-01T00:00:00Z'));
    expect(sheet.getRow(3).getCell(headers.indexOf('委託先') + 1).value).toBe('株式会社配送センター');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toMatch(/^A1:[A-Z]+3$/);
  });

  it('writes English headers and words for the entrustees', async () => {
    const { result, file } = await exported('entrustees', 'xlsx', 'en');
    expect(result.fileName).toMatch(/^2026-12-29_Register of Entrustees_.+\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0]!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(headers).toEqual(expect.arrayContaining(['Entrustee', 'Data-protection clauses', 'Next check due']));
    const clauses = sheet.getRow(2).getCell(headers.indexOf('Data-protection clauses') + 1).value;
    expect(clauses).toBe('safety measures, confidentiality, reporting breaches, return or deletion at the end');
    expect(sheet.getRow(2).getCell(headers.indexOf('Last result') + 1).value).toBe('needs improvement');
    expect(sheet.getRow(2).getCell(headers.indexOf('Next check due') + 1).value).toEqual(new Date('2026-09-30T00:00:00Z'));
  });

  it('prints the inventory as a PDF in Japanese: overview, each entry, no 未記入 and no English', async () => {
    const { file } = await exported('inventory', 'pdf', 'ja');
    pngs(file, 2);
    const text = pdfText(file);
    expect(text).toContain('個人情報管理台帳');
    expect(text).toContain('技術的安全管理措置');
    expect(text).toContain('2026年4月1日');
    expect(text).toContain('12,000');
    expect(text).not.toContain('未記入');
    expect(text).not.toMatch(/\b(undefined|null|NaN)\b/);
    expect(text).not.toMatch(/Entrustee|Technical measures/);
  });

  it('prints the entrustees in English as Word and PDF with the checks', async () => {
    const word = await exported('entrustees', 'docx', 'en');
    const text = docxText(word.file);
    expect(text).toContain('Register of Entrustees');
    expect(text).toContain('needs improvement');
    expect(text).not.toMatch(/未記入|not provided/);
    const pdf = await exported('entrustees', 'pdf', 'en');
    pngs(pdf.file, 2);
    expect(pdfText(pdf.file)).toContain('September 30, 2026');
  });

  it('refuses a bilingual sheet and names the language field', async () => {
    const envelope = await ws.core.dispatch('exports.register', { register: 'inventory', companyId: ws.companyId, format: 'xlsx', lang: 'both' }, ws.core.workspace().id);
    expect(envelope.ok).toBe(false);
    if (!envelope.ok) expect(envelope.error.issues?.[0]).toMatchObject({ path: ['lang'], message: { ja: expect.stringContaining('言語') } });
  });
});
