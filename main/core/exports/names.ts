import type { IncidentDocument } from '../../../shared/contract/exports';
import type { DocumentLang } from '../export';

/** The word a file name gives each document: 速報, 確報 … in Japanese (also for bilingual files), else English. */
const documentWords: Record<IncidentDocument | 'timing' | 'policy', { ja: string; en: string }> = {
  ppc_preliminary: { ja: '速報', en: 'preliminary-report' },
  ppc_final: { ja: '確報', en: 'final-report' },
  individuals_notice: { ja: '本人通知', en: 'notice-to-individuals' },
  public_announcement: { ja: '公表文', en: 'public-announcement' },
  summary: { ja: '事案概要', en: 'incident-summary' },
  timing: { ja: '期限遵守状況', en: 'notification-timing' },
  policy: { ja: 'ポリシー', en: 'policy' },
};

export function documentWord(document: keyof typeof documentWords, lang: DocumentLang): string {
  return documentWords[document][lang === 'en' ? 'en' : 'ja'];
}
