import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../main/core/export/render/docx';
import { expectedLanes, firstMissingInOrder, squash } from './expected';
import { pdfText } from './pdf-text';
import { samplePolicy } from './sample';

/**
 * The sample policy rendered to .docx and read back from its XML parts: every text in order, styles defined
 * once, East Asian fonts and languages on every run, header/footer fields, the contents field, header rows that
 * repeat. When LibreOffice is installed, it must also convert the file to PDF.
 */
const outDir = path.resolve('test-results/export');
const file = path.join(outDir, 'policy.docx');
const doc = samplePolicy();
let documentXml = '';

const part = (name: string) => execFileSync('unzip', ['-p', file, name], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const decode = (text: string) =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
/** The body without the contents field, whose entries repeat the headings. */
const body = () => documentXml.replace(/<w:sdt>[\s\S]*?<\/w:sdt>/g, '');
const runsWithText = (xml: string) => [...xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((m) => m[1]!).filter((run) => run.includes('<w:t'));

beforeAll(async () => {
  fs.mkdirSync(outDir, { recursive: true });
  const result = await renderDocx(doc);
  expect(result.replacedCharacters).toEqual([]);
  fs.writeFileSync(file, result.bytes);
  documentXml = part('word/document.xml');
});

describe('Word export', () => {
  it('holds every text of the document in order, the emoji kept for Word to draw', () => {
    const text = squash(decode([...body().matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')));
    expect(firstMissingInOrder(expectedLanes(doc).sequential, text)).toBeNull();
  });

  it('defines the styles once in styles.xml', () => {
    const styles = part('word/styles.xml');
    for (const id of ['Title', 'Heading1', 'Heading2', 'Heading3', 'Normal', 'WorkbenchTable', 'Subtitle', 'TableText', 'TableHeader', 'KeyLabel', 'Signature', 'TOC1', 'TOC2', 'Header', 'Footer', 'Missing', 'BodyJa', 'BodyEn', 'ColumnJa', 'ColumnEn', 'ColumnHeading', 'Hyperlink']) {
      expect(styles.match(new RegExp(`w:styleId="${id}"`, 'g'))?.length, id).toBe(1);
    }
    expect(styles.match(/<w:docDefaults>/g)).toHaveLength(1);
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*w:eastAsia="Yu Mincho"[\s\S]*<w:lang w:val="en-US" w:eastAsia="ja-JP"\/>[\s\S]*<\/w:docDefaults>/);
  });

  it('takes fonts, languages, sizes and spacing from the styles, never from a run or paragraph of its own', () => {
    const runs = runsWithText(body());
    expect(runs.length).toBeGreaterThan(150);
    // A lawyer restyles the document by changing a style: no run carries its own font, size or language.
    for (const run of runs) expect(run).not.toMatch(/<w:rFonts|<w:sz |<w:lang /);
    expect(body()).not.toMatch(/<w:spacing /);
    // Line pitch is a minimum, so a larger character is never clipped.
    expect(part('word/styles.xml')).not.toContain('w:lineRule="exact"');
    expect(part('word/styles.xml')).toMatch(/w:styleId="BodyJa"[\s\S]*?<w:jc w:val="both"\/>/);
  });

  it('is A4 with a header of company and title and a footer of PAGE / NUMPAGES fields', () => {
    expect(documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const header = part('word/header1.xml');
    expect(header).toContain('株式会社サンプル商事');
    expect(header).toContain('個人情報保護方針');
    const footer = part('word/footer1.xml');
    expect(footer).toMatch(/PAGE[\s\S]*NUMPAGES/);
  });

  it('has a contents field over headings 1–2, its entries written with page numbers', () => {
    expect(documentXml).toContain('TOC \\h \\o &quot;1-2&quot;');
    const toc = /<w:sdt>[\s\S]*?<\/w:sdt>/.exec(documentXml)?.[0] ?? '';
    expect(toc).toContain('第1条（基本方針）');
    expect(toc).toContain('Article 10 (Amendments)');
    expect([...toc.matchAll(/PAGEREF _Toc\d+ \\h<\/w:instrText>[\s\S]*?<w:t[^>]*>(\d+)<\/w:t>/g)]).toHaveLength(20);
  });

  it('repeats the table header row, right-aligns numbers and boxes the missing value', () => {
    expect(documentXml).toContain('<w:tblHeader/>');
    expect(documentXml.match(/<w:tblStyle w:val="WorkbenchTable"\/>/g)).toHaveLength(3);
    expect(documentXml).toMatch(/<w:jc w:val="right"\/>[\s\S]{0,400}<w:t[^>]*>1,200<\/w:t>/);
    expect(documentXml).toMatch(/<w:rStyle w:val="Missing"\/>[\s\S]{0,400}<w:t[^>]*>未記入<\/w:t>/);
    expect(part('word/numbering.xml')).toContain('（%1）');
  });
});

const soffice = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).stdout.trim();

// What a user would otherwise do with the .docx; a required system package (scripts/system-packages.mjs).
describe('Word export in LibreOffice', () => {
  it('converts to PDF without error', { timeout: 180_000 }, () => {
    expect(soffice, 'soffice not found: install libreoffice-writer-nogui (npm test does this when run as root)').not.toBe('');
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'appi-lo-'));
    try {
      // A profile of its own, so a desktop LibreOffice that is running cannot take the conversion over.
      const result = spawnSync(
        soffice,
        [`-env:UserInstallation=file://${path.join(work, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', work, file],
        { encoding: 'utf8', timeout: 170_000 },
      );
      expect(result.status, result.stderr).toBe(0);
      const pdf = path.join(work, 'policy.pdf');
      expect(fs.existsSync(pdf)).toBe(true);
      const text = squash(pdfText(pdf));
      expect(text).toContain('個人情報保護方針');
      expect(text).toContain('第10条（改定）');
      fs.copyFileSync(pdf, path.join(outDir, 'policy-docx-libreoffice.pdf'));
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  });
});
