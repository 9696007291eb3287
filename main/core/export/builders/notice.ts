import { salutation } from '../../../../shared/domain/notice-letter';
import type { Block, ExportDocument, Lang } from '../model';
import { companyName, representative, representativeName } from './company';
import { documentOf } from './documents';
import { breachWhat, itemBlocks, noticeSource, people, type NoticeSource } from './notice-content';
import { noticeWords } from './notice-words';
import type { BuildOptions, IncidentRecord } from './record';
import { dateText, eraOf, given, headerLang, lines } from './text';

/**
 * The notice to the individuals concerned (APPI Art. 26(2); Rule Art. 10) as a letter, from the notification's
 * addressee and letter (shared/domain/notice-letter.ts), its empty texts proposed from the record.
 *
 * Japanese: the date at the top right, the salutation (お客様各位, 従業員各位, 山田太郎 様 …), the sender — company and
 * representative, once — at the right, the subject, an apology, then 「記」, the items, the inquiry desk, and 「以上」
 * closing the itemised part. English: the date, the subject, "Dear Customers," and the items, signed once at the end.
 * The desk's table is kept on one page.
 */
function letterhead(record: IncidentRecord, source: NoticeSource, lang: Lang, options: BuildOptions): Block[] {
  const date: Block = { type: 'paragraph', content: dateText(options.today, lang, eraOf(options.era)), align: 'right', lang };
  if (lang === 'en') return [date];
  const { company } = record;
  return [
    date,
    { type: 'paragraph', content: salutation(source.audience.addressee, source.audience.addresseeName, lang), align: 'left', lang },
    {
      type: 'paragraph',
      content: lines([given(companyName(company, lang)), representativeName(company, lang) ? representative(company, lang) : '']),
      align: 'right',
      lang,
    },
  ];
}

/**
 * An English letter is signed once, at its end: "Sincerely," then the representative and the company — three lines,
 * which the paginator keeps together (a paragraph's first line keeps with its second, its second-to-last with its last).
 */
function englishSignature(record: IncidentRecord): Block[] {
  const { company } = record;
  const signer = representativeName(company, 'en') ? representative(company, 'en') : '';
  return [{ type: 'paragraph', content: lines([noticeWords('en').sincerely, signer, given(companyName(company, 'en'))]), align: 'left', lang: 'en' }];
}

function noticeBlocks(record: IncidentRecord, source: NoticeSource, lang: Lang): Block[] {
  const w = noticeWords(lang);
  const opening: Block = { type: 'paragraph', content: w.opening(people(source, lang)), indentFirstLine: lang === 'ja', lang };
  const items = itemBlocks(record, source, lang, { selfCheck: false });
  if (lang === 'en') {
    const dear: Block = { type: 'paragraph', content: salutation(source.audience.addressee, source.audience.addresseeName, 'en'), align: 'left', lang };
    return [dear, opening, ...items, ...englishSignature(record)];
  }
  return [
    opening,
    // 「記」 opens the itemised part and 「以上」 closes it, right after its last item.
    { type: 'paragraph', content: w.record, align: 'center', lang },
    ...items,
    { type: 'paragraph', content: w.end, align: 'right', lang },
  ];
}

export function buildIndividualsNotice(record: IncidentRecord, options: BuildOptions): ExportDocument {
  const source = noticeSource(record, false);
  // A letter (and a web notice) is set compact, so a typical one fits one A4 page.
  const doc = documentOf(
    options,
    (lang) => ({
      title: noticeWords(lang).subject(breachWhat(record, lang)),
      letterhead: letterhead(record, source, lang, options),
      blocks: noticeBlocks(record, source, lang),
    }),
    // The file's subject is the letter's own, not the incident's internal title.
    { company: companyName(record.company, headerLang(options)), subject: noticeWords(headerLang(options)).subject(breachWhat(record, headerLang(options))) },
  );
  return { ...doc, compact: true };
}
