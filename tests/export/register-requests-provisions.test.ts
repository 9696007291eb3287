import { execFileSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportResult } from '../../shared/contract/exports';
import { call } from '../integration/core/helpers';
import { docxText, pngs, save } from './files';
import { exportWorkspace, type ExportWorkspace } from './records';

/**
 * The requests-and-complaints log and the third-party provision records through `exports.register`: .xlsx read back
 * with exceljs, PDF and Word read as text in Japanese and English, PNGs of the PDF's first page to look at.
 */
let ws: ExportWorkspace;

async function exported(register: 'requests' | 'provisions', format: 'xlsx' | 'pdf' | 'docx', lang: 'ja' | 'en'): Promise<{ result: ExportResult; file: string }> {
  const result = (await call(ws.core, 'exports.register', { register, companyId: ws.companyId, format, lang })) as ExportResult;
  return { result, file: save(result, `register-${register}-${lang}.${format}`) };
}

const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });

beforeAll(async () => {
  ws = await exportWorkspace();
  await call(ws.core, 'requests.create', {
    companyId: ws.companyId,
    receivedOn: '2026-11-02',
    channel: 'post',
    requester: '受付番号R-0012',
    requestKind: 'disclosure',
    requestSummary: '購入履歴の開示請求（電磁的記録での提供を希望）',
    disclosureMethod: 'electronic',
    identityCheck: 'verified',
    identityMethod: '運転免許証の写し',
    feeYen: 1000,
    feeReceivedOn: '2026-11-05',
    outcome: 'complied',
    closedOn: '2026-11-12',
    responseMethod: 'electronic',
    answer: '購入履歴をCSVファイルで提供しました。',
    steps: [{ doneOn: '2026-11-05', stepNote: '本人確認書類と手数料を受領' }],
  });
  await call(ws.core, 'requests.create', {
    companyId: ws.companyId,
    receivedOn: '2026-12-01',
    channel: 'phone',
    requestKind: 'complaint',
    requestSummary: '配信停止後もメールマガジンが届くとの苦情',
    identityCheck: 'not_needed',
  });
  await call(ws.core, 'provisions.create', {
    companyId: ws.companyId,
    direction: 'received',
    recordForm: 'bundled',
    counterparty: '名簿販売株式会社',
    counterpartyAddress: '大阪府大阪市北区梅田1-1-1',
    counterpartyRepresentative: '佐藤 一郎',
    firstOn: '2026-01-15',
    lastOn: '2026-11-30',
    person: '展示会来場者名簿の掲載者',
    provisionItems: '氏名、勤務先、メールアドレス',
    provisionBasis: 'opt_out',
    providerAcquisition: '展示会の来場登録フォームで本人から取得',
    ppcPublished: true,
  });
});

afterAll(() => ws?.close());

describe('requests and provision registers', () => {
  it('writes the requests log as a sheet, oldest first, with real dates and the fee in yen', async () => {
    const { file } = await exported('requests', 'xlsx', 'ja');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0]!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(headers).toEqual(expect.arrayContaining(['受付日', '種類', '社内の回答目標日', '対応結果', '応じない理由', '根拠条文']));
    const col = (name: string) => headers.indexOf(name) + 1;
    expect(sheet.getRow(2).getCell(col('受付日')).value).toBeInstanceOf(Date);
    expect(sheet.getRow(2).getCell(col('種類')).value).toBe('開示（法第33条第1項）');
    expect(sheet.getRow(2).getCell(col('手数料')).value).toBe('1,000円');
    expect(sheet.getRow(3).getCell(col('種類')).value).toBe('苦情（法第40条）');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('prints the requests log and the provision records in ja and en without empty placeholders or the other language', async () => {
    for (const register of ['requests', 'provisions'] as const) {
      for (const lang of ['ja', 'en'] as const) {
        const pdf = pdfText((await exported(register, 'pdf', lang)).file);
        const docx = docxText((await exported(register, 'docx', lang)).file);
        for (const text of [pdf, docx]) {
          expect(text).not.toContain('未記入');
          expect(text).not.toMatch(/undefined|null|NaN|\[object/);
        }
        if (lang === 'en') expect(pdf).not.toMatch(/開示（法|提供ごと|一括して作成|本人の同意/);
        if (register === 'provisions') {
          expect(pdf).toContain(lang === 'ja' ? '2029年11月30日' : 'November 30, 2029');
          expect(pdf).toContain(lang === 'ja' ? '施行規則第24条' : 'Enforcement Rules Art. 24');
        } else {
          expect(pdf).toContain(lang === 'ja' ? '購入履歴をCSVファイルで提供しました。' : 'Disclosure (Art. 33(1))');
        }
        pngs((await exported(register, "pdf", lang)).file, 1);
      }
    }
  });
});
