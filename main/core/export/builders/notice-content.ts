import type { Desk } from '../../../../shared/domain/desk';
import type { Notification } from '../../../../shared/domain/incident-notification';
import { emptyLetter, letterActionTexts, peopleWord, type NoticeLetter } from '../../../../shared/domain/notice-letter';
import { completeLetter, type LetterAudience } from '../../../../shared/domain/notice-letter-proposal';
import type { Block, Inline, Lang } from '../model';
import { companyName } from './company';
import { deskBlock } from './desk-block';
import { noticeWords } from './notice-words';
import type { IncidentRecord } from './record';
import { given } from './text';

/**
 * What the notice to individuals and the public announcement share: the notification they are written from (its
 * addressee and letter), the letter completed from the record's proposal, the itemised part (Rule Art. 10 items,
 * what individuals can do, the preventive measures in brief) and the inquiry desk as a table kept on one page.
 */
export interface NoticeSource {
  notification: Notification | undefined;
  audience: LetterAudience;
  letter: NoticeLetter;
}

/**
 * The current individuals notice of the incident (not one corrected by a later one): for the letter, one that is
 * not the alternative measure if there is one; for the announcement, the alternative measure if there is one.
 */
export function noticeSource(record: IncidentRecord, preferAlternative: boolean): NoticeSource {
  const current = record.notifications.filter((n) => n.notificationKind === 'individuals_notice' && n.correctedBy === null);
  const notification = current.filter((n) => n.alternativeMeasure === preferAlternative).at(-1) ?? current.at(-1);
  const audience: LetterAudience = { addressee: notification?.addressee ?? '', addresseeName: notification?.addresseeName ?? '' };
  return { notification, audience, letter: completeLetter(notification?.letter ?? emptyLetter, record.incident, audience) };
}

export function people(source: NoticeSource, lang: Lang): string {
  return peopleWord(source.audience.addressee, source.audience.addresseeName, lang);
}

/** 漏えい / 漏えいのおそれ; Leak / Possible Leak. */
export function breachWhat(record: IncidentRecord, lang: Lang): string {
  const w = noticeWords(lang);
  const kind = w.breach[record.incident.breachKind];
  if (record.incident.certainty !== 'suspected') return kind;
  return lang === 'ja' ? `${kind}${w.suspected}` : `${w.suspected}${kind}`;
}

/** The chosen desk, else the company's first own desk (an authorized organization's desk is for policies). */
function inquiryDesk(record: IncidentRecord, letter: NoticeLetter): Desk | undefined {
  const own = record.desks.filter((desk) => desk.kind === 'own');
  return own.find((desk) => desk.id === letter.deskId) ?? own[0];
}

/** Without a desk, the company's own phone and email; the gap is shown only when there is no way to reach it. */
function contactBlock(record: IncidentRecord, letter: NoticeLetter, lang: Lang): Block {
  const desk = inquiryDesk(record, letter);
  if (desk) return { ...deskBlock(desk, lang, { strict: true }), keepTogether: true };
  const { company } = record;
  const rows: { label: Inline; value: Inline }[] = [{ label: noticeWords(lang).companyContact, value: given(companyName(company, lang)) }];
  const label = lang === 'ja' ? { phone: '電話', email: 'メール' } : { phone: 'Phone', email: 'Email' };
  if (company.phone || !company.email) rows.push({ label: label.phone, value: given(company.phone) });
  if (company.email) rows.push({ label: label.email, value: company.email });
  return { type: 'keyValue', rows, labelWidth: 0.24, lang, keepTogether: true };
}

const heading = (n: number, text: string, lang: Lang): Block => ({ type: 'heading', level: 3, label: `${n}.`, labelStyle: 'plain', text, lang, toc: false });

/** A text of several paragraphs (blank-line or line separated) as paragraphs. */
function paragraphs(text: string, lang: Lang): Block[] {
  return text
    .split(/\n+/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((content) => ({ type: 'paragraph', content, lang }) satisfies Block);
}

/**
 * The itemised part: overview, items of data, cause, secondary damage (Rule Art. 10 with Art. 8(1)(i), (ii), (iv),
 * (v)), what individuals can do and the preventive measures, then the inquiry desk (Art. 8(1)(ix), GL 3-5-4-3 (※)).
 * `selfCheck` adds the announcement's sentence that the desk tells individuals whether their data is concerned
 * (GL 3-5-4-5, alternative measure example 2).
 */
export function itemBlocks(record: IncidentRecord, source: NoticeSource, lang: Lang, options: { selfCheck: boolean }): Block[] {
  const w = noticeWords(lang);
  const t = source.letter[lang];
  const actions = (source.letter.actions ?? []).map((action) => letterActionTexts[action][lang]);
  const sections: { title: string; blocks: Block[] }[] = [
    { title: w.overview, blocks: paragraphs(t.overview, lang) },
    { title: w.items, blocks: paragraphs(t.items, lang) },
    { title: w.cause, blocks: paragraphs(t.cause, lang) },
    { title: w.damage, blocks: paragraphs(t.damage, lang) },
  ];
  if (actions.length > 0 || t.request) {
    sections.push({
      title: w.actions,
      blocks: [...paragraphs(t.request, lang), ...(actions.length > 0 ? [{ type: 'list', ordered: false, items: actions, lang } satisfies Block] : [])],
    });
  }
  if (t.prevention) sections.push({ title: w.prevention, blocks: paragraphs(t.prevention, lang) });
  sections.push({
    title: w.desk,
    blocks: [...paragraphs(t.contact, lang), ...(options.selfCheck ? paragraphs(w.selfCheck, lang) : []), contactBlock(record, source.letter, lang)],
  });
  return sections.flatMap((section, i) => [heading(i + 1, section.title, lang), ...section.blocks]);
}
