import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRead } from '../../api/hooks';
import { EmptyNotice } from '../../components/EmptyNotice';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { formatCivilDateWithWeekday } from '../../lib/japanDates';
import { useLanguage } from '../../lib/useLanguage';
import { ExportButton } from '../exports';
import { DashboardSupervisionAlerts } from '../entrustees/DashboardSupervisionAlerts';
import { DashboardStartPanel } from '../start/DashboardStartPanel';
import { DashboardStats } from './DashboardStats';
import { DashboardRegisterAlerts } from '../requests/DashboardRegisterAlerts';
import { MonthlyChart } from './MonthlyChart';
import { OpenDeadlinesTable } from './OpenDeadlinesTable';
import { ReportTimingChart } from './ReportTimingChart';
import { RulesUpdateNotice } from './RulesUpdateNotice';

const OPEN_LIMIT = 20;
const CHART_LIMIT = 15;

/**
 * ダッシュボード: open incidents by their next deadline — statutory deadlines first, overdue first — with days
 * left; incidents per month; and how many days the 速報 and the 確報 took against their limits. Empty parts say
 * what to do.
 */
export function DashboardPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const dashboard = useRead('incidents.dashboard', { openLimit: OPEN_LIMIT, chartLimit: CHART_LIMIT });
  const data = dashboard.data;
  // Every incident with a report sent, whatever its status (the core chooses them).
  const timing = data?.timeToReport ?? [];

  return (
    <>
      <PageHeader
        title={t('dashboard.title')}
        lead={
          data
            ? [t('dashboard.lead'), t('dashboard.today', { date: formatCivilDateWithWeekday(data.today, language) })].join(language === 'ja' ? '' : ' ')
            : t('dashboard.lead')
        }
        actions={<ExportButton target={{ kind: 'timing' }} label={t('exports.timingButton')} />}
      />
      {!data ? (
        <QueryState isPending={dashboard.isPending} error={dashboard.error} onRetry={() => void dashboard.refetch()} />
      ) : (
        <Stack gap="lg">
          <DashboardStartPanel />
          <RulesUpdateNotice update={data.rulesUpdate} today={data.today} />
          <div className="wb-dashboard-top">
            <DashboardStats open={data.open.total} overdue={data.open.overdue} />
            <Paper withBorder p="lg" component="section" className="wb-panel" aria-labelledby="dashboard-monthly">
              <Title order={2} id="dashboard-monthly" mb="sm">
                {t('dashboard.monthlyTitle')}
              </Title>
              <MonthlyChart months={data.monthly} />
            </Paper>
          </div>
          <Paper withBorder p="lg" component="section" className="wb-panel" aria-labelledby="dashboard-open">
            <Title order={2} id="dashboard-open" mb="md">
              {t('dashboard.openTitle')}
            </Title>
            {data.open.items.length === 0 ? (
              <EmptyNotice>{t('dashboard.openEmpty')}</EmptyNotice>
            ) : (
              <>
                <OpenDeadlinesTable incidents={data.open.items} />
                {data.open.total > data.open.items.length && (
                  <Text size="sm" c="dimmed" mt="sm">
                    {t('dashboard.openMore', { total: data.open.total })}
                  </Text>
                )}
              </>
            )}
          </Paper>
          <DashboardRegisterAlerts />
          <Paper withBorder p="lg" component="section" className="wb-panel" aria-labelledby="dashboard-timing">
            <Title order={2} id="dashboard-timing">
              {t('dashboard.timingTitle')}
            </Title>
            <Text size="xs" c="gray.7" mt={4} mb="md">
              {t('dashboard.timingLead')}
            </Text>
            {timing.length === 0 ? (
              <EmptyNotice>{t('dashboard.timingEmpty')}</EmptyNotice>
            ) : (
              <SimpleGrid cols={2} spacing="xl">
                <ReportTimingChart rows={timing} report="preliminary" />
                <ReportTimingChart rows={timing} report="final" />
              </SimpleGrid>
            )}
          </Paper>
          <DashboardSupervisionAlerts />
        </Stack>
      )}
    </>
  );
}
