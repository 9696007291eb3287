import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportResult } from '../../shared/contract/exports';
import { firstMissingInOrder, squash } from './expected';
import { docxText, pdfFonts, pdfPages, pngs, save } from './files';
import { readingLanes } from './pdf-text';
import { exportOf, exportWorkspace, TODAY, type ExportWorkspace } from './records';

/**
 * The notification timing report through `exports.timing`: the incidents known in the period, each report and
 * notice with its due date, when it was sent and on time / late / open, and the totals.
 */
let ws: ExportWorkspace;
const files = new Map<string, { result: ExportResult; file: string }>();

beforeAll(async () => {
  ws = await exportWorkspace();
  // A second card leak whose 速報 went out a day late.
  const late = (await ws.core.dispatch('incidents.create', {
    companyId: ws.companyId,
    title: '会員サイトへの不正アクセス',
    breachKind: 'leak',
    knownAt: '2026-12-01T09:00+09:00',
    dataItems: ['name', 'creditCard'],
    wrongfulPurpose: true,
    individualsKind: 'exact',
    individuals: 40,
    highLevelEncryption: false,
  }, ws.core.workspace().id)) as { ok: true; value: { id: number } };
  const list = (await ws.core.dispatch('notifications.list', { incidentId: late.value.id }, ws.core.workspace().id)) as { ok: true; value: { items: { id: number; revision: number; notificationKind: string }[] } };
  const preliminary = list.value.items.find((n) => n.notificationKind === 'ppc_preliminary')!;
  await ws.core.dispatch('notifications.markSent', { id: preliminary.id, revision: preliminary.revision, sentAt: '2026-12-06T10:00+09:00', method: 'PPCウェブフォーム' }, ws.core.workspace().id);
  for (const lang of ['ja', 'en', 'both'] as const) {
    for (const format of ['pdf', 'docx'] as const) {
      const result = await exportOf(ws.core, 'exports.timing', { from: '2026-11-01', to: '2026-12-31', format, lang });
      files.set(`${lang}.${format}`, { result, file: save(result, `timing-${lang}.${format}`) });
    }
  }
  pngs(files.get('ja.pdf')!.file, 2);
  pngs(files.get('en.pdf')!.file, 1);
}, 120_000);

afterAll(() => ws?.close());

describe('exports.timing', () => {
  it('lists each incident of the period, oldest first, with each deadline, when it was sent and the result', () => {
    const text = squash(readingLanes(files.get('ja.pdf')!.file).main);
    expect(
      firstMissingInOrder(
        ['報告・通知の期限遵守状況報告書', '集計', '対象期間（把握日）', '2026年11月1日〜2026年12月31日', '事案別の状況',
          '社内名簿の紛失', '2026年11月2日', '報告対象外',
          '会員サイトへの不正アクセス', '2026年12月1日', '速報', '2026年12月5日', '2026年12月6日', '1日遅れ', '確報', '2027年1月29日', '未送信', 'あと31日',
          '調査中の事案', '2026年12月28日',
          'ECサイトのカード番号漏えい', '2026年12月28日', '速報', '2027年1月1日', '（目安2026年12月30日）', '2026年12月29日', '期限内'],
        text,
      ),
    ).toBeNull();
  });

  it('counts the totals: on time, late, and open with those overdue', () => {
    const text = squash(readingLanes(files.get('ja.pdf')!.file).main);
    expect(text).toContain('事案数4件');
    expect(text).toContain('期限内に送信1件');
    expect(text).toContain('期限後に送信1件');
    expect(text).toMatch(/未送信\d+件/);
    const en = squash(readingLanes(files.get('en.pdf')!.file).main);
    expect(firstMissingInOrder(['NotificationTimingReport', 'Incidents4', 'Sentontime1', 'Sentlate1', 'lateby1day', 'ontime'], en)).toBeNull();
  });

  it('renders in ja, en and both, as PDF with subset fonts and as Word', () => {
    for (const lang of ['ja', 'en', 'both']) {
      const pdf = files.get(`${lang}.pdf`)!;
      expect(pdfPages(pdf.file)).toBe(pdf.result.pageCount);
      for (const row of pdfFonts(pdf.file)) expect(row).toMatch(/^[A-Z]{6}\+Noto(Serif|Sans)JP-(Regular|Bold)\s.*\byes\s+yes\s+yes\b/);
      const docx = squash(docxText(files.get(`${lang}.docx`)!.file));
      expect(docx).toContain(lang === 'en' ? 'NotificationTimingReport' : '報告・通知の期限遵守状況報告書');
    }
    expect(files.get('ja.pdf')!.result.fileName).toBe(`${TODAY}_期限遵守状況_2026-11-01_2026-12-31.pdf`);
  });

  it('refuses a period that ends before it starts, naming `to`', async () => {
    const bad = await ws.core.dispatch('exports.timing', { from: '2026-12-31', to: '2026-11-01', format: 'pdf', lang: 'ja' }, ws.core.workspace().id);
    expect(bad).toMatchObject({ ok: false, error: { code: 'validation', path: ['to'] } });
  });
});
