import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { ExportResult } from '../../shared/contract/exports';
import { outDir } from './records';

/**
 * Export results written to test-results/export/ and read back: the .docx body text, the PDF's fonts and pages,
 * and PNGs of the first pages for a person to look at.
 */
export function save(result: ExportResult, name: string): string {
  fs.mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, name);
  fs.writeFileSync(file, Buffer.from(result.base64, 'base64'));
  return file;
}

const decode = (text: string) =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

export function docxPart(file: string, part: string): string {
  return execFileSync('unzip', ['-p', file, part], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** The text of word/document.xml's runs in order (the contents field left out, since it repeats the headings). */
export function docxText(file: string): string {
  const xml = docxPart(file, 'word/document.xml').replace(/<w:sdt>[\s\S]*?<\/w:sdt>/g, '');
  return decode([...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
}

/** pdffonts' rows: name, type, encoding, emb, sub, uni … */
export function pdfFonts(file: string): string[] {
  return execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
}

export function pdfPages(file: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
}

/** The first `pages` pages as PNGs at 60 dpi, named after the PDF. */
export function pngs(file: string, pages = 2): void {
  const base = path.basename(file, '.pdf');
  // pdftoppm pads page numbers to the page count's width: clear older PNGs of this file first.
  for (const png of fs.readdirSync(outDir).filter((name) => name.startsWith(`${base}-`) && name.endsWith('.png'))) fs.rmSync(path.join(outDir, png));
  const prefix = path.join(outDir, base);
  execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', String(pages), file, prefix]);
}
