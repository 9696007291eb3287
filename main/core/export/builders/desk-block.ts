import type { Desk, Weekday } from '../../../../shared/domain/desk';
import { weekdays } from '../../../../shared/domain/desk';
import { hasJapanese } from '../../../../shared/domain/polite-japanese';
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

/**
 * Options for documents sent to individuals: `strict` prints only the contact details the desk has (no 未記入 unless
 * it has no way to be reached at all) and keeps an English document free of Japanese the user did not write for
 * it — no Japanese-only department, phone label, reception note or address, and no 〒.
 */
export interface DeskOptions {
  strict?: boolean;
  /** A published document: only the details the desk has, no 未記入 row (a draft marks the gaps to fill). */
  omitEmpty?: boolean;
}

const foreign = (text: string, lang: Lang, options: DeskOptions) => options.strict === true && lang === 'en' && hasJapanese(text);

export function hoursText(desk: Desk, lang: Lang, options: DeskOptions = {}): Inline {
  const days = desk.receptionDays.length > 0 ? receptionDaysText(desk.receptionDays, lang) : '';
  const hours = desk.hoursFrom && desk.hoursTo ? `${desk.hoursFrom}${lang === 'ja' ? '〜' : '–'}${desk.hoursTo}` : '';
  // The desk's setting is 「祝日・年末年始は休業」: say both, as the form promises (issue 13 item 8).
  const holidays = days && desk.closedOnHolidays ? (lang === 'ja' ? '（祝日・年末年始を除く）' : ' (except national holidays and the New Year break)') : '';
  const main = [days, hours].filter(Boolean).join(lang === 'ja' ? '\u3000' : ' ');
  const note = (lang === 'en' && desk.receptionNoteEn) || desk.receptionNoteJa;
  const shownNote = foreign(note, lang, options) ? '' : note;
  // A note alone (「平日のみ、メールで受付」) says when the desk answers: no 未記入 above it.
  return lines([main ? `${main}${holidays}` : shownNote ? '' : given(''), shownNote]);
}

export function deskName(desk: Desk, lang: Lang): string {
  return (lang === 'en' && desk.nameEn) || desk.nameJa;
}

function phonesText(desk: Desk, lang: Lang, options: DeskOptions): Inline {
  if (desk.phones.length === 0) return given('');
  return desk.phones
    .map((phone) => (phone.label && !foreign(phone.label, lang, options) ? `${phone.label} ${phone.number}` : phone.number))
    .join('\n');
}

/** 〒100-0001 東京都… in Japanese; in a strict English document the English address with the code after it. */
function addressText(desk: Desk, lang: Lang, options: DeskOptions): string {
  if (options.strict === true && lang === 'en') {
    if (!desk.addressEn) return '';
    return desk.postalCode && !desk.addressEn.includes(desk.postalCode) ? `${desk.addressEn} ${desk.postalCode}` : desk.addressEn;
  }
  const address = (lang === 'en' && desk.addressEn) || desk.addressJa;
  if (!address) return '';
  return desk.postalCode ? `〒${desk.postalCode} ${address}` : address;
}

/** A desk as label / value rows; missing contact details are marked, optional extras are left out. */
export function deskRows(desk: Desk, lang: Lang, options: DeskOptions = {}): KeyValueBlock['rows'] {
  const l = labels[lang];
  const department = desk.department && !foreign(desk.department, lang, options) ? desk.department : '';
  // A letter keeps the desk short: its department beside its name rather than on a row of its own.
  const named = options.strict === true && department ? `${deskName(desk, lang)}${lang === 'ja' ? `（${department}）` : ` (${department})`}` : deskName(desk, lang);
  const rows: { label: Inline; value: Inline }[] = [{ label: l.desk, value: named }];
  if (department && options.strict !== true) rows.push({ label: l.department, value: department });
  if (options.strict === true) {
    // A letter to individuals prints the ways to reach the desk it has; only when there is none is the gap shown.
    const reachable = desk.phones.length > 0 || desk.email !== '' || desk.inquiryFormUrl !== '';
    if (desk.phones.length > 0 || !reachable) rows.push({ label: l.phone, value: phonesText(desk, lang, options) });
    if (desk.email) rows.push({ label: l.email, value: desk.email });
    if (desk.receptionDays.length > 0 || (desk.hoursFrom && desk.hoursTo)) rows.push({ label: l.hours, value: hoursText(desk, lang, options) });
  } else if (options.omitEmpty === true) {
    if (desk.phones.length > 0) rows.push({ label: l.phone, value: phonesText(desk, lang, options) });
    if (desk.email) rows.push({ label: l.email, value: desk.email });
    if (desk.receptionDays.length > 0 || (desk.hoursFrom && desk.hoursTo) || desk.receptionNoteJa || desk.receptionNoteEn) {
      rows.push({ label: l.hours, value: hoursText(desk, lang, options) });
    }
  } else {
    rows.push(
      { label: l.phone, value: phonesText(desk, lang, options) },
      { label: l.email, value: given(desk.email) },
      { label: l.hours, value: hoursText(desk, lang, options) },
    );
  }
  const address = addressText(desk, lang, options);
  if (address) rows.push({ label: l.address, value: address });
  if (desk.inquiryFormUrl) rows.push({ label: l.form, value: desk.inquiryFormUrl });
  return rows;
}

export function deskBlock(desk: Desk, lang: Lang, options: DeskOptions = {}): KeyValueBlock {
  return { type: 'keyValue', rows: deskRows(desk, lang, options), labelWidth: 0.24, lang };
}
