import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DataRequest } from '../../../shared/domain/data-request';
import { EmptyCell } from '../../components/EmptyCell';
import { RecordTable, type RecordColumn } from '../../components/RecordTable';
import { formatCivilDate } from '../../lib/japanDates';
import { useLanguage } from '../../lib/useLanguage';
import { RequestDueChip } from './RequestDueChip';
import { RequestOutcomeBadge } from './RequestOutcomeBadge';
import './registers.css';

/** The log as a dense list: when, what kind, what was asked, where, the target and the outcome. */
export function RequestTable({ requests, showCompany = true }: { requests: DataRequest[]; showCompany?: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const deskOf = (request: DataRequest) =>
    request.receivingDeskId === null && request.deskName !== '' ? t('requests.deskDeleted', { name: request.deskName }) : request.deskName;
  const columns: RecordColumn<DataRequest>[] = [
    {
      header: t('requests.columns.receivedOn'),
      width: 'wb-col-received',
      className: 'wb-num',
      cell: (request) => formatCivilDate(request.receivedOn, language),
    },
    { header: t('requests.columns.kind'), width: 'wb-col-kind-wide', className: 'wb-truncate', title: (r) => t(`requests.kinds.${r.requestKind}`), cell: (r) => t(`requests.kinds.${r.requestKind}`) },
    {
      header: t('requests.columns.summary'),
      className: 'wb-truncate',
      title: (request) => request.requestSummary,
      cell: (request) => (
        <Text span size="sm" fw={700}>
          {request.requestSummary}
        </Text>
      ),
    },
    { header: t('requests.columns.desk'), width: 'wb-col-desk', className: 'wb-truncate', title: deskOf, cell: (r) => deskOf(r) || <EmptyCell /> },
    ...(showCompany
      ? [{ header: t('requests.columns.company'), width: 'wb-col-desk', className: 'wb-truncate', title: (r: DataRequest) => r.companyName, cell: (r: DataRequest) => r.companyName }]
      : []),
    { header: t('requests.columns.due'), width: 'wb-col-due', cell: (request) => <RequestDueChip request={request} /> },
    { header: t('requests.columns.outcome'), width: 'wb-col-outcome', cell: (request) => <RequestOutcomeBadge outcome={request.outcome} /> },
  ];
  return <RecordTable rows={requests} columns={columns} href={(request) => `/requests/${request.id}`} />;
}
