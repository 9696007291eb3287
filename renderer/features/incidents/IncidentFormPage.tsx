import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useRead } from '../../api/hooks';
import { QueryState } from '../../components/QueryState';
import { NotificationsTab } from '../notifications/NotificationsTab';
import { TimelineTab } from '../timeline/TimelineTab';
import { IncidentForm } from './IncidentForm';
import { IncidentHeader } from './IncidentHeader';
import { sentReports } from './sentReports';

const tabs = ['record', 'timeline', 'notifications'] as const;
type Tab = (typeof tabs)[number];

/**
 * /incidents/new, and /incidents/:id with its tabs (記録 / 経緯 / 報告・通知), each at its own address so
 * a reload stays put. The form is keyed by revision, as the other forms: after a save it starts again from
 * what the core stored (normalised times, recomputed due dates).
 */
export function IncidentFormPage({ id, tab }: { id: number | null; tab?: string | undefined }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const companies = useRead('companies.list', { limit: 500 });
  const incident = useRead('incidents.get', { id: id ?? 0 }, { enabled: id !== null });
  const notifications = useRead('notifications.list', { incidentId: id ?? 0 }, { enabled: id !== null });
  const current: Tab = tabs.find((name) => name === tab) ?? 'record';

  const pending = companies.isPending || (id !== null && incident.isPending);
  const error = companies.error ?? (id !== null ? incident.error : null);
  if (pending || error || !companies.data) {
    return (
      <QueryState
        isPending={pending}
        error={error}
        onRetry={() => {
          void companies.refetch();
          if (id !== null) void incident.refetch();
        }}
      />
    );
  }
  if (id === null || !incident.data) {
    return <IncidentForm incident={null} companies={companies.data.items} onReload={() => undefined} />;
  }
  const record = incident.data;

  return (
    <>
      <IncidentHeader incident={record} />
      <Tabs
        value={current}
        onChange={(value) => navigate(value === 'record' || !value ? `/incidents/${record.id}` : `/incidents/${record.id}/${value}`)}
        keepMounted={false}
      >
        <Tabs.List mb="lg">
          {tabs.map((name) => (
            <Tabs.Tab key={name} value={name}>
              {t(`incidents.tabs.${name}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="record">
          <IncidentForm
            key={`${record.id}:${record.revision}`}
            incident={record}
            companies={companies.data.items}
            sent={sentReports(notifications.data?.items ?? [])}
            onReload={() => void incident.refetch()}
          />
        </Tabs.Panel>
        <Tabs.Panel value="timeline">
          <TimelineTab incidentId={record.id} />
        </Tabs.Panel>
        <Tabs.Panel value="notifications">
          <NotificationsTab incident={record} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
