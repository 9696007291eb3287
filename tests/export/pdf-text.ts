import { execFileSync } from 'node:child_process';
import { contentBottom, contentTop, contentWidth, page, spacing } from '../../main/core/export/render/pdf/theme';

/**
 * Reads a PDF back with poppler's pdftotext. `-bbox-layout` gives every text block with its position; blocks starting at the English column of a bilingual pair form their own lane, and
 * the running header and footer (outside the text area) are left out.
 */
export interface TextBlock {
  page: number;
  xMin: number;
  yMin: number;
  lines: string[];
}

const decode = (text: string) =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

export function textBlocks(file: string): TextBlock[] {
  const xml = execFileSync('pdftotext', ['-bbox-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const blocks: TextBlock[] = [];
  xml.split('<page ').slice(1).forEach((pageXml, pageIndex) => {
    for (const match of pageXml.matchAll(/<block xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([\s\S]*?)<\/block>/g)) {
      const lines = [...match[3]!.matchAll(/<line[^>]*>([\s\S]*?)<\/line>/g)].map((line) =>
        [...line[1]!.matchAll(/<word[^>]*>([\s\S]*?)<\/word>/g)].map((word) => decode(word[1]!)).join(' '),
      );
      blocks.push({ page: pageIndex + 1, xMin: Number(match[1]), yMin: Number(match[2]), lines });
    }
  });
  // Reading order: page, then top to bottom, then left to right (a block is a line, or a table cell's lines).
  return blocks.sort((a, b) => a.page - b.page || Math.round(a.yMin) - Math.round(b.yMin) || a.xMin - b.xMin);
}

/** Left edge of a bilingual pair's English column. */
export const englishColumnX = page.marginLeft + (contentWidth - spacing.columnGap) / 2 + spacing.columnGap;

export function isBody(block: { yMin: number }): boolean {
  return block.yMin > contentTop - 2 && block.yMin < contentBottom;
}

interface Word {
  x: number;
  yMin: number;
  text: string;
}

/** Words in the order they are drawn (`-raw`), which is reading order, with their positions. */
function drawnWords(file: string): Word[] {
  const xml = execFileSync('pdftotext', ['-raw', '-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return [...xml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map((m) => ({ x: Number(m[1]), yMin: Number(m[2]), text: decode(m[3]!) }));
}

/**
 * The body text (running header and footer left out) in drawing order, split into two lanes. A bilingual
 * pair is drawn a page at a time, Japanese column then English column, so on a page break the English column
 * comes between the two parts of a Japanese paragraph: its words (a drawn run that starts at the English
 * column's edge, above where the Japanese column ended, and stays right of it) form the `english` lane.
 */
export function readingLanes(file: string): { main: string; english: string } {
  const main: string[] = [];
  const english: string[] = [];
  let inEnglish = false;
  let previous: Word | undefined;
  for (const word of drawnWords(file).filter(isBody)) {
    if (word.x < englishColumnX - 1.5) inEnglish = false;
    // The English column starts at its edge, back up at the top of the pair (above the Japanese column's end).
    else if (!inEnglish && Math.abs(word.x - englishColumnX) < 0.5 && previous && word.yMin < previous.yMin - 1) inEnglish = true;
    (inEnglish ? english : main).push(word.text);
    previous = word;
  }
  return { main: main.join(''), english: english.join('') };
}

export function pdfText(file: string, ...args: string[]): string {
  return execFileSync('pdftotext', [...args, file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}
