import type { Lang } from '../model';

/** The fixed words of a policy document. */
const ja = {
  contents: '目次',
  history: '改定履歴',
  date: '日付',
  event: '区分',
  summary: '内容',
  established: '制定',
  revised: '改定',
  noHistory: '改定履歴',
  tool: '送信先のツール',
  recipient: '送信先',
  dataSent: '送信される情報',
  purpose: '利用目的',
  optOut: 'オプトアウト',
  desk: (id: number) => `窓口（ID ${id}）`,
  noDesk: '窓口',
  fallback: (other: string) => `この版には日本語の本文がない条項があり、${other}の本文をそのまま掲載しています。`,
  otherLang: '英語',
};

const en: typeof ja = {
  contents: 'Contents',
  history: 'Revision History',
  date: 'Date',
  event: 'Event',
  summary: 'Summary',
  established: 'Established',
  revised: 'Revised',
  noHistory: 'revision history',
  tool: 'Tool',
  recipient: 'Recipient',
  dataSent: 'Information sent',
  purpose: 'Purpose',
  optOut: 'Opt-out',
  desk: (id) => `desk (ID ${id})`,
  noDesk: 'desk',
  fallback: (other) => `Some articles of this version have no English text; their ${other} text is printed as it stands.`,
  otherLang: 'Japanese',
};

export function policyWords(lang: Lang): typeof ja {
  return lang === 'ja' ? ja : en;
}

/** 「ツール / Tool」: a label in each of the document's languages, for tables shared by both columns. */
export function bothLabels(key: keyof typeof ja, langs: readonly Lang[]): string {
  return langs.map((lang) => policyWords(lang)[key] as string).join(' / ');
}
