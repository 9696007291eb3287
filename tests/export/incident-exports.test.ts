import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportResult, IncidentDocument } from '../../shared/contract/exports';
import type { DocumentLang, Lang } from '../../main/core/export/model';
import { buildIncidentDocument } from '../../main/core/exports/incident';
import { expectedLanes, firstMissingInOrder, squash } from './expected';
import { docxPart, docxText, pdfFonts, pdfPages, pngs, save } from './files';
import { readingLanes } from './pdf-text';
import { EMOJI, exportOf, exportWorkspace, RARE_KANJI, recordOf, reportTexts, TODAY, type ExportWorkspace } from './records';

/**
 * Incident documents exported through `exports.incident` from records made through the real core: each document
 * in both formats and three languages holds every text of its model in order (PDF read back with pdftotext,
 * Word from document.xml), embeds subset fonts, has a sane page count, marks empty items 未記入 / "not provided",
 * and reports the characters it replaced.
 */
const documents: readonly IncidentDocument[] = ['ppc_preliminary', 'ppc_final', 'individuals_notice', 'public_announcement', 'summary'];
const forIndividuals = (document: IncidentDocument) => document === 'individuals_notice' || document === 'public_announcement';
const langs: readonly DocumentLang[] = ['ja', 'en', 'both'];
// The emoji is drawn as written by the fallback face (Noto Emoji); the rare kanji no embedded face has is marked.
const mark = (text: string, lang: Lang) => text.replaceAll(RARE_KANJI, lang === 'ja' ? '〓' : '□');

let ws: ExportWorkspace;
const results = new Map<string, { result: ExportResult; file: string }>();
const key = (document: string, format: string, lang: string, id = 'leak') => `${id}-${document}-${lang}.${format}`;

beforeAll(async () => {
  ws = await exportWorkspace();
  for (const document of documents) {
    for (const lang of langs) {
      for (const format of ['pdf', 'docx'] as const) {
        const result = await exportOf(ws.core, 'exports.incident', { incidentId: ws.leakId, document, format, lang });
        results.set(key(document, format, lang), { result, file: save(result, key(document, format, lang)) });
        const empty = await exportOf(ws.core, 'exports.incident', { incidentId: ws.emptyId, document, format, lang });
        results.set(key(document, format, lang, 'empty'), { result: empty, file: save(empty, key(document, format, lang, 'empty')) });
      }
    }
  }
  for (const document of documents) pngs(results.get(key(document, 'pdf', 'ja'))!.file, 3);
  pngs(results.get(key('ppc_final', 'pdf', 'en'))!.file, 3);
  pngs(results.get(key('individuals_notice', 'pdf', 'en'))!.file, 2);
  pngs(results.get(key('ppc_preliminary', 'pdf', 'ja', 'empty'))!.file, 2);
}, 180_000);

afterAll(() => ws?.close());

async function expected(document: IncidentDocument, lang: DocumentLang, id: number, withMarks: boolean) {
  const record = await recordOf(ws.core, id);
  const doc = buildIncidentDocument(record, document, { lang, today: TODAY });
  return expectedLanes(doc, withMarks ? mark : undefined).main;
}

describe.each(documents)('exports.incident %s', (document) => {
  it.each(langs)('PDF (%s) holds every text of the document in order, in embedded subset fonts', async (lang) => {
    const { result, file } = results.get(key(document, 'pdf', lang))!;
    expect(result.mimeType).toBe('application/pdf');
    const texts = await expected(document, lang, ws.leakId, true);
    expect(texts.length).toBeGreaterThan(10);
    expect(firstMissingInOrder(texts, squash(readingLanes(file).main))).toBeNull();
    const fonts = pdfFonts(file);
    expect(fonts.length).toBeGreaterThanOrEqual(2);
    for (const row of fonts) expect(row).toMatch(/^[A-Z]{6}\+(Noto(Serif|Sans)JP-(Regular|Bold)|NotoEmoji-Regular)\s.*\byes\s+yes\s+yes\b/);
    const pages = pdfPages(file);
    expect(pages).toBe(result.pageCount);
    expect(pages).toBeGreaterThanOrEqual(lang === 'both' ? 2 : 1);
    expect(pages).toBeLessThanOrEqual(lang === 'both' ? 10 : 5);
  });

  it.each(langs)('Word (%s) holds every text in order, with ja-JP set in its styles', async (lang) => {
    const { result, file } = results.get(key(document, 'docx', lang))!;
    expect(result.fileName).toMatch(/\.docx$/);
    expect(result.replacedCharacters).toEqual([]);
    const texts = await expected(document, lang, ws.leakId, false);
    expect(firstMissingInOrder(texts, squash(docxText(file)))).toBeNull();
    // Japanese line breaking: the document defaults mark East Asian text ja-JP (runs take it from the styles).
    expect(docxPart(file, 'word/styles.xml')).toMatch(/<w:docDefaults>[\s\S]*w:eastAsia="ja-JP"/);
  });

  it.each(langs)('an incident with nothing filled in still exports (%s), its gaps marked as the document says them', async (lang) => {
    for (const format of ['pdf', 'docx'] as const) {
      const { file } = results.get(key(document, format, lang, 'empty'))!;
      const text = squash(format === 'pdf' ? readingLanes(file).main : docxText(file));
      expect(firstMissingInOrder(await expected(document, lang, ws.emptyId, false), text)).toBeNull();
      if (forIndividuals(document)) {
        // A letter or announcement to individuals says what is not known yet in words, never 未記入.
        expect(text, `${format} ${lang}`).not.toContain('未記入');
        expect(text, `${format} ${lang}`).not.toContain('notprovided');
        continue;
      }
      if (document === 'ppc_preliminary' || document === 'ppc_final') {
        // A report to the PPC says what is not known yet as 調査中 / 確認中 (appi.md §3), never 未記入.
        expect(text, `${format} ${lang}`).not.toContain('未記入');
        expect(text, `${format} ${lang}`).not.toContain('notprovided');
        if (lang !== 'en') expect(text, `${format} ${lang}`).toContain('調査中');
        if (lang !== 'ja') expect(text, `${format} ${lang}`).toContain('Underinvestigation');
        continue;
      }
      if (lang !== 'en') expect(text, `${format} ${lang}`).toContain('未記入');
      if (lang !== 'ja') expect(text, `${format} ${lang}`).toContain('notprovided');
    }
  });
});

describe('exports.incident, the details', () => {
  it('names the file by date, document and title, safe for Windows', () => {
    expect(results.get(key('ppc_preliminary', 'pdf', 'ja'))!.result.fileName).toBe(`${TODAY}_速報_ECサイトのカード番号漏えい.pdf`);
    expect(results.get(key('ppc_final', 'docx', 'en'))!.result.fileName).toBe(`${TODAY}_final-report_ECサイトのカード番号漏えい.docx`);
  });

  it('draws the emoji with the fallback face, as written; reports the rare kanji no face has and draws 〓 in its place', () => {
    const { result, file } = results.get(key('ppc_final', 'pdf', 'ja'))!;
    expect(result.replacedCharacters).toEqual([RARE_KANJI]);
    const text = squash(readingLanes(file).main);
    expect(text).toContain(squash(mark(reportTexts.reportOther, 'ja')));
    expect(text).toContain(EMOJI);
    expect(text).not.toContain(RARE_KANJI);
  });

  it('puts the nine items of Rule Art. 8(1) in order with their citations, and the reporter block and dates', () => {
    const text = squash(readingLanes(results.get(key('ppc_final', 'pdf', 'ja'))!.file).main);
    const nine = Array.from({ length: 9 }, (_, i) => `（${i + 1}）`);
    expect(firstMissingInOrder(['個人情報保護委員会御中', '報告者', '株式会社サンプル', '代表取締役社長山田太郎', '担当者の役職個人情報保護管理者', '担当者の氏名佐藤花子', ...nine], text)).toBeNull();
    for (let n = 1; n <= 9; n++) expect(text).toContain(`施行規則第8条第1項第${n}号`);
    expect(firstMissingInOrder(['発生日時', '2026年12月27日18:00', '発覚日時', '2026年12月28日22:00', '報告対象事態を知った日時', '2026年12月28日23:30'], text)).toBeNull();
    expect(text).toContain('速報の報告日時2026年12月29日09:30');
    expect(text).toContain('速報の受付番号PPC-2026-0001');
    // The situation as the PPC form asks it (Rule Art. 7's wording), without the tool's reasoning or verdict.
    expect(text).toContain('不正に利用されることにより財産的被害が生じるおそれがある個人データの漏えい等（第2号）');
    expect(text).not.toContain('報告対象に当たります');
    // The 速報's open item says 調査中 because the user wrote so; nothing else is invented.
    expect(text).toContain('（8）再発防止のための措置施行規則第8条第1項第8号調査中');
  });

  it('marks the corrected timeline event and rates each notification against its due date in the summary', () => {
    const text = squash(readingLanes(results.get(key('summary', 'pdf', 'ja'))!.file).main);
    // Events are listed by time: the correction (21:45) comes before the event it corrects (22:00).
    expect(text).toContain('［No.2の訂正］カード会社から不正利用の連絡を受けた（時刻を訂正）');
    expect(text).toContain('［No.1で訂正済み］カード会社から不正利用の連絡を受けた');
    expect(firstMissingInOrder(['速報', '個人情報保護委員会', '2027年1月1日', '2026年12月29日09:30', '期限内'], text)).toBeNull();
    expect(firstMissingInOrder(['本人への通知', '本人', '2026年12月30日', '未送信', 'あと1日'], text)).toBeNull();
    const en = squash(readingLanes(results.get(key('summary', 'pdf', 'en'))!.file).main);
    expect(en).toContain('ontime');
    // The 確報 has a statutory day count; the notice to individuals is "promptly", rated against its yardstick only.
    expect(en).toContain('finalreport個人情報保護委員会January26,2027notyetsentduein28days');
    expect(en).toContain('noticetotheindividuals本人December30,2026notyetsentpromptly(targetin1day)');
  });

  it('writes the notice as a letter: date, addressee, sender once, subject, 記, the Rule Art. 10 items, the desk from its record, 以上', () => {
    const text = squash(readingLanes(results.get(key('individuals_notice', 'pdf', 'ja'))!.file).main);
    expect(
      firstMissingInOrder(
        // No addressee chosen on the notification yet: a neutral salutation (notice-exports.test.ts covers the others).
        ['2026年12月29日', '関係者各位', '株式会社サンプル', '代表取締役社長山田太郎', '個人情報の漏えいに関するお詫びとお知らせ', 'お詫び申し上げます', '記', '1.概要', '2.対象となる個人情報の項目', '3.原因', '4.二次被害又はそのおそれ', '7.お問い合わせ窓口', '個人情報お問い合わせ窓口', '0120-123-456', 'desk@sample.co.jp', '月〜金曜日', '09:00〜17:00', '以上'],
        text,
      ),
    ).toBeNull();
    // The authorized organization's desk belongs in policies, not in this letter.
    expect(text).not.toContain('JIPDEC');
  });

  it('refuses an unknown incident with not_found naming incidentId, and a bad document with a validation error', async () => {
    const missing = await ws.core.dispatch('exports.incident', { incidentId: 99999, document: 'summary', format: 'pdf', lang: 'ja' }, ws.core.workspace().id);
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found', path: ['incidentId'] } });
    const bad = await ws.core.dispatch('exports.incident', { incidentId: ws.leakId, document: 'memo', format: 'pdf' }, ws.core.workspace().id);
    expect(bad).toMatchObject({ ok: false, error: { code: 'validation', path: ['document'] } });
  });
});
