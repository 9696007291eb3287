import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { IncidentSummary } from '../../../shared/domain/incident-views';
import { formatJapanDateTime } from '../../lib/japanDates';
import { rowActivation } from '../../lib/rowActivation';
import { useCompanyName } from '../../lib/useCompanyName';
import { useLanguage } from '../../lib/useLanguage';
import { IncidentStatusBadge } from '../incidents/IncidentStatusBadge';
import { NextDeadline } from '../incidents/NextDeadline';

/** Open incidents in the core's order (overdue first, then the soonest); a row opens the incident. */
export function OpenDeadlinesTable({ incidents }: { incidents: IncidentSummary[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [, navigate] = useLocation();
  const companyName = useCompanyName();
  return (
    <Table className="wb-table" highlightOnHover withTableBorder layout="fixed" verticalSpacing={6} horizontalSpacing="sm">
      <colgroup>
        <col className="wb-col-deadline-wide" />
        <col />
        <col className="wb-col-company" />
        <col className="wb-col-status" />
        <col className="wb-col-known" />
      </colgroup>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('incidents.columns.nextDeadline')}</Table.Th>
          <Table.Th>{t('incidents.columns.title')}</Table.Th>
          <Table.Th>{t('incidents.columns.company')}</Table.Th>
          <Table.Th>{t('incidents.columns.status')}</Table.Th>
          <Table.Th>{t('incidents.columns.knownAt')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {incidents.map((incident) => (
          <Table.Tr key={incident.id} {...rowActivation(() => navigate(`/incidents/${incident.id}/notifications`))}>
            <Table.Td className="wb-clip">
              {incident.nextDeadline ? (
                <NextDeadline next={incident.nextDeadline} compact />
              ) : (
                <Text span size="xs" c="gray.7">
                  {t('dashboard.noDeadline')}
                </Text>
              )}
            </Table.Td>
            <Table.Td className="wb-wrap">
              <Text span size="sm" fw={700}>
                {incident.title}
              </Text>
            </Table.Td>
            {/* Wraps rather than clips: a long legal name is read whole at 1280 px (issue 13 item 7). */}
            <Table.Td className="wb-wrap">{companyName(incident.companyId, incident.companyName)}</Table.Td>
            <Table.Td>
              <IncidentStatusBadge status={incident.status} />
            </Table.Td>
            <Table.Td className="wb-num wb-truncate">{formatJapanDateTime(incident.knownAt, language)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
