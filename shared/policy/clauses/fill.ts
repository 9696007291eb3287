import type { LocalizedText } from '../../errors';
import type { Clause } from './types';
import { valueLabel, variableOfLabel } from './value-labels';

/**
 * Fills a clause's {variables}. A variable without a value (missing, null or blank) stays visible as
 * 【未設定：サービス名】 / 【Not set: service name】 (the value's name for the reader), so a gap is seen in the draft and
 * caught by `unfilledVariables`, never silently printed as an empty string.
 */
export type ClauseValue = string | number | LocalizedText | null | undefined;
export type ClauseValues = Readonly<Record<string, ClauseValue>>;

const variable = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;

export const unsetMarker = {
  ja: (name: string) => `【未設定：${name}】`,
  en: (name: string) => `【Not set: ${name}】`,
};

function valueIn(value: ClauseValue, lang: 'ja' | 'en'): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return value.toLocaleString('en-US');
  if (typeof value === 'string') return value;
  return value[lang];
}

export function fillText(template: string, values: ClauseValues, lang: 'ja' | 'en'): string {
  return template.replace(variable, (_whole, name: string) => {
    const filled = Object.hasOwn(values, name) ? valueIn(values[name], lang) : '';
    return filled.trim() === '' ? unsetMarker[lang](valueLabel(name, lang)) : filled;
  });
}

export function fillClause(clause: Pick<Clause, 'ja' | 'en'>, values: ClauseValues): LocalizedText {
  return { ja: fillText(clause.ja, values, 'ja'), en: fillText(clause.en, values, 'en') };
}

/** The variables a clause uses, in first-seen order. */
export function clauseVariables(clause: Pick<Clause, 'ja' | 'en'>): string[] {
  const names = [...`${clause.ja}\n${clause.en}`.matchAll(variable)].map((match) => match[1] ?? '');
  return [...new Set(names)];
}

/** The variables left unset in filled text (both languages' markers), by their code names. */
export function unfilledVariables(text: string): string[] {
  const names = [...text.matchAll(/【(?:未設定：|Not set: )([^】]+)】/g)].map((match) => variableOfLabel(match[1] ?? ''));
  return [...new Set(names)];
}

/** A yen amount as policies print it: 1,000円 / 1,000 yen. */
export function formatYen(amount: number): LocalizedText {
  const digits = amount.toLocaleString('en-US');
  return { ja: `${digits}円`, en: `${digits} yen` };
}

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** 'YYYY-MM-DD' as 2026年4月1日 / April 1, 2026; '' for anything else (so the variable shows as unset). */
export function formatDate(iso: string): LocalizedText {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return { ja: '', en: '' };
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return { ja: `${year}年${month}月${day}日`, en: `${months[month - 1] ?? ''} ${day}, ${year}` };
}
