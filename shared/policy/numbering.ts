import { headingTitle, writtenNumber, type WrittenNumber, type WrittenNumberStyle } from './article-heading';
import { sectionKindLabels } from './labels';
import type { PolicySection, SectionNumbering } from './model';
import type { Lang } from './vocabulary';

/**
 * The one place a section's number and heading are decided; the editor, the checker's evidence, the diff and
 * both exports all ask here, so the same article carries the same number everywhere.
 * - 'auto' sections count 第1条, 第2条 … (continuing after the last number written before them);
 * - 'as_written' sections keep the number their heading carries (第6条, Article 3, 1., （1）), so the document's
 *   own cross-references (「第3条第1項」) stay true; one without a number stays unnumbered, as in its source;
 * - 'none' sections (a preamble) have no number. An auto-numbered policy's opening statement with a plain heading
 *   (「プライバシーポリシー」, 基本方針) is its preamble too, as the exports have always printed it.
 */
export type NumberedSection = Pick<PolicySection, 'kind' | 'headingJa' | 'headingEn'> & { readonly numbering?: SectionNumbering };

export interface SectionNumber {
  /** The number as each language prints it: 第6条 / Article 6, （1） / (1), 1. / 1. */
  readonly ja: string;
  readonly en: string;
  readonly style: WrittenNumberStyle;
  readonly value: number | null;
  /** Taken from the heading as written (printed with it), not counted. */
  readonly written: boolean;
}

export interface SectionHeading {
  /** The number in this language, or null for an unnumbered section. */
  readonly number: string | null;
  /** The title without its number; the kind's label when an auto-numbered heading has none. */
  readonly title: string;
  /** The heading line as printed ('' when an unnumbered section has no heading). */
  readonly text: string;
  /** How to refer to the section: 第6条 / Article 6, else its heading, else 前文 / Preamble. */
  readonly label: string;
  readonly numbered: boolean;
}

const modeOf = (section: NumberedSection): SectionNumbering => section.numbering ?? 'auto';

function autoPreamble(section: NumberedSection, index: number): boolean {
  if (index !== 0 || modeOf(section) !== 'auto') return false;
  const headings = [section.headingJa, section.headingEn].filter((heading) => heading.trim() !== '');
  const plain = headings.every((heading) => writtenNumber(heading) === null);
  return plain && (section.kind === 'basic_policy_statement' || section.kind === 'custom');
}

const kanjiNumerals = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
function kanji(value: number): string {
  if (value <= 0 || value >= 100) return String(value);
  const tens = Math.floor(value / 10);
  return `${tens === 0 ? '' : tens === 1 ? '十' : `${kanjiNumerals[tens]}十`}${kanjiNumerals[value % 10]}`;
}

/** A written number in the other language: 第6条 ⇄ Article 6, 第2章 ⇄ Chapter 2, （1） ⇄ (1), 一、 → 1. */
function translated(written: WrittenNumber, to: Lang): string {
  const { number, value, style } = written;
  const wide = number.normalize('NFKC');
  if (value === null) return number;
  if (style === 'article') {
    const branch = /の\s*([0-9０-９]+)/.exec(wide)?.[1] ?? /^(?:article|art\.|section|§)\s*\d+[.-](\d+)/i.exec(wide)?.[1];
    if (to === 'ja') return /^第/.test(number) ? number : `第${value}条${branch ? `の${branch}` : ''}`;
    return /^第/.test(number) ? `Article ${value}${branch ? `-${branch}` : ''}` : number;
  }
  if (style === 'chapter') {
    if (to === 'ja') return /^第/.test(number) ? number : `第${value}章`;
    return /^第/.test(number) ? `Chapter ${value}` : number;
  }
  if (/^[一二三四五六七八九十〇]/.test(number)) return to === 'ja' ? number : `${value}.`;
  return to === 'ja' ? number : wide;
}

/** The next number after a written one, in its form: 第6条 → 第7条, 3. → 4., （3） → （4）, 三、 → 四、. */
function following(last: SectionNumber | null, value: number): SectionNumber {
  if (last === null || last.style !== 'item') return { ja: `第${value}条`, en: `Article ${value}`, style: 'article', value, written: false };
  const bump = (number: string) =>
    /^[一二三四五六七八九十〇]/.test(number) ? number.replace(/^[一二三四五六七八九十〇]+/, kanji(value)) : number.replace(/[0-9０-９]+/, String(value));
  return { ja: bump(last.ja), en: bump(last.en), style: 'item', value, written: false };
}

/** Each section's number (null: unnumbered), in order. */
export function sectionNumbers(sections: readonly NumberedSection[]): (SectionNumber | null)[] {
  let count = 0;
  let last: SectionNumber | null = null;
  return sections.map((section, index) => {
    const mode = modeOf(section);
    if (isPreamble(section, index)) return null;
    if (mode === 'as_written') {
      const ja = writtenNumber(section.headingJa);
      const en = writtenNumber(section.headingEn);
      const written = ja ?? en;
      if (!written) return null;
      const number: SectionNumber = {
        ja: ja ? ja.number : translated(written, 'ja'),
        en: en ? en.number : translated(written, 'en'),
        style: written.style,
        value: written.value,
        written: true,
      };
      // Chapters group articles; the article count runs on through them.
      if (written.value !== null && written.style !== 'chapter') {
        count = written.value;
        last = number;
      }
      return number;
    }
    count += 1;
    const number = following(last, count);
    last = number;
    return number;
  });
}

const headingOf = (section: NumberedSection, lang: Lang) => (lang === 'ja' ? section.headingJa : section.headingEn).trim().replace(/^#{1,6}\s+/, '');

function joined(number: string, title: string, style: WrittenNumberStyle, lang: Lang): string {
  if (title === '') return number;
  if (style !== 'item') return lang === 'ja' ? `${number}（${title}）` : `${number} (${title})`;
  return lang === 'ja' || /^[（(]/.test(number) ? `${number}${lang === 'ja' ? '' : ' '}${title}` : `${number} ${title}`;
}

/** Whether an unnumbered section is the preamble (rather than an unnumbered heading as written). */
export function isPreamble(section: NumberedSection, index: number): boolean {
  return modeOf(section) === 'none' || autoPreamble(section, index);
}

/**
 * One section's heading in `lang`, given its number from sectionNumbers; `preamble` (isPreamble) names an
 * unnumbered opening section 前文 / Preamble rather than by its heading (often the document's title).
 */
export function headingFor(section: NumberedSection, number: SectionNumber | null, lang: Lang, preamble = false): SectionHeading {
  const own = headingOf(section, lang);
  if (number === null) {
    const title = headingTitle(own);
    const label = preamble || own === '' ? (lang === 'ja' ? '前文' : 'Preamble') : own;
    return { number: null, title, text: own, label, numbered: false };
  }
  const printed = lang === 'ja' ? number.ja : number.en;
  const ownWritten = number.written ? writtenNumber(own) : null;
  if (ownWritten) {
    // As written: the heading line itself, untouched.
    const title = headingTitle(ownWritten.rest);
    return { number: printed, title, text: own, label: number.style === 'item' ? own : printed, numbered: true };
  }
  // No heading in this language: the kind's name stands in (a written number alone, 「第1条」, stays bare above).
  const title = headingTitle(own) || sectionKindLabels[section.kind][lang];
  const text = joined(printed, title, number.style, lang);
  return { number: printed, title, text, label: number.style === 'item' ? text : printed, numbered: true };
}

/** Every section's heading in `lang`. */
export function sectionHeadings(sections: readonly NumberedSection[], lang: Lang): SectionHeading[] {
  const numbers = sectionNumbers(sections);
  return sections.map((section, index) => headingFor(section, numbers[index] ?? null, lang, isPreamble(section, index)));
}

/** How a version is numbered: as written when any section keeps its written number. */
export function versionNumbering(sections: readonly NumberedSection[]): 'auto' | 'as_written' {
  return sections.some((section) => modeOf(section) === 'as_written') ? 'as_written' : 'auto';
}

/**
 * The sections switched to `mode` (the editor's control). To 'as_written', a heading without a number gets the one
 * it shows now (「利用目的」 → 「第5条（利用目的）」), so nothing shifts later; a written number is kept. To 'auto',
 * the headings stay as they are (their numbers are ignored, not lost) and the count takes over. Preambles stay.
 */
export function withNumbering<S extends NumberedSection & Pick<PolicySection, 'bodyJa' | 'bodyEn'>>(sections: readonly S[], mode: 'auto' | 'as_written'): S[] {
  if (mode === 'auto') return sections.map((section) => (modeOf(section) === 'as_written' ? { ...section, numbering: 'auto' } : section));
  const numbers = sectionNumbers(sections);
  return sections.map((section, index) => {
    const number = numbers[index];
    if (modeOf(section) !== 'auto') return section;
    if (!number) return { ...section, numbering: 'none' };
    const fix = (lang: Lang, heading: string, body: string) => {
      if (writtenNumber(heading) !== null || (heading.trim() === '' && body.trim() === '')) return heading;
      return headingFor(section, number, lang).text;
    };
    return {
      ...section,
      numbering: 'as_written',
      headingJa: fix('ja', section.headingJa, section.bodyJa),
      headingEn: fix('en', section.headingEn, section.bodyEn),
    };
  });
}
