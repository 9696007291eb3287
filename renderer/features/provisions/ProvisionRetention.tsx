import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isIsoDate } from '../../../shared/appi/civil-date';
import { retainUntil, retentionRules } from '../../../shared/appi/provision-retention';
import { formatCivilDate } from '../../lib/japanDates';
import { useLanguage } from '../../lib/useLanguage';
import type { ProvisionFormValues } from './provisionFormValues';

/** The retention period as the core will compute it: years, the last day to keep, where it counts from, the rule. */
export function ProvisionRetention({ values }: { values: ProvisionFormValues }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const rule = retentionRules[values.recordForm];
  const firstOn = values.firstOn && isIsoDate(values.firstOn) ? values.firstOn : null;
  const lastOn = values.recordForm === 'per_provision' ? firstOn : values.lastOn && isIsoDate(values.lastOn) ? values.lastOn : firstOn;
  const recordedOn = values.recordedOn && isIsoDate(values.recordedOn) ? values.recordedOn : firstOn;
  if (!lastOn || !recordedOn) return <Text size="sm" c="dimmed">{t('provisions.retentionPending')}</Text>;
  const until = retainUntil({ recordForm: values.recordForm, recordedOn, lastOn });
  return (
    <Alert color="blue" variant="light" data-testid="provision-retention">
      <Stack gap={4}>
        <Text fw={700} size="sm">
          {t('provisions.retention', { years: rule.years, date: formatCivilDate(until, language) })}
        </Text>
        <Text size="sm">{t(`provisions.retentionFrom.${rule.from}`)}</Text>
        <Text size="sm" c="dimmed">
          {t('provisions.retentionBasis', { rule: rule.citation[values.direction][language] })}
        </Text>
        <Text size="xs" c="dimmed">
          {t('provisions.retentionConfirm')}
        </Text>
      </Stack>
    </Alert>
  );
}
