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
        // Each language named in itself, and marked so for screen readers.
        { value: 'ja', label: <span lang="ja">日本語</span> },
        { value: 'en', label: <span lang="en">English</span> },
      ]}
    />
  );
}
