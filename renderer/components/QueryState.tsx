import { Alert, Button, Group, Loader, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../shared/errors';
import { useLocalize } from '../lib/useLanguage';

interface QueryStateProps {
  isPending: boolean;
  error: AppError | null;
  onRetry: () => void;
}

/**
 * What a screen shows while its data is not there: a quiet loader, or the core's own message
 * (in the current language) with a way to try again. Renders nothing once the data has arrived.
 */
export function QueryState({ isPending, error, onRetry }: QueryStateProps) {
  const { t } = useTranslation();
  const localize = useLocalize();
  if (error) {
    return (
      <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} title={t('errors.loadFailed')} maw={720}>
        <Text size="sm" mb="sm">
          {localize(error.text)}
        </Text>
        <Button size="xs" variant="default" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      </Alert>
    );
  }
  if (isPending) {
    return (
      <Group gap="sm" py="lg" role="status">
        <Loader size="sm" />
        <Text size="sm" c="dimmed">
          {t('common.loading')}
        </Text>
      </Group>
    );
  }
  return null;
}
