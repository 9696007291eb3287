import { Group, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRead } from '../../api/hooks';
import { setupStates, StartProgressBadge, StartSteps } from './StartSteps';

/**
 * The first screen's first panel until setup is done (a company, a desk and a published policy): a new user's empty
 * dashboard otherwise says nothing about what to do. The same steps as はじめに in the menu.
 */
export function DashboardStartPanel() {
  const { t } = useTranslation();
  const progress = useRead('workspace.progress', {});
  const data = progress.data;
  if (!data || setupStates(data).done === 3) return null;
  return (
    <Paper withBorder p="lg" component="section" className="wb-panel" aria-labelledby="dashboard-start" data-section="dashboard-start">
      <Group justify="space-between" align="flex-start" mb="md" wrap="nowrap">
        <div>
          <Title order={2} id="dashboard-start">
            {t('start.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('start.lead')}
          </Text>
        </div>
        <StartProgressBadge progress={data} />
      </Group>
      <StartSteps progress={data} headingOrder={3} />
    </Paper>
  );
}
