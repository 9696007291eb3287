import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/contract/settings';
import type { LocalizedText } from '../../shared/errors';

/** The language the screens are in now ('ja' until told otherwise). */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.resolvedLanguage === 'en' ? 'en' : 'ja';
}

/** Picks the current language out of a { ja, en } pair, as the core's messages and labels come. */
export function useLocalize(): (text: LocalizedText) => string {
  const language = useLanguage();
  return (text) => text[language];
}
