import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/contract/settings';
import { useRead, useWrite } from '../api/hooks';
import { notifyFailure } from './dialogs';

/**
 * Switches the screens' language at once and saves it, so the next start opens in the same language.
 * settings.update replaces both fields, so it sends the operator name already stored.
 */
export function useChangeLanguage(): (language: Language) => void {
  const { i18n } = useTranslation();
  const settings = useRead('settings.get', {});
  const update = useWrite('settings.update');
  return (language) => {
    void i18n.changeLanguage(language);
    if (settings.data && settings.data.language !== language) {
      update.mutate(
        { userName: settings.data.userName, language },
        { onError: (error) => notifyFailure(i18n.t('errors.saveFailed'), error.text[language]) },
      );
    }
  };
}
