import { Alert, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { uniqueCitations } from '../../../shared/appi/citations';
import { parametersToConfirm, ruleParameters, type RuleParameter } from '../../../shared/appi/rule-parameters';
import { useLanguage } from '../../lib/useLanguage';

/**
 * The rule values not yet confirmed against the texts they cite (`confirm: true` in shared/appi/rule-parameters),
 * said to the user rather than relied on silently (appi.md preamble). Nothing is shown while every value is
 * confirmed, as it is now.
 */
export function UnconfirmedSources() {
  const { t } = useTranslation();
  const language = useLanguage();
  const names = parametersToConfirm();
  if (names.length === 0) return null;
  const cites = uniqueCitations(names.flatMap((name) => (ruleParameters[name] as RuleParameter<unknown>).citations));
  const list = cites.map((citation) => citation[language]).join(language === 'ja' ? '、' : '; ');
  return (
    <Alert color="orange" variant="light" icon={<IconAlertCircle size={16} />} p="xs" title={t('assessment.unconfirmedTitle')}>
      <Text size="xs">{t('assessment.unconfirmedNote', { list })}</Text>
    </Alert>
  );
}
