import { findCompanyNames, findEmails, hasPostalAddress } from '../extract';
import { languageOf, normalizeForMatch } from '../text';

/**
 * One source line and what its shape says: numbering, heading markers, bullets, sentence-final punctuation,
 * contact data. Matching uses the NFKC form; `raw` is kept exactly (minus trailing spaces) for the output.
 */
export type NumberStyle = 'dot' | 'paren' | 'close' | 'circled' | 'kanji';

export interface Numbering {
  readonly style: NumberStyle;
  readonly value: number;
  /** The text after the number. */
  readonly rest: string;
}

export type LineShape = 'blank' | 'heading' | 'list' | 'contact' | 'body' | 'short';

export interface SourceLine {
  /** 0-based index in the source. */
  readonly index: number;
  readonly raw: string;
  readonly text: string;
  readonly norm: string;
  readonly blank: boolean;
  readonly indented: boolean;
  readonly numbering: Numbering | null;
  /** 第N条 / 第N章 / Article N / Section N. */
  readonly article: boolean;
  readonly markdown: boolean;
  /** 【…】, ■…, **…**: a marked heading. */
  readonly marked: boolean;
  readonly bullet: boolean;
  /** Ends a sentence (。 . ! ?) or continues into the next line (、 , : ;). */
  readonly terminal: boolean;
  readonly continues: boolean;
  readonly contact: boolean;
  readonly dated: boolean;
  readonly short: boolean;
  /** Short, unpunctuated, plain text: a title or a list item, to be told apart by its neighbours. */
  readonly shortPlain: boolean;
  /** Introduces a list (以下のとおり, "the following:"). */
  readonly listIntro: boolean;
}

const kanjiDigits: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

function kanjiNumber(value: string): number {
  if (value === '十') return 10;
  if (value.startsWith('十')) return 10 + (kanjiDigits[value.slice(1)] ?? 0);
  if (value.endsWith('十')) return (kanjiDigits[value.slice(0, -1)] ?? 0) * 10;
  if (value.includes('十')) {
    const [tens, ones] = value.split('十');
    return (kanjiDigits[tens ?? ''] ?? 0) * 10 + (kanjiDigits[ones ?? ''] ?? 0);
  }
  return kanjiDigits[value] ?? 0;
}

function numberingOf(text: string, nfkc: string): Numbering | null {
  const circled = text.codePointAt(0) ?? 0;
  if (circled >= 0x2460 && circled <= 0x2473) return { style: 'circled', value: circled - 0x2460 + 1, rest: text.slice(1).trim() };
  let match = /^\(\s*(\d{1,3})\s*\)\s*(.*)$/.exec(nfkc);
  if (match) return { style: 'paren', value: Number(match[1]), rest: match[2] ?? '' };
  match = /^(\d{1,3})\s*\.(?!\d)\s*(.*)$/.exec(nfkc);
  if (match) return { style: 'dot', value: Number(match[1]), rest: match[2] ?? '' };
  match = /^(\d{1,3})\s*\)\s*(.*)$/.exec(nfkc);
  if (match) return { style: 'close', value: Number(match[1]), rest: match[2] ?? '' };
  match = /^([一二三四五六七八九十]{1,3})\s*[、.]\s*(.*)$/.exec(nfkc);
  if (match) return { style: 'kanji', value: kanjiNumber(match[1] ?? ''), rest: match[2] ?? '' };
  return null;
}

const article = /^(第\s*[0-9一二三四五六七八九十百]+\s*[条章]|(article|section|chapter)\s+[0-9]+(?![0-9]))/i;
const marked = /^(【[^】]+】.{0,40}|\[[^\]]+\]|\*\*[^*]+\*\*|[■◆◇□▼▽★☆▶►◎].{1,60})$/;
const bullet = /^[・•●○◦▪▫\-*※→➢✓✔‣⁃]/;
const closing = /(?<![)\]}」』】"'”’〕〉》])[)\]}」』】"'”’〕〉》]+$/;
const fieldLabel =
  /^(住所|所在地|電話|電話番号|tel|fax|メール|メールアドレス|e-?mail|mail|url|ウェブサイト|website|web|受付時間|営業時間|reception( time| hours)?|hours|担当|担当者|担当部署|窓口|社名|会社名|名称|代表者|代表電話|phone( number)?|address|name|inquiry form|contact form|お問い?合わ?せフォーム|form)$/;
const fieldLine = /^[^:：。.]{1,16}[:：]\s*\S/;
const phoneLike = /(?:tel|電話|phone)\s*[:：.]?\s*\+?\d|(?<!\d)0\d{1,4}-\d{1,4}-\d{3,4}(?!\d)/i;
const dated = /\d{4}年\s?\d{1,2}月\s?\d{1,2}日|(令和|平成)\s?(\d{1,2}|元)年|\d{4}[/.-]\d{1,2}[/.-]\d{1,2}|(january|february|march|april|may|june|july|august|september|october|november|december) \d{1,2},? \d{4}|\d{1,2} (january|february|march|april|may|june|july|august|september|october|november|december),? \d{4}/;
const listIntro = /(以下|次|下記)の(とおり|通り)|(以下|次|下記)に(掲げる|記載|示す)|following|as follows|below/;

function isContact(text: string, norm: string): boolean {
  const label = norm.length <= 40 && fieldLabel.test(norm.replace(/[:：\s]+$/, ''));
  if (label || fieldLine.test(norm) || phoneLike.test(norm) || /https?:\/\//.test(norm)) return true;
  if (findEmails(text).length > 0 || /^〒/.test(norm) || hasPostalAddress(text)) return text.length < 120;
  const names = findCompanyNames(text);
  return names.some((name) => text.length <= name.length + 25) && !/[。.!?]$/.test(norm);
}

export function readLine(raw: string, index: number): SourceLine {
  const kept = raw.trimEnd();
  const text = kept.trim();
  const nfkc = text.normalize('NFKC');
  const norm = normalizeForMatch(text);
  const blank = text === '';
  const numbering = blank ? null : numberingOf(text, nfkc);
  const ending = norm.replace(closing, '');
  const terminal = /[。.!?]$/.test(ending);
  const continues = /[、,:;]$/.test(ending);
  const ja = languageOf(text) === 'ja';
  const words = norm.split(/\s+/).length;
  const short = ja ? norm.length <= 30 : norm.length <= 80 && words <= 12;
  const isArticle = article.test(nfkc);
  const isMarkdown = /^#{1,6}\s+\S/.test(text);
  const isMarked = !isArticle && !isMarkdown && marked.test(nfkc) && !terminal;
  const isBullet = !isMarked && bullet.test(text);
  const contact = !blank && isContact(text, norm);
  const isDated = dated.test(norm);
  const structural = isArticle || isMarkdown || isMarked || numbering !== null || isBullet;
  return {
    index,
    raw: kept,
    text,
    norm,
    blank,
    indented: !blank && /^\s/.test(raw),
    numbering,
    article: isArticle,
    markdown: isMarkdown,
    marked: isMarked,
    bullet: isBullet,
    terminal,
    continues,
    contact,
    dated: isDated,
    short,
    shortPlain: !blank && !structural && !terminal && !continues && !contact && !isDated && short && /[\p{L}]/u.test(norm),
    listIntro: norm.endsWith(':') || (listIntro.test(norm) && (terminal || continues)),
  };
}

/** How a neighbouring line looks to a title candidate. */
export function shapeOf(line: SourceLine | undefined): LineShape {
  if (!line || line.blank) return 'blank';
  if (line.article || line.markdown || line.marked) return 'heading';
  if (line.bullet || line.numbering) return 'list';
  if (line.contact) return 'contact';
  if (line.terminal || line.continues || !line.short) return 'body';
  return 'short';
}

export function splitLines(text: string): SourceLine[] {
  return text.split(/\r\n|\r|\n|\u2028|\u2029/).map(readLine);
}
