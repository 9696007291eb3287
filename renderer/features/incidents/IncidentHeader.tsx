import { Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IncidentDetail } from '../../../shared/domain/incident';
import { firstPromptly, isStatutory } from '../../../shared/domain/incident-deadline-rank';
import { useRead } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { formatJapanDateTime } from '../../lib/japanDates';
import { useCompanyName } from '../../lib/useCompanyName';
import { useLanguage } from '../../lib/useLanguage';
import { ExportButton } from '../exports';
import { IncidentStatusBadge } from './IncidentStatusBadge';
import { NextDeadline } from './NextDeadline';

/**
 * Above the tabs of a stored incident: its title, company, status and the deadline to meet first — a statutory one
 * when any is open — with, under it and calmer, a notice still due "promptly" that it outranks.
 */
export function IncidentHeader({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const companyName = useCompanyName();
  const notifications = useRead('notifications.list', { incidentId: incident.id });
  const next = incident.nextDeadline;
  const promptly = next && isStatutory(next.notificationKind) ? firstPromptly(notifications.data?.items ?? []) : null;
  return (
    <PageHeader
      eyebrow={t('incidents.editTitle')}
      title={incident.title}
      lead={`${companyName(incident.companyId, incident.companyName)}${language === 'ja' ? '・' : ' · '}${t('incidents.updated', { value: formatJapanDateTime(incident.updatedAt, language) })}`}
      actions={
        <Group gap="sm" wrap="nowrap" align="center">
          <IncidentStatusBadge status={incident.status} />
          {next && (
            <Stack gap={4} align="flex-end" className="wb-header-deadlines" aria-label={t('incidents.columns.nextDeadline')}>
              <NextDeadline next={next} />
              {promptly?.status && promptly.dueDate && (
                <NextDeadline next={{ notificationKind: promptly.notificationKind, due: promptly.dueDate, status: promptly.status }} />
              )}
            </Stack>
          )}
          <ExportButton target={{ kind: 'incident', incidentId: incident.id }} />
        </Group>
      }
    />
  );
}
