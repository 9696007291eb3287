import { japanDateOf, japanTimeOf } from '../../../../shared/appi/japan-time';
import type { LocalizedText } from '../../../../shared/errors';
import type { Block, Inline, IsoDate, Lang, Run } from '../model';
import { formatDocumentDate, type EraStyle } from '../text/dates';

/**
 * Small pieces every builder uses: a record's text or the plain 未記入 mark (never a silent blank), Japan-time
 * instants as documents print them, and giving every block its language so a bilingual document can put a
 * Japanese and an English part one after the other.
 */
export function pick(text: LocalizedText, lang: Lang): string {
  return text[lang];
}

/** The record's text as it stands, or the missing mark (naming the field when `what` is given). */
export function given(text: string | null | undefined, what?: string): Inline {
  const value = (text ?? '').trim();
  if (value !== '') return value;
  return [what ? { missing: true, text: what } : { missing: true }];
}

/** Lines joined with line breaks; empty parts dropped, and the missing mark when nothing is left. */
export function lines(parts: readonly (Inline | null | undefined | '')[]): Inline {
  const runs: Run[] = [];
  for (const part of parts) {
    if (part === null || part === undefined || part === '' || (Array.isArray(part) && part.length === 0)) continue;
    if (runs.length > 0) runs.push({ text: '\n' });
    runs.push(...(typeof part === 'string' ? [{ text: part }] : part));
  }
  return runs.length > 0 ? runs : [{ missing: true }];
}

export function isMissing(content: Inline): boolean {
  return typeof content !== 'string' && content.length > 0 && content.every((run) => run.missing === true);
}

export function eraOf(era: boolean | undefined): EraStyle {
  return era ? 'both' : 'none';
}

/** A calendar date in the document's style: 2026年12月28日 / December 28, 2026 (the era only in Japanese). */
export function dateText(date: IsoDate, lang: Lang, era: EraStyle = 'none'): string {
  return formatDocumentDate(date, lang, lang === 'ja' ? era : 'none');
}

/**
 * An instant in Japan time, whatever the machine's zone (appi.md §2): 2026年12月28日 23:30 / December 28, 2026,
 * 23:30 JST. The record keeps instants to the second; documents show the minute.
 */
export function instantText(instant: string, lang: Lang, era: EraStyle = 'none'): string {
  const date = dateText(japanDateOf(instant), lang, era);
  const time = japanTimeOf(instant).slice(0, 5);
  return lang === 'ja' ? `${date} ${time}` : `${date}, ${time} JST`;
}

export function instantOrMissing(instant: string | null, lang: Lang, era: EraStyle = 'none'): Inline {
  return instant ? instantText(instant, lang, era) : [{ missing: true }];
}

/** Every block with its language set (blocks that have one), so it keeps it inside a bilingual document. */
export function withLang(blocks: readonly Block[], lang: Lang): Block[] {
  return blocks.map((block) => {
    if (block.type === 'toc' || block.type === 'pageBreak' || block.type === 'bilingual') return block;
    return { ...block, lang: block.lang ?? lang };
  });
}

/** 1,200 without Intl, so every machine prints the same. */
export function withCommas(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** The separator between a label and its value inside running text. */
export const colon: Record<Lang, string> = { ja: '：', en: ': ' };

/** Items of a list joined as running text: 氏名、住所 / name, address. */
export function joinList(items: readonly string[], lang: Lang): string {
  return items.join(lang === 'ja' ? '、' : ', ');
}

/** The language of what belongs to the whole document (its header): Japanese unless it is English only. */
export function headerLang(options: { lang: 'ja' | 'en' | 'both' }): Lang {
  return options.lang === 'en' ? 'en' : 'ja';
}
