import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Citation } from '../../../shared/appi/citations';
import { useLanguage } from '../../lib/useLanguage';

/** The sources of a conclusion, as the rules carry them (appi.md: every conclusion shows its citation). */
export function Citations({ citations }: { citations: readonly Citation[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (citations.length === 0) return null;
  const list = citations.map((citation) => citation[language]).join(language === 'ja' ? '、' : '; ');
  return (
    <Text size="xs" c="gray.7" className="wb-citations">
      {t('assessment.citations', { list })}
    </Text>
  );
}
