import { parseIsoDate } from '../appi/civil-date';
import { japanDateOf, japanTimeOf } from '../appi/japan-time';
import type { LocalizedText } from '../errors';

/**
 * The words the PPC form helper puts into a field: dates and times in Japan time, counts, and the fixed choices
 * (medium, items 5–7, the kind of event, the Rule Art. 7 situations). English values carry no Japanese of their
 * own: only what the user wrote in Japanese appears in them.
 */
const t = (ja: string, en: string): LocalizedText => ({ ja, en });

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 2026年12月28日 23:30 / Dec 28, 2026, 23:30 (Japan time): the instant read in Asia/Tokyo, whatever the host zone. */
export function japanDateTimeText(instant: string): LocalizedText {
  const { year, month, day } = parseIsoDate(japanDateOf(instant));
  const time = japanTimeOf(instant);
  return t(`${year}年${month}月${day}日 ${time}`, `${months[month - 1]} ${day}, ${year}, ${time} (Japan time)`);
}

/** 2026年12月29日 / Dec 29, 2026: the civil date in Japan at the instant. */
export function japanDateText(instant: string): LocalizedText {
  const { year, month, day } = parseIsoDate(japanDateOf(instant));
  return t(`${year}年${month}月${day}日`, `${months[month - 1]} ${day}, ${year}`);
}

/** 1,234 with the thousands comma both languages use. */
export function withCommas(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export const mediumValues = {
  electronic: t('電子媒体', 'Electronic'),
  paper: t('紙媒体', 'Paper'),
  both: t('電子媒体及び紙媒体', 'Electronic and paper'),
} as const;

/** Item 5: 有 / 無 / 不明 — "unknown" is an answer the reporter chose, not a gap. */
export const secondaryDamageValues = {
  yes: t('有', 'Yes'),
  no: t('無', 'No'),
  unknown: t('不明', 'Unknown'),
} as const;

/** Items 6 and 7: done or planned (or not planned). */
export const progressValues = {
  done: t('実施済み', 'Done'),
  planned: t('実施予定', 'Planned'),
  notPlanned: t('実施予定なし', 'Not planned'),
} as const;

export const breachKindValues = {
  leak: t('漏えい', 'Leak'),
  loss: t('滅失', 'Loss'),
  damage: t('毀損', 'Damage'),
} as const;

/** A suspected event is reported like a confirmed one (Rule Art. 7: 「発生したおそれがある事態」). */
export function breachKindText(kind: keyof typeof breachKindValues, suspected: boolean): LocalizedText {
  const base = breachKindValues[kind];
  if (!suspected) return base;
  return t(`${base.ja}のおそれ`, `Suspected ${base.en.toLowerCase()}`);
}

/** The situations of Rule Art. 7 in its wording, numbered as its items. */
export const situationValues = {
  sensitive: t(
    '要配慮個人情報が含まれる個人データの漏えい等（第1号）',
    'Personal data including sensitive personal information (item i)',
  ),
  financialRisk: t(
    '不正に利用されることにより財産的被害が生じるおそれがある個人データの漏えい等（第2号）',
    'Personal data whose misuse may cause financial loss (item ii)',
  ),
  wrongfulPurpose: t(
    '不正の目的をもって行われたおそれがある個人データの漏えい等（第3号）',
    'Possibly caused with a wrongful purpose (item iii)',
  ),
  volume: t('個人データに係る本人の数が千人を超える漏えい等（第4号）', 'More than 1,000 individuals concerned (item iv)'),
} as const;

export const yesNo = {
  yes: t('該当する', 'Yes'),
  no: t('該当しない', 'No'),
} as const;

export const noneValue = t('なし', 'None');
export const notApplicable = t('該当なし', 'Not applicable');

export const reportKindValues = {
  preliminary: t('速報', 'Preliminary report'),
  final: t('確報', 'Final report'),
} as const;

/** Joins list entries: 「、」 in Japanese, ", " in English. */
export function joinList(parts: readonly string[], lang: 'ja' | 'en'): string {
  return parts.join(lang === 'ja' ? '、' : ', ');
}

/** Lines of a multi-line value, blank ones dropped. */
export function joinLines(parts: readonly string[]): string {
  return parts.filter((part) => part.trim() !== '').join('\n');
}
