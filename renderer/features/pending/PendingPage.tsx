import { Group, Paper, Stack, Text } from '@mantine/core';
import { IconClockHour4 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';

interface PendingPageProps {
  section: 'dashboard' | 'incidents' | 'policies';
}

/** A section that exists in the product's shape but not yet in this build: said plainly, once. */
export function PendingPage({ section }: PendingPageProps) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t(`pages.${section}`)} />
      <Paper withBorder p="xl" maw={720} className="wb-pending">
        <Group gap="md" align="flex-start" wrap="nowrap">
          <IconClockHour4 size={20} stroke={1.75} aria-hidden="true" className="wb-pending-icon" />
          <Stack gap="sm">
            <Text size="sm">{t(`pending.${section}`)}</Text>
            <Text size="sm" c="dimmed">
              {t('pending.available')}
            </Text>
          </Stack>
        </Group>
      </Paper>
    </>
  );
}
