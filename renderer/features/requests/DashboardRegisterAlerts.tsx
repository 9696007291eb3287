import { Alert, Anchor, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useRead } from '../../api/hooks';
import { RequestTable } from './RequestTable';

const SHOWN = 10;

/**
 * On the dashboard: requests past their internal response target (most overdue first), and how many third-party
 * provision records are past retention and may be deleted. Shown only when there is something to do.
 */
export function DashboardRegisterAlerts() {
  const { t } = useTranslation();
  const overdue = useRead('requests.list', { state: 'overdue', limit: SHOWN });
  const expired = useRead('provisions.list', { pastRetention: true, limit: 1 });
  const overdueTotal = overdue.data?.total ?? 0;
  const expiredTotal = expired.data?.total ?? 0;
  return (
    <>
      {overdueTotal > 0 && overdue.data && (
        <Paper withBorder p="lg" component="section" className="wb-panel" aria-labelledby="dashboard-requests">
          <Title order={2} id="dashboard-requests" mb={4}>
            {t('dashboard.requestsTitle')}
          </Title>
          <Text size="xs" c="gray.7" mb="md">
            {t('dashboard.requestsLead')}
          </Text>
          <RequestTable requests={overdue.data.items} showCompany={false} />
          {overdueTotal > overdue.data.items.length && (
            <Anchor component={Link} href="/requests/status/overdue" size="sm" mt="sm" display="inline-block">
              {t('dashboard.requestsMore', { total: overdueTotal })}
            </Anchor>
          )}
        </Paper>
      )}
      {expiredTotal > 0 && (
        <Alert color="gray" variant="light" title={t('dashboard.expiredRecordsTitle')}>
          <Anchor component={Link} href="/provisions/expired" size="sm">
            {t('dashboard.expiredRecords', { n: expiredTotal })}
          </Anchor>
        </Alert>
      )}
    </>
  );
}
