import { Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';

/** An address no screen answers to (a stale bookmark, a typo in the hash). */
export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('errors.notFoundTitle')} />
      <Paper withBorder p="xl" maw={720}>
        <Stack gap="sm">
          <Text size="sm">{t('errors.notFoundBody')}</Text>
        </Stack>
      </Paper>
    </>
  );
}
