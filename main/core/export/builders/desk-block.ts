import type { Desk, Weekday } from '../../../../shared/domain/desk';
import { weekdays } from '../../../../shared/domain/desk';
import type { Inline, KeyValueBlock, Lang } from '../model';
import { given, lines } from './text';

/**
 * A complaint or inquiry desk printed from its record (Art. 32(1)(iv), Art. 40): name, department, phones, email,
 * reception days and hours, address, inquiry form. Documents link desks and print them from the record at export
 * time, so a changed phone number reaches every document without editing any text.
 */
const labels = {
  ja: { desk: '窓口', department: '担当部署', phone: '電話', email: 'メール', hours: '受付時間', address: '所在地', form: 'お問い合わせフォーム' },
  en: { desk: 'Desk', department: 'Department', phone: 'Phone', email: 'Email', hours: 'Hours', address: 'Address', form: 'Inquiry form' },
} as const;

const dayNames: Record<Lang, Record<Weekday, string>> = {
  ja: { mon: '月', tue: '火', wed: '水', thu: '木', fri: '金', sat: '土', sun: '日' },
  en: { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' },
};

/** 月〜金曜日 for a run of consecutive days, 月・水・金曜日 otherwise; Mon–Fri / Mon, Wed, Fri in English. */
export function receptionDaysText(days: readonly Weekday[], lang: Lang): string {
  const names = dayNames[lang];
  const indexes = days.map((day) => weekdays.indexOf(day)).sort((a, b) => a - b);
  const consecutive = indexes.length >= 3 && indexes.every((value, i) => i === 0 || value === indexes[i - 1]! + 1);
  const first = names[weekdays[indexes[0]!]!];
  const last = names[weekdays[indexes.at(-1)!]!];
  if (lang === 'ja') return consecutive ? `${first}〜${last}曜日` : `${days.map((day) => names[day]).join('・')}曜日`;
  return consecutive ? `${first}–${last}` : days.map((day) => names[day]).join(', ');
}

export function hoursText(desk: Desk, lang: Lang): Inline {
  const days = desk.receptionDays.length > 0 ? receptionDaysText(desk.receptionDays, lang) : '';
  const hours = desk.hoursFrom && desk.hoursTo ? `${desk.hoursFrom}${lang === 'ja' ? '〜' : '–'}${desk.hoursTo}` : '';
  const holidays = days && desk.closedOnHolidays ? (lang === 'ja' ? '（祝日を除く）' : ' (except national holidays)') : '';
  const main = [days, hours].filter(Boolean).join(lang === 'ja' ? '\u3000' : ' ');
  const note = (lang === 'en' && desk.receptionNoteEn) || desk.receptionNoteJa;
  return lines([main ? `${main}${holidays}` : given(''), note]);
}

export function deskName(desk: Desk, lang: Lang): string {
  return (lang === 'en' && desk.nameEn) || desk.nameJa;
}

function phonesText(desk: Desk): Inline {
  if (desk.phones.length === 0) return given('');
  return desk.phones.map((phone) => (phone.label ? `${phone.label} ${phone.number}` : phone.number)).join('\n');
}

/** A desk as label / value rows; missing contact details are marked, optional extras are left out. */
export function deskRows(desk: Desk, lang: Lang): KeyValueBlock['rows'] {
  const l = labels[lang];
  const rows: { label: Inline; value: Inline }[] = [{ label: l.desk, value: deskName(desk, lang) }];
  if (desk.department) rows.push({ label: l.department, value: desk.department });
  rows.push({ label: l.phone, value: phonesText(desk) }, { label: l.email, value: given(desk.email) }, { label: l.hours, value: hoursText(desk, lang) });
  const address = (lang === 'en' && desk.addressEn) || desk.addressJa;
  if (address) rows.push({ label: l.address, value: desk.postalCode ? `〒${desk.postalCode} ${address}` : address });
  if (desk.inquiryFormUrl) rows.push({ label: l.form, value: desk.inquiryFormUrl });
  return rows;
}

export function deskBlock(desk: Desk, lang: Lang): KeyValueBlock {
  return { type: 'keyValue', rows: deskRows(desk, lang), labelWidth: 0.24, lang };
}
