import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Input } from '../../shared/contract';
import type { ExportResult, IncidentDocument } from '../../shared/contract/exports';
import { call } from '../integration/core/helpers';
import { squash } from './expected';
import { docxPart, docxText, pdfPages, pngs, save } from './files';
import { noticeFor, noticeWorkspace, type NoticeWorkspace } from './notice-records';
import { readingLanes, textBlocks } from './pdf-text';
import { exportOf } from './records';

/**
 * The notice to individuals and the public announcement as their readers get them, through `exports.incident`:
 * the salutation from the notification's addressee, です・ます throughout (the report's plain form converted or
 * replaced), the sender once, 記 before the items and 以上 after the last, one A4 page for a typical record, and
 * English documents with no Japanese when the record is in English.
 */
let ws: NoticeWorkspace;
const files = new Map<string, { result: ExportResult; file: string }>();
const key = (id: string, document: string, lang: string, format: string) => `notice-${id}-${document}-${lang}.${format}`;
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef\u3000-\u303f〒]/;

async function exportTo(id: string, incidentId: number, document: IncidentDocument, lang: 'ja' | 'en' | 'both', format: 'pdf' | 'docx') {
  const result = await exportOf(ws.core, 'exports.incident', { incidentId, document, format, lang });
  const name = key(id, document, lang, format);
  files.set(name, { result, file: save(result, name) });
}

const pdf = (id: string, document: string, lang: string) => files.get(key(id, document, lang, 'pdf'))!.file;
const docx = (id: string, document: string, lang: string) => files.get(key(id, document, lang, 'docx'))!.file;
const body = (file: string) => squash(readingLanes(file).main);

beforeAll(async () => {
  ws = await noticeWorkspace();
  const cases = [
    ['leak', ws.leakId],
    ['malware', ws.malwareId],
    ['english', ws.englishId],
  ] as const;
  for (const [id, incidentId] of cases) {
    for (const document of ['individuals_notice', 'public_announcement'] as const) {
      for (const lang of ['ja', 'en'] as const) {
        for (const format of ['pdf', 'docx'] as const) await exportTo(id, incidentId, document, lang, format);
        pngs(pdf(id, document, lang), 2);
      }
    }
  }
}, 180_000);

afterAll(() => ws?.close());

describe('notice to individuals', () => {
  it('opens with the addressee of the notification: 従業員各位 for a notice to employees, never お客様各位', () => {
    const text = body(pdf('malware', 'individuals_notice', 'ja'));
    expect(text).toContain('従業員各位');
    expect(text).not.toContain('お客様');
    expect(body(pdf('english', 'individuals_notice', 'en'))).toContain('DearMembers,');
  });

  it('is written in です・ます: the report’s 「感染した。」 becomes 「感染しました。」 and no plain-form sentence is left', () => {
    const text = body(pdf('malware', 'individuals_notice', 'ja'));
    expect(text).toContain('マルウェアに感染しました。');
    expect(text).toContain('確認されていません。');
    // The cause (「…開いたことによる。」) cannot be converted safely, so the letter proposes its own polite sentence.
    expect(text).not.toContain('ことによる。');
    expect(text).toContain('不正な行為によるものと考えております。');
    for (const plain of text.match(/[^ま]した。|ていない。|である。|による。/g) ?? []) expect.fail(`plain form left: ${plain}`);
  });

  it('names the sender once, puts 記 before the items and 以上 after the last, and fits on one page', () => {
    for (const id of ['leak', 'malware'] as const) {
      const file = pdf(id, 'individuals_notice', 'ja');
      const text = body(file);
      expect(text.split('株式会社サンプル').length - 1, id).toBe(1);
      expect(text.split('山田太郎').length - 1, id).toBe(1);
      const order = ['お詫び申し上げます', '記', '1.概要', '2.対象となる個人情報の項目', '3.原因', '4.二次被害又はそのおそれ', 'お問い合わせ窓口', 'desk@sample.co.jp', '以上'];
      let at = -1;
      for (const part of order) {
        const next = text.indexOf(part, at + 1);
        expect(next, `${id}: ${part}`).toBeGreaterThan(at);
        at = next;
      }
      expect(text.endsWith('以上'), id).toBe(true);
      expect(pdfPages(file), id).toBe(1);
      expect(pdfPages(pdf(id, 'individuals_notice', 'en')), `${id} en`).toBe(1);
    }
  });

  it('offers what the individual can do for the data involved: card statements for card numbers', () => {
    const text = body(pdf('leak', 'individuals_notice', 'ja'));
    expect(text).toContain('5.ご注意いただきたいこと');
    expect(text).toContain('クレジットカードのご利用明細');
    expect(body(pdf('malware', 'individuals_notice', 'ja'))).not.toContain('クレジットカード');
  });

  it('in English holds no Japanese character, label or 〒 when the record is in English (PDF and Word)', () => {
    const text = readingLanes(pdf('english', 'individuals_notice', 'en')).main;
    expect(text.match(JAPANESE)).toBeNull();
    expect(docxText(docx('english', 'individuals_notice', 'en')).match(JAPANESE)).toBeNull();
    expect(squash(text)).toContain('2-2Marunouchi,Chiyoda-ku,Tokyo100-0005');
    expect(squash(text)).toContain('Sincerely,');
    expect(squash(text).split('EnglishCo.,Ltd.').length - 1).toBe(1);
  });

  it('keeps the desk table together in Word: rows that cannot split and keep with the next', () => {
    const xml = docxPart(docx('leak', 'individuals_notice', 'ja'), 'word/document.xml');
    expect(xml).toContain('<w:cantSplit/>');
    expect(xml).toContain('<w:keepNext/>');
  });
});

describe('public announcement', () => {
  it('says why individuals are not told one by one, the notice’s items, and that the desk answers whether one’s data is concerned', () => {
    const text = body(pdf('leak', 'public_announcement', 'ja'));
    const order = ['株式会社サンプル', '当社における個人情報の漏えいに関するお詫びとお知らせ', '個別にご連絡することが困難', '1.概要', '3.原因', 'ご自身の個人情報が対象となっているかどうか', '個人情報お問い合わせ窓口', '以上'];
    let at = -1;
    for (const part of order) {
      const next = text.indexOf(part, at + 1);
      expect(next, part).toBeGreaterThan(at);
      at = next;
    }
    expect(text).not.toContain('各位');
    expect(pdfPages(pdf('leak', 'public_announcement', 'ja'))).toBe(1);
  });

  it('in English holds no Japanese when the record is in English (PDF and Word)', () => {
    expect(readingLanes(pdf('english', 'public_announcement', 'en')).main.match(JAPANESE)).toBeNull();
    expect(docxText(docx('english', 'public_announcement', 'en')).match(JAPANESE)).toBeNull();
    expect(body(pdf('english', 'public_announcement', 'en'))).toContain('Youcanaskthedeskbelowwhetheryourpersonalinformationisconcerned.');
  });
});

describe('the letter as edited', () => {
  it('prints the user’s own texts and chosen actions instead of the proposal', async () => {
    const notice = await noticeFor(ws.core, ws.leakId);
    await call(ws.core, 'notifications.update', {
      id: notice.id,
      revision: notice.revision,
      recipient: '',
      method: '電子メール',
      note: '',
      dueDate: null,
      alternativeMeasure: false,
      addressee: 'named',
      addresseeName: '佐々木花子',
      letter: { ja: { cause: '決済代行会社のシステムに対する不正アクセスによるものです。' }, en: {}, actions: ['phishing'], deskId: null },
    } as Input<'notifications.update'>);
    await exportTo('edited', ws.leakId, 'individuals_notice', 'ja', 'pdf');
    const text = body(pdf('edited', 'individuals_notice', 'ja'));
    expect(text).toContain('佐々木花子様');
    expect(text).toContain('決済代行会社のシステムに対する不正アクセスによるものです。');
    expect(text).toContain('不審な電子メール');
    expect(text).not.toContain('クレジットカードのご利用明細');
  });
});

describe('page layout', () => {
  it('never splits the desk table across pages, whatever the length of the letter', async () => {
    const notice = await noticeFor(ws.core, ws.malwareId);
    let revision = notice.revision;
    const sentence = '当社は、関係機関と連携し、対象となる方への影響を確認しております。';
    for (let n = 4; n <= 40; n += 3) {
      const done = await call(ws.core, 'notifications.update', {
        id: notice.id,
        revision,
        recipient: '',
        method: '書面',
        note: '',
        dueDate: null,
        alternativeMeasure: false,
        letter: { ja: { overview: sentence.repeat(n) }, en: {}, actions: null, deskId: null },
      } as Input<'notifications.update'>);
      revision = done.revision;
      await exportTo(`long${n}`, ws.malwareId, 'individuals_notice', 'ja', 'pdf');
      const blocks = textBlocks(pdf(`long${n}`, 'individuals_notice', 'ja'));
      const pageOf = (text: string) => blocks.find((block) => squash(block.lines.join('')).includes(text))?.page;
      const first = pageOf('個人情報お問い合わせ窓口');
      expect(first, `n=${n}`).toBeDefined();
      expect(pageOf('desk@sample.co.jp'), `n=${n}`).toBe(first);
      expect(pageOf('月〜金曜日'), `n=${n}`).toBe(first);
    }
  }, 120_000);
});
