import type { Lang } from './model';

/** The fixed words a document prints around its content, in both languages. */
export const labels = {
  missing: { ja: '未記入', en: 'not provided' },
  contents: { ja: '目次', en: 'Contents' },
  documentDate: { ja: '作成日', en: 'Date' },
  effectiveDate: { ja: '施行日', en: 'Effective date' },
  reference: { ja: '文書番号', en: 'Reference' },
} as const satisfies Record<string, Record<Lang, string>>;

export type LabelKey = keyof typeof labels;

export function label(key: LabelKey, lang: Lang): string {
  return labels[key][lang];
}
