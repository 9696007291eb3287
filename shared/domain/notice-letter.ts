import { z } from 'zod';
import { MAX_LONG, optionalText } from '../validation/fields';
import type { DataItemCode } from './incident-items';

/**
 * The notice to individuals (APPI Art. 26(2); Rule Art. 10) as its own letter: who it is addressed to, and its
 * です・ます texts written for the individuals — not the plain-form prose of the report to the PPC. Rule Art. 10
 * asks for Rule Art. 8(1) items 1, 2, 4, 5 and 9: overview, items of data, cause, secondary damage or its risk and
 * other reference matters; GL 3-5-4-3 (※) names, as such a matter, what individuals can do to protect themselves,
 * so the letter has a "what you can do" part, and it states the preventive measures in brief. The same texts make
 * the public announcement used as the alternative measure when notice is impracticable (Art. 26(2) proviso;
 * GL 3-5-4-5: publication, and a desk where individuals can ask whether their data is concerned).
 *
 * Stored as JSON on the notification; a text left empty takes the proposal made from the record
 * (notice-letter-proposal.ts) when the letter is exported, so an untouched letter is still complete.
 */
export const addressees = ['customers', 'users', 'members', 'employees', 'applicants', 'named'] as const;
export type Addressee = (typeof addressees)[number];
/** '' = not chosen yet: the letter then opens with a neutral salutation. */
export const addresseeChoices = ['', ...addressees] as const;
export type AddresseeChoice = (typeof addresseeChoices)[number];

export const addresseeLabels: Record<Addressee, { ja: string; en: string }> = {
  customers: { ja: 'お客様', en: 'customers' },
  users: { ja: 'ご利用者', en: 'users' },
  members: { ja: '会員', en: 'members' },
  employees: { ja: '従業員', en: 'employees' },
  applicants: { ja: '応募者', en: 'applicants' },
  named: { ja: '個人・団体（名前を指定）', en: 'a named person or group' },
};

/** The letter's texts, in the order it prints them. */
export const letterTextFields = ['overview', 'items', 'cause', 'damage', 'request', 'prevention', 'contact', 'publicReason'] as const;
export type LetterTextField = (typeof letterTextFields)[number];

/**
 * What individuals can do, offered by the data involved. Each is worded once here for both documents. None of them
 * promises anything the record does not say (no fee waiver, no "no damage found").
 */
export const letterActions = ['cardStatements', 'cardReissue', 'bankStatements', 'passwordChange', 'phishing', 'unknownContracts'] as const;
export type LetterAction = (typeof letterActions)[number];

export const letterActionTexts: Record<LetterAction, { ja: string; en: string }> = {
  cardStatements: {
    ja: 'クレジットカードのご利用明細に身に覚えのない請求がないかご確認いただき、不審な請求がございましたらカード会社へご連絡ください。',
    en: 'Please check your credit-card statements for any charge you do not recognise, and report any such charge to your card company.',
  },
  cardReissue: {
    ja: 'カード番号の変更（カードの再発行）をご希望の場合は、カード会社へお申し出ください。',
    en: 'If you would like a new card number, please ask your card company to reissue your card.',
  },
  bankStatements: {
    ja: '金融機関の口座の入出金明細に、身に覚えのない取引がないかご確認ください。',
    en: 'Please check your bank-account statements for any transaction you do not recognise.',
  },
  passwordChange: {
    ja: '同じパスワードを他のサービスでもお使いの場合は、そのサービスのパスワードを変更してください。',
    en: 'If you use the same password for other services, please change it there.',
  },
  phishing: {
    ja: '当社を装った不審な電子メール・SMS・電話にご注意ください。心当たりのない連絡のURLや添付ファイルは開かないでください。',
    en: 'Please beware of suspicious emails, text messages and calls claiming to be from us, and do not open links or attachments in messages you do not expect.',
  },
  unknownContracts: {
    ja: '身に覚えのない契約や請求の連絡があった場合は、応じずに下記の窓口へご相談ください。',
    en: 'If you are contacted about a contract or bill you do not recognise, do not respond; please contact us at the desk below.',
  },
};

/** Which actions fit the data involved: card data → statements and reissue, contact data → phishing, and so on. */
const actionTriggers: Record<LetterAction, readonly DataItemCode[]> = {
  cardStatements: ['creditCard', 'cardSecurityCode'],
  cardReissue: ['creditCard', 'cardSecurityCode'],
  bankStatements: ['bankAccount', 'onlineBanking', 'paymentCredentials'],
  passwordChange: ['loginCredentials', 'onlineBanking', 'paymentCredentials'],
  phishing: ['email', 'phone', 'address', 'name', 'loginCredentials', 'creditCard'],
  unknownContracts: ['driverLicense', 'passport', 'myNumber', 'birthDate', 'bankAccount'],
};

export function suggestedActions(items: readonly DataItemCode[]): LetterAction[] {
  return letterActions.filter((action) => actionTriggers[action].some((code) => items.includes(code)));
}

const text = optionalText(MAX_LONG);
const letterTexts = z
  .object({
    overview: text,
    items: text,
    cause: text,
    damage: text,
    request: text,
    prevention: text,
    contact: text,
    /** For the public announcement only: why the individuals are not told one by one. */
    publicReason: text,
  })
  .strict();
export type LetterTexts = z.output<typeof letterTexts>;

export const noticeLetter = z
  .object({
    ja: letterTexts.default(letterTexts.parse({})),
    en: letterTexts.default(letterTexts.parse({})),
    /** The actions printed under "what you can do"; null = not chosen yet, the ones suggested by the data items. */
    actions: z.array(z.enum(letterActions, { error: 'invalidChoice' })).max(letterActions.length).nullable().default(null),
    /** The desk named as the inquiry contact; null = the company's first own desk. */
    deskId: z.number().int().positive().nullable().default(null),
  })
  .strict();
export type NoticeLetter = z.output<typeof noticeLetter>;

export const emptyLetter: NoticeLetter = noticeLetter.parse({});

/** A stored letter, read leniently: a row written before this schema (or '{}') is an empty letter. */
export function readLetter(json: string): NoticeLetter {
  try {
    const parsed = noticeLetter.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : emptyLetter;
  } catch {
    return emptyLetter;
  }
}

/** 様 is added to a bare name; a name that already ends with an honorific keeps it. */
function honorific(name: string): string {
  return /(様|殿|御中|各位|さん)$/.test(name) ? name : `${name} 様`;
}

/** The salutation line: お客様各位 … 山田太郎 様; Dear Customers, … Dear 山田太郎,. */
export function salutation(addressee: AddresseeChoice, name: string, lang: 'ja' | 'en'): string {
  const trimmed = name.trim();
  if (lang === 'ja') {
    switch (addressee) {
      case 'customers':
        return 'お客様各位';
      case 'users':
        return 'ご利用者各位';
      case 'members':
        return '会員各位';
      case 'employees':
        return '従業員各位';
      case 'applicants':
        return '応募者各位';
      case 'named':
        return trimmed ? honorific(trimmed) : '関係者各位';
      case '':
        return '関係者各位';
    }
  }
  switch (addressee) {
    case 'customers':
      return 'Dear Customers,';
    case 'users':
      return 'Dear Users,';
    case 'members':
      return 'Dear Members,';
    case 'employees':
      return 'Dear Employees,';
    case 'applicants':
      return 'Dear Applicants,';
    case 'named':
      return trimmed ? `Dear ${trimmed.replace(/\s*(様|殿|御中|各位|さん)$/, '')},` : 'Dear Sir or Madam,';
    case '':
      return 'Dear Sir or Madam,';
  }
}

/** How the letter's body names the people concerned: お客様 / 従業員の皆様 / 山田太郎様; customers / employees / you. */
export function peopleWord(addressee: AddresseeChoice, name: string, lang: 'ja' | 'en'): string {
  if (lang === 'ja') {
    switch (addressee) {
      case 'customers':
        return 'お客様';
      case 'users':
        return 'ご利用者の皆様';
      case 'members':
        return '会員の皆様';
      case 'employees':
        return '従業員の皆様';
      case 'applicants':
        return '応募者の皆様';
      case 'named':
        return name.trim() ? honorific(name.trim()).replace(/ 様$/, '様') : '皆様';
      case '':
        return '皆様';
    }
  }
  switch (addressee) {
    case 'customers':
      return 'our customers';
    case 'users':
      return 'our users';
    case 'members':
      return 'our members';
    case 'employees':
      return 'our employees';
    case 'applicants':
      return 'applicants to us';
    default:
      return 'you';
  }
}
