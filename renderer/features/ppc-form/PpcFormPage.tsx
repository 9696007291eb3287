import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useRead } from '../../api/hooks';
import { EmptyNotice } from '../../components/EmptyNotice';
import { QueryState } from '../../components/QueryState';
import { PpcFormScreen } from './PpcFormScreen';
import './ppc-form.css';

/**
 * /incidents/:id/ppc-form/:notificationId — the PPC form helper for one 速報 or 確報: loads the incident, its
 * company (the reporter) and its notifications, then shows the screen.
 */
export function PpcFormPage({ incidentId, notificationId }: { incidentId: number; notificationId: number }) {
  const { t } = useTranslation();
  const incident = useRead('incidents.get', { id: incidentId });
  const notifications = useRead('notifications.list', { incidentId });
  const companyId = incident.data?.companyId ?? 0;
  const company = useRead('companies.get', { id: companyId }, { enabled: companyId > 0 });

  const pending = incident.isPending || notifications.isPending || (companyId > 0 && company.isPending);
  const error = incident.error ?? notifications.error ?? company.error;
  if (pending || error || !incident.data || !notifications.data || !company.data) {
    return (
      <QueryState
        isPending={pending}
        error={error}
        onRetry={() => {
          void incident.refetch();
          void notifications.refetch();
          void company.refetch();
        }}
      />
    );
  }
  const notification = notifications.data.items.find((n) => n.id === notificationId);
  const isReport = notification?.notificationKind === 'ppc_preliminary' || notification?.notificationKind === 'ppc_final';
  if (!notification || !isReport) {
    return (
      <>
        <Anchor component={Link} href={`/incidents/${incidentId}/notifications`} size="sm" mb="sm" display="inline-block">
          {t('ppcForm.back')}
        </Anchor>
        <EmptyNotice>{t(notification ? 'ppcForm.notReport' : 'ppcForm.notFound')}</EmptyNotice>
      </>
    );
  }
  return <PpcFormScreen incident={incident.data} company={company.data} notification={notification} notifications={notifications.data.items} />;
}
