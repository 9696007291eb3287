import type { Desk } from '../../../../shared/domain/desk';
import type { Block, ExportDocument, Inline, Lang } from '../model';
import { companyAddress, companyName, representativeName, representativeTitle } from './company';
import { deskBlock } from './desk-block';
import { documentOf } from './documents';
import type { BuildOptions, IncidentRecord } from './record';
import { dataItemsText, reportItemLabels } from './report-items';
import { dateText, eraOf, given, headerLang, lines } from './text';

/**
 * The notice to the individuals concerned (APPI Art. 26(2); Rule Art. 10) as a letter: date, addressee and sender
 * above the subject, an apology, then 「記」 and the Rule Art. 10 items — overview, items of data, cause,
 * secondary damage or its risk, other reference matters with the inquiry desks from their records — and the
 * apology again above the signature.
 */
const text = {
  ja: {
    addressee: 'お客様各位',
    subject: (what: string) => `個人情報の${what}に関するお詫びとお知らせ`,
    breach: { leak: '漏えい', loss: '滅失', damage: '毀損' },
    suspected: 'のおそれ',
    opening: (what: string) =>
      `このたび、当社が取り扱うお客様の個人情報について、${what}が発生いたしました。お客様には多大なご迷惑とご心配をおかけしますことを、深くお詫び申し上げます。個人情報の保護に関する法律第26条第2項に基づき、下記のとおりお知らせいたします。`,
    record: '記',
    other: 'その他参考となる事項',
    desks: 'お問い合わせ窓口',
    noDesk: '本件に関するお問い合わせ窓口',
    closing:
      '当社は、今回の事態を厳粛に受け止め、再発防止に全力で取り組んでまいります。重ねて深くお詫び申し上げます。',
    end: '以上',
  },
  en: {
    addressee: 'To our customers',
    subject: (what: string) => `Notice and Apology Concerning the ${what} of Personal Information`,
    breach: { leak: 'Leak', loss: 'Loss', damage: 'Damage' },
    suspected: 'Possible ',
    opening: (what: string) =>
      `We regret to inform you that a ${what.toLowerCase()} has occurred involving personal information about you that we handle. We sincerely apologize for the inconvenience and concern this causes. As required by Article 26(2) of the Act on the Protection of Personal Information, we inform you of the following.`,
    record: '',
    other: 'Other reference matters',
    desks: 'Where to ask',
    noDesk: 'Inquiry desk for this matter',
    closing: 'We take this matter very seriously and are doing everything we can to prevent it from happening again. We apologize once more.',
    end: '',
  },
} as const;

function what(record: IncidentRecord, lang: Lang): string {
  const t = text[lang];
  const kind = t.breach[record.incident.breachKind];
  if (record.incident.certainty !== 'suspected') return kind;
  return lang === 'ja' ? `${kind}${t.suspected}` : `${t.suspected}${kind}`;
}

/** Inquiry desks of the company itself (an authorized organization's desk is for policies, not for this letter). */
function inquiryDesks(desks: readonly Desk[]): Desk[] {
  return desks.filter((desk) => desk.kind === 'own');
}

function item(n: number, label: string, lang: Lang, content: Block[]): Block[] {
  return [{ type: 'heading', level: 2, label: `${n}.`, labelStyle: 'plain', text: label, lang, toc: false }, ...content];
}

function noticeBlocks(record: IncidentRecord, lang: Lang): Block[] {
  const t = text[lang];
  const { incident, company } = record;
  const paragraph = (content: Inline): Block => ({ type: 'paragraph', content, lang });
  const desks = inquiryDesks(record.desks);
  const deskBlocks: Block[] =
    desks.length > 0 ? desks.map((desk) => deskBlock(desk, lang)) : [{ type: 'keyValue', lang, rows: [{ label: t.noDesk, value: given('') }] }];
  const other = incident.reportOther.trim();
  return [
    { type: 'paragraph', content: t.opening(what(record, lang)), indentFirstLine: lang === 'ja', lang },
    // 「記」 opens the itemised part of a Japanese letter; English letters have no such word.
    ...(t.record ? [{ type: 'paragraph', content: t.record, align: 'center', lang } satisfies Block] : []),
    ...item(1, reportItemLabels.reportOverview[lang], lang, [paragraph(given(incident.reportOverview))]),
    ...item(2, reportItemLabels.reportItems[lang], lang, [paragraph(lines([dataItemsText(incident, lang), incident.reportItems.trim()]))]),
    ...item(3, reportItemLabels.reportCause[lang], lang, [paragraph(given(incident.reportCause))]),
    ...item(4, reportItemLabels.reportSecondaryDamage[lang], lang, [paragraph(given(incident.reportSecondaryDamage))]),
    ...item(5, t.other, lang, [...(other ? [paragraph(other)] : []), { type: 'paragraph', content: `${t.desks}${lang === 'ja' ? '' : ':'}`, lang }, ...deskBlocks]),
    { type: 'paragraph', content: t.closing, indentFirstLine: lang === 'ja', lang },
    {
      type: 'signature',
      company: given(companyName(company, lang)),
      title: representativeTitle(company, lang),
      name: given(representativeName(company, lang)),
      lang,
    },
    ...(t.end ? [{ type: 'paragraph', content: t.end, align: 'right', lang } satisfies Block] : []),
  ];
}

function letterhead(record: IncidentRecord, lang: Lang, options: BuildOptions): Block[] {
  const t = text[lang];
  const sender = lines([companyName(record.company, lang), companyAddress(record.company, lang)]);
  return [
    { type: 'paragraph', content: dateText(options.today, lang, eraOf(options.era)), align: 'right', lang },
    { type: 'paragraph', content: t.addressee, align: 'left', lang },
    { type: 'paragraph', content: sender, align: 'right', lang },
  ];
}

export function buildIndividualsNotice(record: IncidentRecord, options: BuildOptions): ExportDocument {
  return documentOf(
    options,
    (lang) => ({ title: text[lang].subject(what(record, lang)), letterhead: letterhead(record, lang, options), blocks: noticeBlocks(record, lang) }),
    { company: companyName(record.company, headerLang(options)), subject: record.incident.title },
  );
}
