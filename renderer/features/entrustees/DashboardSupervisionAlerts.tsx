import { Anchor, Group, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useRead } from '../../api/hooks';
import { EntrusteeTable } from './EntrusteeTable';

const SHOWN = 10;

/**
 * On the dashboard: entrustees whose supervision check is overdue or was never made (Art. 25), most overdue first,
 * and how many inventory entries are due for their annual review. Shown only when there is something to do.
 */
export function DashboardSupervisionAlerts() {
  const { t } = useTranslation();
  const checks = useRead('entrustees.list', { checkDue: true, limit: SHOWN });
  const reviews = useRead('inventory.list', { reviewDue: true, limit: 1 });
  const checkTotal = checks.data?.total ?? 0;
  const reviewTotal = reviews.data?.total ?? 0;
  if (checkTotal === 0 && reviewTotal === 0) return null;
  return (
    <Paper withBorder p="lg" component="section" className="wb-panel" aria-labelledby="dashboard-supervision">
      <Title order={2} id="dashboard-supervision" mb={4}>
        {t('entrustees.dashboardTitle')}
      </Title>
      <Text size="xs" c="gray.7" mb="md">
        {t('entrustees.dashboardLead')}
      </Text>
      {checkTotal > 0 && checks.data && <EntrusteeTable entrustees={checks.data.items} />}
      <Group gap="lg" mt="sm">
        {checkTotal > (checks.data?.items.length ?? 0) && (
          <Anchor component={Link} href="/entrustees/check-due" size="sm">
            {t('entrustees.dashboardMore', { n: checkTotal })}
          </Anchor>
        )}
        {reviewTotal > 0 && (
          <Anchor component={Link} href="/inventory/review-due" size="sm">
            {reviews.data?.totalCapped ? t('entrustees.dashboardReviewsCapped') : t('entrustees.dashboardReviews', { n: reviewTotal })}
          </Anchor>
        )}
      </Group>
    </Paper>
  );
}
