import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useChangeLanguage } from '../lib/useChangeLanguage';
import { useLanguage } from '../lib/useLanguage';

/** The header's ja/EN switch: always visible, effective at once. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const language = useLanguage();
  const change = useChangeLanguage();

  return (
    <SegmentedControl
      size="xs"
      aria-label={t('app.language')}
      value={language}
      onChange={(value) => change(value === 'en' ? 'en' : 'ja')}
      data={[
        { value: 'ja', label: '日本語' },
        { value: 'en', label: 'English' },
      ]}
    />
  );
}
