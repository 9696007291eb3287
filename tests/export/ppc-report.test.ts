import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../main/core/api';
import { createCore } from '../../main/core/index';
import type { ExportResult } from '../../shared/contract/exports';
import type { Input } from '../../shared/contract';
import type { Notification } from '../../shared/domain/incident-notification';
import { call, sampleCompany, steppingClock } from '../integration/core/helpers';
import { cardLeak, minorLoss } from '../integration/incidents/helpers';
import { squash } from './expected';
import { docxPart, docxText, save } from './files';
import { NOW } from './records';

/**
 * The report to the PPC (issue #10 items 4–5), exported through the real core, ja and en, PDF and Word:
 * - filed: a sent 速報 exports from what was frozen when it was marked sent — identical text (pdftotext) and identical
 *   word/document.xml after the incident and the company are edited;
 * - content: no 未記入 / "not provided" and no blank value, each of the nine items of Rule Art. 8(1) once, no verdict or
 *   trigger reasoning, other authorities only as recorded and never contradicting item 9, the English report free of
 *   Japanese;
 * - drafts: 案 / DRAFT on every page header of an unsent report, none on a filed one; warnings before saving.
 */
interface Fixture {
  core: Core;
  dir: string;
  companyId: number;
  leakId: number;
  englishId: number;
  emptyId: number;
  minorId: number;
  preliminary: Notification;
}

let f: Fixture;

const reportTexts = {
  reportOverview: '2026年12月27日、当社ECサイトの決済画面が改ざんされ、入力されたクレジットカード番号等が外部に送信されていたことが判明しました。',
  reportCause: '決済画面を構成するファイルの脆弱性を突いた不正アクセスによるものと推測しています。',
  reportSecondaryDamage: '不正利用の被害が2件報告されています。',
  reportResponse: '対象のお客様へ順次、電子メールで連絡しています。',
  reportPublication: '当社ウェブサイトで公表する予定です。',
  reportOther: '所轄の警察署に相談しています。',
};

const englishTexts = {
  reportOverview: 'On 27 December 2026 the payment page of our online shop was altered and card numbers entered on it were sent to a third party.',
  reportCause: 'Unauthorized access exploiting a vulnerability in a file of the payment page.',
  reportSecondaryDamage: 'Two cases of fraudulent use have been reported.',
  reportResponse: 'We are emailing the customers concerned.',
  reportPublication: 'We will publish a notice on our website.',
  reportPrevention: 'Page integrity monitoring and a review of the payment provider integration.',
  reportOther: 'We consulted the police.',
};

beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'appi-ppc-'));
  const core = await createCore({ workspacePath: path.join(dir, 'w.sqlite'), userDataDir: path.join(dir, 'u'), osUser: 'tester', now: steppingClock(NOW) });
  const company = await call(
    core,
    'companies.create',
    sampleCompany({
      legalNameEn: 'Sample K.K.',
      addressEn: '1-1 Chiyoda, Chiyoda-ku, Tokyo',
      representativeTitleJa: '代表取締役社長',
      representativeNameJa: '山田太郎',
      representativeTitleEn: 'President',
      representativeNameEn: 'Taro Yamada',
      protectionManagerTitle: '個人情報保護管理者',
      protectionManagerName: '佐藤花子',
      corporateNumber: '7123456789012',
      industry: '小売業（通信販売）',
    }),
  );
  const leak = await call(core, 'incidents.create', {
    ...cardLeak(company.id),
    ...reportTexts,
    discoveredBy: 'カード会社',
    medium: 'electronic',
    secondaryDamage: 'yes',
    individualsResponse: 'planned',
    publication: 'planned',
  } as Input<'incidents.create'>);
  await call(core, 'notifications.plan', { incidentId: leak.id, notificationKind: 'other', recipient: '丸の内警察署', dueDate: '2026-12-29' });
  const other = (await call(core, 'notifications.list', { incidentId: leak.id })).items.find((n) => n.notificationKind === 'other')!;
  await call(core, 'notifications.markSent', { id: other.id, revision: other.revision, sentAt: '2026-12-29T08:00+09:00', method: '電話' });
  const preliminary = (await call(core, 'notifications.list', { incidentId: leak.id })).items.find((n) => n.notificationKind === 'ppc_preliminary')!;
  await call(core, 'notifications.markSent', { id: preliminary.id, revision: preliminary.revision, sentAt: '2026-12-29T09:30+09:00', method: 'PPCウェブフォーム', referenceNumber: 'PPC-2026-0001' });
  const english = await call(core, 'incidents.create', {
    ...cardLeak(company.id, { title: 'Card numbers skimmed', howDiscovered: 'A card company told us', knownBy: 'IT' }),
    ...englishTexts,
    discoveredBy: 'A card company',
    medium: 'electronic',
    secondaryDamage: 'yes',
    individualsResponse: 'done',
    publication: 'planned',
  } as Input<'incidents.create'>);
  const empty = await call(core, 'incidents.create', { companyId: company.id, title: '調査中の事案', breachKind: 'leak', knownAt: '2026-12-28T10:00+09:00' });
  const minor = await call(core, 'incidents.create', minorLoss(company.id));
  const sent = (await call(core, 'notifications.list', { incidentId: leak.id })).items.find((n) => n.id === preliminary.id)!;
  f = { core, dir, companyId: company.id, leakId: leak.id, englishId: english.id, emptyId: empty.id, minorId: minor.id, preliminary: sent };
}, 60_000);

afterAll(() => {
  f?.core.close();
  if (f) fs.rmSync(f.dir, { recursive: true, force: true });
});

type ExportInput = Input<'exports.incident'>;
const exported = async (input: Omit<ExportInput, 'format'> & { format: 'pdf' | 'docx' }, name: string) => {
  const result = (await call(f.core, 'exports.incident', input as ExportInput)) as ExportResult;
  return { result, file: save(result, `ppc-${name}.${input.format}`) };
};
/** Every word on every page, running header and footer included (the draft mark lives in the header). */
const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
const wordText = (file: string) => docxText(file);
const wordHeaders = (file: string) =>
  execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' })
    .split('\n')
    .filter((name) => /^word\/header\d*\.xml$/.test(name))
    .map((name) => docxPart(file, name))
    .join('\n');

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]/;

describe('a 速報 as filed', () => {
  it('exports the same text and the same Word document after the incident and the company are edited', async () => {
    const input = { incidentId: f.leakId, document: 'ppc_preliminary' as const, lang: 'ja' as const, notificationId: f.preliminary.id };
    const pdfBefore = pdfText((await exported({ ...input, format: 'pdf' }, 'filed-before')).file);
    const docxBefore = await exported({ ...input, format: 'docx' }, 'filed-before');
    const xmlBefore = docxPart(docxBefore.file, 'word/document.xml');

    const incident = await call(f.core, 'incidents.get', { id: f.leakId });
    const { id, revision, companyName, createdAt, updatedAt, reportable, triggers, nextDeadline, reportMissing, facts, assessment, ...values } = incident;
    void [companyName, createdAt, updatedAt, reportable, triggers, nextDeadline, reportMissing, facts, assessment];
    await call(f.core, 'incidents.update', {
      ...values,
      id,
      revision,
      reportCause: '後日判明：委託先の設定誤り。',
      individualsKind: 'exact',
      individuals: 4321,
      individualsUpperBound: null,
    } as Input<'incidents.update'>);
    const company = await call(f.core, 'companies.get', { id: f.companyId });
    const { deskCount, createdAt: companyCreated, updatedAt: companyUpdated, ...companyValues } = company;
    void [deskCount, companyCreated, companyUpdated];
    await call(f.core, 'companies.update', { ...companyValues, legalNameJa: '株式会社改名後', corporateNumber: '4011001098993' });

    const pdfAfter = pdfText((await exported({ ...input, format: 'pdf' }, 'filed-after')).file);
    const xmlAfter = docxPart((await exported({ ...input, format: 'docx' }, 'filed-after')).file, 'word/document.xml');
    expect(pdfAfter).toBe(pdfBefore);
    expect(xmlAfter).toBe(xmlBefore);
    expect(pdfAfter).toContain('株式会社サンプル');
    expect(pdfAfter).not.toContain('株式会社改名後');
    expect(pdfAfter).not.toContain('4,321');
    expect(squash(pdfAfter)).toContain('7123456789012');
    // The draft of the same 速報 today is built from the edited record, and marked as a draft.
    const draft = pdfText((await exported({ incidentId: f.leakId, document: 'ppc_final', lang: 'ja', format: 'pdf' }, 'final-draft-after')).file);
    expect(draft).toContain('4,321');
  });

  it('is dated and named by the day it was sent, carries no draft mark, and needs no warning', async () => {
    const { result, file } = await exported({ incidentId: f.leakId, document: 'ppc_preliminary', lang: 'ja', notificationId: f.preliminary.id, format: 'pdf' }, 'filed-mark');
    expect(result.fileName.startsWith('2026-12-29_速報_')).toBe(true);
    expect(result.warnings ?? []).toEqual([]);
    const text = pdfText(file);
    expect(text).not.toMatch(/^\s*案\s/m);
    expect(text).not.toContain('（案）');
    const word = await exported({ incidentId: f.leakId, document: 'ppc_preliminary', lang: 'en', notificationId: f.preliminary.id, format: 'docx' }, 'filed-mark');
    expect(wordHeaders(word.file)).not.toContain('DRAFT');
  });

  it('refuses a notification of another kind under notificationId', async () => {
    const error = await f.core.dispatch('exports.incident', { incidentId: f.leakId, document: 'ppc_final', format: 'pdf', notificationId: f.preliminary.id }, f.core.workspace().id);
    expect(error).toMatchObject({ ok: false, error: { path: ['notificationId'] } });
  });
});

describe('drafts', () => {
  it.each(['ja', 'en'] as const)('an unsent 確報 (%s) carries 案 / DRAFT on every page, PDF and Word', async (lang) => {
    const pdf = await exported({ incidentId: f.leakId, document: 'ppc_final', lang, format: 'pdf' }, `draft-${lang}`);
    const pages = pdfText(pdf.file).split('\f').filter((page) => page.trim() !== '');
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const page of pages) expect(page.trimStart().startsWith(lang === 'ja' ? '案' : 'DRAFT')).toBe(true);
    const word = await exported({ incidentId: f.leakId, document: 'ppc_final', lang, format: 'docx' }, `draft-${lang}`);
    expect(wordHeaders(word.file)).toContain(lang === 'ja' ? '>案<' : '>DRAFT<');
    expect(wordText(word.file)).toContain(lang === 'ja' ? '（確報）（案）' : '(Final Report) (Draft)');
  });

  it('warns before a 速報 for an incident judged not reportable, and marks every page so', async () => {
    const { result, file } = await exported({ incidentId: f.minorId, document: 'ppc_preliminary', lang: 'ja', format: 'pdf' }, 'not-reportable');
    expect(result.warnings?.map((w) => w.ja).join()).toContain('報告対象に当たらないと判定');
    expect(result.warnings?.map((w) => w.en).join()).toContain('judged not reportable');
    for (const page of pdfText(file).split('\f').filter((p) => p.trim() !== '')) expect(page).toContain('案・報告対象外と判定');
  });

  it('warns before a 確報 with items still unknown, listing them', async () => {
    const { result } = await exported({ incidentId: f.emptyId, document: 'ppc_final', lang: 'ja', format: 'pdf' }, 'final-unknown');
    const ja = result.warnings?.map((w) => w.ja).join() ?? '';
    expect(ja).toContain('調査中');
    expect(ja).toContain('（4）原因');
    expect(ja).toContain('（8）再発防止のための措置');
    expect(result.warnings?.map((w) => w.en).join()).toContain('(4) Cause');
  });
});

describe('content of the report', () => {
  const cases = [
    ['leak', 'ja'],
    ['leak', 'en'],
    ['empty', 'ja'],
    ['empty', 'en'],
  ] as const;

  it.each(cases)('%s (%s): no 未記入, no blank value, each of the nine items once, no verdict text — PDF and Word', async (which, lang) => {
    const incidentId = which === 'leak' ? f.leakId : f.emptyId;
    for (const document of ['ppc_preliminary', 'ppc_final'] as const) {
      for (const format of ['pdf', 'docx'] as const) {
        const { file } = await exported({ incidentId, document, lang, format }, `content-${which}-${document}-${lang}`);
        const text = format === 'pdf' ? pdfText(file) : wordText(file);
        const where = `${which} ${document} ${lang} ${format}`;
        for (const gap of ['未記入', 'not provided', 'Not provided']) expect(text, where).not.toContain(gap);
        for (let n = 1; n <= 9; n++) {
          const cite = lang === 'ja' ? `施行規則第8条第1項第${n}号` : `Art. 8(1)(${['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix'][n - 1]})`;
          expect(squash(text).split(squash(cite)).length - 1, `${where} item ${n}`).toBe(1);
        }
        for (const reasoning of ['報告対象に当たります', '確報の期限', '60日', '30日', 'is reportable', 'deadline', 'Why the Incident']) {
          expect(text, where).not.toContain(reasoning);
        }
        if (format === 'docx') {
          // No label without its value: every row of the Word tables has text in its value cell.
          const xml = docxPart(file, 'word/document.xml');
          for (const row of xml.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? []) {
            const cells = row.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? [];
            for (const cell of cells) expect(/<w:t(?: [^>]*)?>[^<]+<\/w:t>/.test(cell), `${where}: empty cell in ${row.slice(0, 200)}`).toBe(true);
          }
        }
      }
    }
  });

  it('gives the reporter block the PPC form asks for and unknown facts as 調査中 / 確認中', async () => {
    const leak = squash(pdfText((await exported({ incidentId: f.leakId, document: 'ppc_final', lang: 'ja', format: 'pdf' }, 'reporter')).file));
    for (const part of ['法人番号', '7123456789012', '業種', '小売業（通信販売）', '担当者の所属部署', '担当者の氏名佐藤花子', '認定個人情報保護団体', '発見者カード会社', '発覚の経緯', '電子媒体']) {
      expect(leak).toContain(squash(part));
    }
    const empty = squash(pdfText((await exported({ incidentId: f.emptyId, document: 'ppc_preliminary', lang: 'ja', format: 'pdf' }, 'unknowns')).file));
    expect(empty).toContain('発生日時調査中');
    expect(empty).toContain('有無：確認中');
  });

  it('states other authorities from the record inside item 9, consistent with the item text, never "none recorded"', async () => {
    const text = squash(pdfText((await exported({ incidentId: f.leakId, document: 'ppc_final', lang: 'ja', format: 'pdf' }, 'item9')).file));
    expect(text).toContain(squash('所轄の警察署に相談しています。'));
    expect(text).toContain(squash('他の行政機関等への報告・連絡：丸の内警察署（2026年12月29日連絡済み）'));
    expect(text).not.toContain('記録なし');
    const item9 = text.slice(text.indexOf('（9）'));
    expect(item9).toContain('丸の内警察署');
  });

  it('gives items 5–7 their choice before their text', async () => {
    const text = squash(pdfText((await exported({ incidentId: f.leakId, document: 'ppc_final', lang: 'ja', format: 'pdf' }, 'choices')).file));
    // The label column sits beside the value in the layout text: check the order of the parts, not adjacency.
    const before = (a: string, b: string) => expect(text.indexOf(squash(a))).toBeLessThan(text.indexOf(squash(b)));
    expect(text).toContain('有無：有');
    before('有無：有', '内容：不正利用の被害が2件報告されています。');
    before('内容：不正利用の被害が2件報告されています。', '実施状況：実施予定');
    before('実施状況：実施予定', '内容：対象のお客様へ順次');
  });

  it('the English report, PDF and Word, has no Japanese when the record is written in English', async () => {
    for (const document of ['ppc_preliminary', 'ppc_final'] as const) {
      const pdf = pdfText((await exported({ incidentId: f.englishId, document, lang: 'en', format: 'pdf' }, `english-${document}`)).file);
      const word = wordText((await exported({ incidentId: f.englishId, document, lang: 'en', format: 'docx' }, `english-${document}`)).file);
      // The company's contact is the protection manager, recorded in Japanese only: user data, the one exception.
      for (const text of [pdf, word]) {
        const rest = text.replaceAll('個人情報保護管理者', '').replaceAll('佐藤花子', '').replaceAll('小売業（通信販売）', '');
        expect(rest.match(JAPANESE)?.[0], `${document}: ${rest.slice(Math.max(0, rest.search(JAPANESE) - 40), rest.search(JAPANESE) + 40)}`).toBeUndefined();
      }
    }
  });
});

describe('a 確報 after the 速報', () => {
  it('starts from the 速報: marks what changed since it and lists the changes, in ja and en', async () => {
    const ja = squash(pdfText((await exported({ incidentId: f.leakId, document: 'ppc_final', lang: 'ja', format: 'pdf' }, 'changes-ja')).file));
    expect(ja).toContain('速報からの変更点');
    // The cause was rewritten and the count made exact after the 速報 (first test).
    expect(ja).toContain(squash('（4）原因［速報から変更］'));
    expect(ja).toContain(squash('（速報時：決済画面を構成するファイルの脆弱性を突いた'));
    const en = squash(pdfText((await exported({ incidentId: f.leakId, document: 'ppc_final', lang: 'en', format: 'pdf' }, 'changes-en')).file));
    expect(en).toContain(squash('Changes Since the Preliminary Report'));
    expect(en).toContain(squash('[changed since the preliminary report]'));
  });
});
