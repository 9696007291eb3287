import { Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A table cell with nothing in it: a quiet dash on screen, 「未設定」 to a screen reader. */
export function EmptyCell() {
  const { t } = useTranslation();
  return (
    <>
      <Text span c="dimmed" size="sm" aria-hidden="true">
        —
      </Text>
      <VisuallyHidden>{t('common.notSet')}</VisuallyHidden>
    </>
  );
}
