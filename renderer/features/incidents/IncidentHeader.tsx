import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IncidentDetail } from '../../../shared/domain/incident';
import { PageHeader } from '../../components/PageHeader';
import { formatJapanDateTime } from '../../lib/japanDates';
import { useLanguage } from '../../lib/useLanguage';
import { ExportButton } from '../exports';
import { IncidentStatusBadge } from './IncidentStatusBadge';
import { NextDeadline } from './NextDeadline';

/** Above the tabs of a stored incident: its title, company, status and the next deadline to meet. */
export function IncidentHeader({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <PageHeader
      eyebrow={t('incidents.editTitle')}
      title={incident.title}
      lead={`${incident.companyName}${language === 'ja' ? '・' : ' · '}${t('incidents.updated', { value: formatJapanDateTime(incident.updatedAt, language) })}`}
      actions={
        <Group gap="sm" wrap="nowrap">
          <IncidentStatusBadge status={incident.status} />
          {incident.nextDeadline && <NextDeadline next={incident.nextDeadline} />}
          <ExportButton target={{ kind: 'incident', incidentId: incident.id }} />
        </Group>
      }
    />
  );
}
