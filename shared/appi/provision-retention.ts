import type { LocalizedText } from '../errors';
import { daysInMonth, parseIsoDate, formatIsoDate, type IsoDate } from './civil-date';

/**
 * How long a record of provision to, or receipt from, a third party must be kept (APPI Art. 29(2) and 30(4):
 * 「当該記録を作成した日から個人情報保護委員会規則で定める期間保存しなければならない」), by the form the record
 * takes (Rule 19 / 22: per provision, bundled, or the contract as the record) — Rule 21 for records of provision,
 * Rule 24 for records of receipt. One table, so a correction is a one-line change.
 *
 * confirm: the Act's text above is quoted from the e-Gov text; the Rules' own text is not in the mirrored law
 * texts (kaz-under-the-bridge/appi-related-laws holds the Act and the guidelines), so the periods and rule numbers
 * below follow appi.md §6 and issue #14 and should be read against Rule 21 and 24 before being relied on.
 */
export const recordForms = ['per_provision', 'bundled', 'contract'] as const;
export type RecordForm = (typeof recordForms)[number];
export const provisionDirections = ['provided', 'received'] as const;
export type ProvisionDirection = (typeof provisionDirections)[number];

export interface RetentionRule {
  readonly years: number;
  /** The day the period counts from: the day the record was made, or the last provision it covers. */
  readonly from: 'recordedOn' | 'lastOn';
  readonly citation: Record<ProvisionDirection, LocalizedText>;
}

const cite = (article: number): LocalizedText => ({
  ja: `個人情報保護法施行規則第${article}条`,
  en: `Enforcement Rules Art. ${article}`,
});
const both = { provided: cite(21), received: cite(24) };

export const retentionRules: Record<RecordForm, RetentionRule> = {
  /** A record made for each provision: three years from the day it was made. */
  per_provision: { years: 3, from: 'recordedOn', citation: both },
  /** One record for continuous or repeated provision to (or from) the same party: three years from the last one. */
  bundled: { years: 3, from: 'lastOn', citation: both },
  /** The contract (or other document) made to supply goods or services to the person is the record: one year. */
  contract: { years: 1, from: 'lastOn', citation: both },
};

/**
 * The same day `years` later; a 29 February with no match ends on 28 February (Civil Code Art. 143(2) proviso:
 * the last day of that month). Counted generously: the record is kept through that day, never a day short.
 */
export function addYears(date: IsoDate, years: number): IsoDate {
  const { year, month, day } = parseIsoDate(date);
  const target = year + years;
  return formatIsoDate({ year: target, month, day: Math.min(day, daysInMonth(target, month)) });
}

export interface RetentionInput {
  readonly recordForm: RecordForm;
  readonly recordedOn: IsoDate;
  readonly lastOn: IsoDate;
}

/** The last day the record must be kept; from the next day it may be deleted. */
export function retainUntil({ recordForm, recordedOn, lastOn }: RetentionInput): IsoDate {
  const rule = retentionRules[recordForm];
  return addYears(rule.from === 'recordedOn' ? recordedOn : lastOn, rule.years);
}

/** True once the retention period is over on `today` (a Japan-time civil date). */
export function pastRetention(retain: IsoDate, today: IsoDate): boolean {
  return today > retain;
}
