import type { Lang } from '../model';

/**
 * The fixed words of the notice to individuals and of the public announcement, in Japanese (です・ます, as a letter
 * to individuals is written) and English. Kept apart from words.ts, which holds the PPC report's plain-form words:
 * the two registers must not mix.
 */
const ja = {
  subject: (what: string) => `個人情報の${what}に関するお詫びとお知らせ`,
  announcementSubject: (what: string) => `当社における個人情報の${what}に関するお詫びとお知らせ`,
  breach: { leak: '漏えい', loss: '滅失', damage: '毀損' },
  suspected: 'のおそれ',
  opening: (people: string) =>
    `このたび、当社が取り扱う個人情報について下記の事態が生じ、${people}に多大なご迷惑とご心配をおかけしますことを、深くお詫び申し上げます。`,
  announcementOpening: (people: string) =>
    `このたび、当社がお預かりしている${people}の個人情報に関して、以下の事態が生じました。多大なご迷惑とご心配をおかけしますことを、深くお詫び申し上げます。`,
  record: '記',
  end: '以上',
  overview: '概要',
  items: '対象となる個人情報の項目',
  cause: '原因',
  damage: '二次被害又はそのおそれ',
  actions: 'ご注意いただきたいこと',
  prevention: '再発防止策',
  desk: 'お問い合わせ窓口',
  selfCheck: 'ご自身の個人情報が対象となっているかどうかは、下記の窓口でご確認いただけます。',
  companyContact: '連絡先',
  sincerely: '',
} as const;

type Words = { [K in keyof typeof ja]: (typeof ja)[K] extends (...args: infer A) => string ? (...args: A) => string : (typeof ja)[K] extends string ? string : { [P in keyof (typeof ja)[K]]: string } };

const en: Words = {
  // Short enough for one line of the title, suspected included: "Notice and Apology: Possible Personal Data Leak".
  subject: (what) => `Notice and Apology: ${what}`,
  announcementSubject: (what) => `Notice and Apology: ${what}`,
  breach: { leak: 'Personal Data Leak', loss: 'Loss of Personal Data', damage: 'Damage to Personal Data' },
  suspected: 'Possible ',
  opening: (people) =>
    `We sincerely apologize for the concern and inconvenience caused by an incident involving personal information about ${people} that we hold. The details and our response are set out below.`,
  announcementOpening: (people) =>
    `We regret to announce the incident described below, involving personal information about ${people} that we hold. We sincerely apologize for the concern and inconvenience it causes.`,
  record: '',
  end: '',
  overview: 'Overview',
  items: 'Personal information concerned',
  cause: 'Cause',
  damage: 'Secondary damage or its risk',
  actions: 'What you can do',
  prevention: 'Preventing a recurrence',
  desk: 'Where to ask',
  selfCheck: 'You can ask the desk below whether your personal information is concerned.',
  companyContact: 'Contact',
  sincerely: 'Sincerely,',
};

export function noticeWords(lang: Lang): Words {
  return lang === 'ja' ? ja : en;
}
