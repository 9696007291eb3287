import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../shared/contract/settings';
import { en } from './en';
import { ja, type Messages } from './ja';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}

/** i18next with both languages bundled (the app is offline); Japanese until Settings says otherwise. */
export function initI18n(language: Language = 'ja') {
  void i18next.use(initReactI18next).init({
    resources: { ja: { translation: ja }, en: { translation: en } },
    lng: language,
    fallbackLng: 'ja',
    supportedLngs: ['ja', 'en'],
    // React escapes what it renders; escaping again would show &amp; in names.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  i18next.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
  return i18next;
}
