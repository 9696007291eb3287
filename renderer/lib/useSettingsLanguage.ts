import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useRead } from '../api/hooks';

/** Applies the language saved in Settings once it arrives (the first paint is in Japanese). */
export function useSettingsLanguage() {
  const { i18n } = useTranslation();
  const settings = useRead('settings.get', {});
  const saved = settings.data?.language;

  useEffect(() => {
    if (saved && saved !== i18n.resolvedLanguage) void i18n.changeLanguage(saved);
  }, [saved, i18n]);
}
