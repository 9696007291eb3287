import { inflateRawSync } from 'node:zlib';
import { entryData, type ZipEntry } from './zip-entries';

/**
 * The numbers Word draws for automatically numbered paragraphs — 第1条, 1., （1）, 一、 from a numbering definition,
 * on the paragraph or on its style — which are not in the text (mammoth's raw text leaves them out). Without
 * them a policy written in Word with automatic article numbers would import with none, and its in-text
 * references (「第3条第1項」) would point nowhere. Returns each numbered paragraph's text and the label Word
 * shows for it, in document order; bullets are left out. Reads the parts the zip limits already allowed.
 */
export interface NumberedParagraph {
  readonly text: string;
  readonly label: string;
}

interface Level {
  start: number;
  format: string;
  text: string;
  /** What follows the number: a tab (default), a space or nothing. */
  suffix: string;
}

const attr = (xml: string, tag: string, name = 'w:val'): string | undefined =>
  new RegExp(`<${tag}\\b[^>]*?\\b${name}="([^"]*)"`).exec(xml)?.[1];

function part(bytes: Uint8Array, entries: readonly ZipEntry[], name: string): string {
  const entry = entries.find((candidate) => candidate.name === name);
  const data = entry ? entryData(bytes, entry) : null;
  if (!entry || !data) return '';
  try {
    return new TextDecoder('utf-8').decode(entry.method === 8 ? inflateRawSync(data) : data);
  } catch {
    return '';
  }
}

function levelsOf(numbering: string): Map<string, Map<number, Level>> {
  const abstracts = new Map<string, Map<number, Level>>();
  for (const match of numbering.matchAll(/<w:abstractNum\b[^>]*w:abstractNumId="([^"]+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g)) {
    const levels = new Map<number, Level>();
    for (const lvl of match[2]!.matchAll(/<w:lvl\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g)) {
      const body = lvl[2]!;
      levels.set(Number(lvl[1]), {
        start: Number(attr(body, 'w:start') ?? '1'),
        format: attr(body, 'w:numFmt') ?? 'decimal',
        text: attr(body, 'w:lvlText') ?? '',
        suffix: attr(body, 'w:suff') ?? 'tab',
      });
    }
    abstracts.set(match[1]!, levels);
  }
  const nums = new Map<string, Map<number, Level>>();
  for (const match of numbering.matchAll(/<w:num\b[^>]*w:numId="([^"]+)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
    const levels = abstracts.get(attr(match[2]!, 'w:abstractNumId') ?? '');
    if (levels) nums.set(match[1]!, levels);
  }
  return nums;
}

/** A style's numbering (numId, level), following basedOn. */
function styleNumbering(styles: string): (styleId: string) => { numId: string; level: number } | null {
  const byId = new Map<string, string>();
  for (const match of styles.matchAll(/<w:style\b[^>]*w:styleId="([^"]+)"[^>]*>([\s\S]*?)<\/w:style>/g)) byId.set(match[1]!, match[2]!);
  const resolve = (id: string, depth: number): { numId: string; level: number } | null => {
    const body = byId.get(id);
    if (!body || depth > 10) return null;
    const numId = attr(body, 'w:numId');
    if (numId !== undefined) return { numId, level: Number(attr(body, 'w:ilvl') ?? '0') };
    const parent = attr(body, 'w:basedOn');
    return parent ? resolve(parent, depth + 1) : null;
  };
  return (id) => resolve(id, 0);
}

const kanjiDigits = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
function kanjiCounting(value: number): string {
  if (value <= 0 || value >= 10000) return String(value);
  const parts: string[] = [];
  for (const [unit, name] of [[1000, '千'], [100, '百'], [10, '十']] as const) {
    const digit = Math.floor(value / unit) % 10;
    if (digit > 0) parts.push(`${digit === 1 ? '' : kanjiDigits[digit]}${name}`);
  }
  if (value % 10 > 0) parts.push(kanjiDigits[value % 10]!);
  return parts.join('');
}

const letters = (value: number) => {
  let out = '';
  for (let n = value; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(97 + ((n - 1) % 26)) + out;
  return out;
};
function roman(value: number): string {
  const table: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  let rest = value;
  for (const [unit, name] of table) {
    while (rest >= unit) {
      out += name;
      rest -= unit;
    }
  }
  return out;
}

/** A counter value in a Word number format (ECMA-376 ST_NumberFormat), the common ones of Japanese documents. */
export function formatNumber(value: number, format: string): string {
  switch (format) {
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(value).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'decimalZero':
      return String(value).padStart(2, '0');
    case 'japaneseCounting':
    case 'japaneseLegal':
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'ideographTraditional':
      return kanjiCounting(value);
    case 'ideographDigital':
    case 'japaneseDigitalTenThousand':
      return String(value).replace(/\d/g, (d) => kanjiDigits[Number(d)]!);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
    case 'ideographEnclosedCircle':
      return value >= 1 && value <= 20 ? String.fromCodePoint(0x2460 + value - 1) : String(value);
    case 'decimalEnclosedParen':
      return `(${value})`;
    case 'decimalEnclosedFullstop':
      return `${value}.`;
    case 'upperLetter':
      return letters(value).toUpperCase();
    case 'lowerLetter':
      return letters(value);
    case 'upperRoman':
      return roman(value).toUpperCase();
    case 'lowerRoman':
      return roman(value);
    default:
      return String(value);
  }
}

const decode = (text: string) =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

export function numberedParagraphs(bytes: Uint8Array, entries: readonly ZipEntry[]): NumberedParagraph[] {
  const numbering = part(bytes, entries, 'word/numbering.xml');
  if (numbering === '') return [];
  const nums = levelsOf(numbering);
  const ofStyle = styleNumbering(part(bytes, entries, 'word/styles.xml'));
  const document = part(bytes, entries, 'word/document.xml');
  const counters = new Map<string, number[]>();
  const found: NumberedParagraph[] = [];
  for (const match of document.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)) {
    const paragraph = match[1]!;
    const properties = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(paragraph)?.[1] ?? '';
    const own = attr(properties, 'w:numId');
    const style = attr(properties, 'w:pStyle');
    const fromStyle = style ? ofStyle(style) : null;
    const numId = own ?? fromStyle?.numId;
    if (numId === undefined || numId === '0') continue;
    const level = Number(attr(properties, 'w:ilvl') ?? (own === undefined ? fromStyle?.level : 0) ?? 0);
    const levels = nums.get(numId);
    const definition = levels?.get(level);
    if (!levels || !definition) continue;
    const count = counters.get(numId) ?? [];
    count[level] = (count[level] ?? definition.start - 1) + 1;
    count.length = level + 1;
    counters.set(numId, count);
    if (definition.format === 'bullet' || definition.format === 'none') continue;
    const label = definition.text.replace(/%(\d)/g, (_, k: string) => {
      const at = Number(k) - 1;
      const of = levels.get(at);
      return formatNumber(count[at] ?? of?.start ?? 1, of?.format ?? 'decimal');
    });
    const text = decode([...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)].map((m) => m[1] ?? '\t').join(''));
    if (label.trim() !== '') found.push({ text, label: `${label}${definition.suffix === 'space' ? ' ' : ''}` });
  }
  return found;
}

/** Where the label meets the text: nothing after 第1条 / （1） / 一、 or before （…）, a space after 1. or Article 1. */
function joined(label: string, text: string): string {
  if (/\s$/.test(label)) return `${label}${text}`;
  return /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]$/.test(label) || /^[（(【「]/.test(text) ? `${label}${text}` : `${label} ${text}`;
}

/**
 * mammoth's lines with each numbered paragraph's label put back in front of it: paragraphs are matched to lines
 * in order by their text, so a line that matches none is left as it is.
 */
export function withNumberLabels(text: string, numbered: readonly NumberedParagraph[]): string {
  if (numbered.length === 0) return text;
  const lines = text.split('\n');
  let from = 0;
  for (const paragraph of numbered) {
    const wanted = paragraph.text.trim();
    if (wanted === '') continue;
    const at = lines.findIndex((line, index) => index >= from && line.trim() === wanted);
    if (at < 0) continue;
    lines[at] = joined(paragraph.label, lines[at]!.trim());
    from = at + 1;
  }
  return lines.join('\n');
}
