import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { RegisterSpec } from '../../main/core/exports/registers/register-columns';
import { fittedWidth, writeRegisterXlsx } from '../../main/core/exports/registers/xlsx';

/** The register xlsx writer: headers in the asked language, frozen header row, filter over the table, fitted widths. */
interface Row {
  name: string;
  people: number;
  note: string;
}

const spec: RegisterSpec<Row> = {
  kind: 'sample',
  titleJa: '個人情報管理台帳',
  titleEn: 'Personal Data Inventory',
  columns: [
    { key: 'name', headerJa: '名称', headerEn: 'Name', value: (row) => row.name },
    { key: 'people', headerJa: '人数', headerEn: 'People', value: (row) => row.people },
    { key: 'note', headerJa: '備考', headerEn: 'Note', value: (row) => row.note || null },
  ],
  entryTitle: (row) => row.name,
};

const rows: Row[] = [
  { name: '顧客名簿（通販サイト会員）', people: 12000, note: '' },
  { name: 'Applicants', people: 35, note: '一行目\n二行目' },
];

async function read(lang: 'ja' | 'en') {
  const bytes = await writeRegisterXlsx(spec, rows, { lang, company: 'A&B株式会社', now: new Date('2026-12-29T01:00:00Z') });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

describe('register xlsx', () => {
  it('writes the Japanese headers, the values and numbers as numbers', async () => {
    const sheet = (await read('ja')).worksheets[0]!;
    expect(sheet.name).toBe('個人情報管理台帳');
    expect(sheet.getRow(1).values).toEqual([undefined, '名称', '人数', '備考']);
    expect(sheet.getCell('A2').value).toBe('顧客名簿（通販サイト会員）');
    expect(sheet.getCell('B2').value).toBe(12000);
    expect(sheet.getCell('C2').value).toBeNull();
    expect(sheet.getCell('C3').value).toBe('一行目\n二行目');
    expect(sheet.rowCount).toBe(3);
  });

  it('writes English headers when asked', async () => {
    const sheet = (await read('en')).worksheets[0]!;
    expect(sheet.name).toBe('Personal Data Inventory');
    expect(sheet.getRow(1).values).toEqual([undefined, 'Name', 'People', 'Note']);
  });

  it('freezes the header row, filters the whole table and sizes columns to fit', async () => {
    const sheet = (await read('ja')).worksheets[0]!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:C3');
    // 顧客名簿（通販サイト会員） is 13 wide characters: 26 units, plus padding.
    expect(sheet.getColumn(1).width).toBe(28);
    expect(sheet.getColumn(2).width).toBeGreaterThanOrEqual(6);
    expect(sheet.headerFooter.oddHeader).toContain('A&&B株式会社');
  });

  it('caps a long column and never makes one narrower than its header', () => {
    expect(fittedWidth('名称', ['x'.repeat(500)])).toBe(60);
    expect(fittedWidth('最終見直し日', [''])).toBe(14);
  });
});
