import { japanDateOf } from '../appi/japan-time';
import { dataItemCatalog, type DataItemCode } from './incident-items';
import {
  letterTextFields,
  peopleWord,
  suggestedActions,
  type AddresseeChoice,
  type LetterTexts,
  type NoticeLetter,
} from './notice-letter';
import { hasJapanese, toPolite } from './polite-japanese';

/**
 * The letter the record suggests, in です・ます and in English, for the user to edit: built from the incident's facts
 * (when it was found, what kind of breach, the data items, the count, whether a wrongful act is suspected) and from
 * the report's own texts only where they convert safely to the polite form (polite-japanese.ts) or are English
 * already. It never states a fact the record does not hold — no "no damage found" unless the record says so.
 */
export interface LetterFacts {
  breachKind: 'leak' | 'loss' | 'damage';
  certainty: 'confirmed' | 'suspected';
  knownAt: string;
  discoveredAt: string | null;
  dataItems: readonly DataItemCode[];
  otherDataItems: readonly string[];
  individualsKind: 'exact' | 'estimate' | 'unknown';
  individuals: number | null;
  individualsUpperBound: number | null;
  facts: { wrongfulPurpose: boolean | null; financialRisk: boolean | null };
  reportOverview: string;
  reportItems: string;
  reportCause: string;
  reportSecondaryDamage: string;
  reportPrevention: string;
  /** Item 5's choice when the record has it: '' not stated, or yes / no / unknown. */
  secondaryDamage?: string;
}

export interface LetterAudience {
  addressee: AddresseeChoice;
  addresseeName: string;
}

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function dateWords(instant: string, lang: 'ja' | 'en'): string {
  const [y, m, d] = japanDateOf(instant).split('-').map(Number) as [number, number, number];
  return lang === 'ja' ? `${y}年${m}月${d}日` : `${months[m - 1]} ${d}, ${y}`;
}

const withCommas = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** Texts that only say "not known yet" propose nothing of their own. */
function substantive(text: string): string {
  const trimmed = text.trim();
  return /^[（(]?(調査中|確認中|未定|不明|TBD|under investigation)[）)]?[。.]?$/i.test(trimmed) ? '' : trimmed;
}

/** The report's text as a letter's: converted to です・ます in Japanese, taken as it is in English if it is English. */
function fromReport(text: string, lang: 'ja' | 'en'): string | null {
  const own = substantive(text);
  if (!own) return null;
  if (lang === 'en') return hasJapanese(own) ? null : own;
  if (!hasJapanese(own)) return null;
  return toPolite(own) || null;
}

const breachJa = { leak: '漏えい', loss: '滅失', damage: '毀損' } as const;
const breachEn = {
  leak: ['has been leaked', 'may have been leaked'],
  loss: ['has been lost', 'may have been lost'],
  damage: ['has been damaged (altered or made unusable)', 'may have been damaged (altered or made unusable)'],
} as const;

function countSentence(f: LetterFacts, audience: LetterAudience, lang: 'ja' | 'en'): string {
  if (audience.addressee === 'named' || f.individuals === null || f.individualsKind === 'unknown') return '';
  const n = withCommas(f.individuals);
  const max = f.individualsUpperBound !== null && f.individualsUpperBound > f.individuals ? withCommas(f.individualsUpperBound) : '';
  if (lang === 'ja') {
    if (f.individualsKind === 'exact') return `対象となる方は${n}名です。`;
    return `対象となる方は約${n}名${max ? `（最大${max}名）` : ''}と見込んでおります。`;
  }
  if (f.individualsKind === 'exact') return `${n} ${f.individuals === 1 ? 'person is' : 'people are'} affected.`;
  return `We estimate that about ${n} people are affected${max ? ` (at most ${max})` : ''}.`;
}

function overview(f: LetterFacts, audience: LetterAudience, lang: 'ja' | 'en'): string {
  const own = fromReport(f.reportOverview, lang);
  if (own) return own;
  const when = dateWords(f.discoveredAt ?? f.knownAt, lang);
  const people = peopleWord(audience.addressee, audience.addresseeName, lang);
  const suspected = f.certainty === 'suspected';
  const count = countSentence(f, audience, lang);
  if (lang === 'ja') {
    const what = `${breachJa[f.breachKind]}した${suspected ? 'おそれがある' : ''}`;
    return `${when}、当社がお預かりしている${people}の個人情報が${what}ことが判明いたしました。${count}`;
  }
  const verb = breachEn[f.breachKind][suspected ? 1 : 0];
  const whose = people === 'you' ? 'about you' : `about ${people}`;
  return `On ${when}, we found that personal information ${whose} that we hold ${verb}.${count ? ` ${count}` : ''}`;
}

function itemsList(f: LetterFacts, lang: 'ja' | 'en'): string {
  const items = [...f.dataItems.map((code) => dataItemCatalog[code].label[lang]), ...f.otherDataItems];
  const own = fromReport(f.reportItems, lang);
  if (items.length === 0) {
    return own ?? (lang === 'ja' ? '対象となる項目は、現在確認しております。' : 'We are still establishing which items are concerned.');
  }
  const list = items.join(lang === 'ja' ? '、' : ', ');
  const first = lang === 'en' ? list.charAt(0).toUpperCase() + list.slice(1) : list;
  return own ? `${first}\n${own}` : first;
}

function cause(f: LetterFacts, lang: 'ja' | 'en'): string {
  const own = fromReport(f.reportCause, lang);
  if (own) return own;
  if (f.facts.wrongfulPurpose === true) {
    return lang === 'ja'
      ? '第三者による不正アクセス等の不正な行為によるものと考えております。詳しい原因は、引き続き調査しております。'
      : 'We believe it was caused by unauthorized access or another wrongful act by a third party. We are still investigating the details.';
  }
  return lang === 'ja'
    ? '現在、原因を調査しております。判明しましたら、改めてお知らせいたします。'
    : 'We are investigating the cause and will inform you once it is known.';
}

function secondaryDamage(f: LetterFacts, lang: 'ja' | 'en'): string {
  const own = fromReport(f.reportSecondaryDamage, lang);
  if (own) return own;
  const none = f.secondaryDamage === 'no';
  const financial = f.facts.financialRisk === true || f.dataItems.some((code) => dataItemCatalog[code].financial);
  if (lang === 'ja') {
    const status = none ? '現時点で、本件による二次被害は確認されておりません。' : '現在、本件による二次被害の有無を確認しております。';
    return financial ? `${status}ただし、情報が不正に利用されるおそれがありますので、下記のご注意をご確認ください。` : status;
  }
  const status = none ? 'So far, no secondary damage caused by this incident has been found.' : 'We are checking whether this incident has caused any secondary damage.';
  return financial ? `${status} As the information may be misused, please read what you can do below.` : status;
}

function prevention(f: LetterFacts, lang: 'ja' | 'en'): string {
  const own = fromReport(f.reportPrevention, lang);
  if (own) return own;
  return lang === 'ja'
    ? '当社は本件を厳粛に受け止め、原因の究明を進めるとともに、個人情報の管理体制を見直し、再発の防止に努めてまいります。'
    : 'We take this incident very seriously. We are investigating its cause, reviewing how we manage personal information and taking measures to prevent it from happening again.';
}

/** The contact note is the user's own (the desk itself is printed from its record); the announcement's reason is proposed. */
const fixed = {
  publicReason: {
    ja: '対象となる方お一人おひとりへ個別にご連絡することが困難であるため、本公表をもってお知らせいたします。',
    en: 'As it is difficult to contact each person concerned individually, we are making this announcement instead.',
  },
} as const;

function texts(f: LetterFacts, audience: LetterAudience, lang: 'ja' | 'en'): LetterTexts {
  return {
    overview: overview(f, audience, lang),
    items: itemsList(f, lang),
    cause: cause(f, lang),
    damage: secondaryDamage(f, lang),
    request: '',
    prevention: prevention(f, lang),
    contact: '',
    publicReason: fixed.publicReason[lang],
  };
}

/** The proposed letter: every text filled, the actions suggested by the data items, no desk chosen. */
export function proposeLetter(f: LetterFacts, audience: LetterAudience): NoticeLetter {
  return { ja: texts(f, audience, 'ja'), en: texts(f, audience, 'en'), actions: suggestedActions(f.dataItems), deskId: null };
}

/** The stored letter with every empty text, and unchosen actions, taken from the proposal: what a document prints. */
export function completeLetter(stored: NoticeLetter, f: LetterFacts, audience: LetterAudience): NoticeLetter {
  const proposal = proposeLetter(f, audience);
  const merge = (own: LetterTexts, proposed: LetterTexts): LetterTexts =>
    Object.fromEntries(letterTextFields.map((field) => [field, own[field].trim() || proposed[field]])) as LetterTexts;
  return {
    ja: merge(stored.ja, proposal.ja),
    en: merge(stored.en, proposal.en),
    actions: stored.actions ?? proposal.actions,
    deskId: stored.deskId,
  };
}
