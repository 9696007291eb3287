import type { Block, ExportDocument, Lang } from '../model';
import { companyName, representative, representativeName } from './company';
import { documentOf } from './documents';
import { breachWhat, itemBlocks, noticeSource, people, type NoticeSource } from './notice-content';
import { noticeWords } from './notice-words';
import type { BuildOptions, IncidentRecord } from './record';
import { dateText, eraOf, given, headerLang, lines } from './text';

/**
 * The public announcement (公表文) for the company's website: the alternative measure when notice to each individual
 * is impracticable (APPI Art. 26(2) proviso: 「本人への通知が困難な場合であって、本人の権利利益を保護するため必要なこれに
 * 代わるべき措置をとるとき」). GL 3-5-4-5 names the measures — publishing the case, and an inquiry desk whose contact
 * is published so individuals can ask whether their data is concerned — and says the published content is based on
 * what the notice would say (※2). So: the date and the sender once at the top, an apology, why individuals are not
 * told one by one, the notice's items, and the desk with the sentence that it answers that question.
 */
function letterhead(record: IncidentRecord, lang: Lang, options: BuildOptions): Block[] {
  const { company } = record;
  return [
    { type: 'paragraph', content: dateText(options.today, lang, eraOf(options.era)), align: 'right', lang },
    {
      type: 'paragraph',
      content: lines([given(companyName(company, lang)), representativeName(company, lang) ? representative(company, lang) : '']),
      align: 'right',
      lang,
    },
  ];
}

function announcementBlocks(record: IncidentRecord, source: NoticeSource, lang: Lang): Block[] {
  const w = noticeWords(lang);
  const reason = source.letter[lang].publicReason;
  const lead = [w.announcementOpening(people(source, lang)), reason].filter(Boolean).join(lang === 'ja' ? '' : ' ');
  return [
    { type: 'paragraph', content: lead, indentFirstLine: lang === 'ja', lang },
    ...itemBlocks(record, source, lang, { selfCheck: true }),
    ...(w.end ? [{ type: 'paragraph', content: w.end, align: 'right', lang } satisfies Block] : []),
  ];
}

export function buildPublicAnnouncement(record: IncidentRecord, options: BuildOptions): ExportDocument {
  const source = noticeSource(record, true);
  const title = (lang: Lang) => noticeWords(lang).announcementSubject(breachWhat(record, lang));
  // A letter (and a web notice) is set compact, so a typical one fits one A4 page.
  const doc = documentOf(
    options,
    (lang) => ({ title: title(lang), letterhead: letterhead(record, lang, options), blocks: announcementBlocks(record, source, lang) }),
    { company: companyName(record.company, headerLang(options)), subject: title(headerLang(options)) },
  );
  return { ...doc, compact: true };
}
