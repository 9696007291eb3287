import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { pastRetention } from '../../../shared/appi/provision-retention';
import type { ProvisionRecord } from '../../../shared/domain/provision-record';
import { RecordTable, type RecordColumn } from '../../components/RecordTable';
import { useAppNow } from '../../lib/appClock';
import { formatCivilDate, japanToday } from '../../lib/japanDates';
import { useLanguage } from '../../lib/useLanguage';
import '../requests/registers.css';

/** The records as a dense list; a record past its retention says so in words, not only in colour. */
export function ProvisionTable({ records }: { records: ProvisionRecord[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const today = japanToday(useAppNow());
  const dates = (r: ProvisionRecord) =>
    r.firstOn === r.lastOn
      ? formatCivilDate(r.firstOn, language)
      : t('provisions.range', { from: formatCivilDate(r.firstOn, language), to: formatCivilDate(r.lastOn, language) });
  const columns: RecordColumn<ProvisionRecord>[] = [
    {
      header: t('provisions.columns.direction'),
      width: 'wb-col-direction',
      cell: (r) => (
        <Badge variant="light" color={r.direction === 'provided' ? 'indigo' : 'teal'} radius="sm" tt="none">
          {t(`provisions.directions.${r.direction}`)}
        </Badge>
      ),
    },
    { header: t('provisions.columns.date'), width: 'wb-col-range', className: 'wb-num wb-truncate', title: dates, cell: dates },
    {
      header: t('provisions.columns.counterparty'),
      className: 'wb-truncate',
      title: (r) => r.counterparty,
      cell: (r) => (
        <Text span size="sm" fw={700}>
          {r.counterparty}
        </Text>
      ),
    },
    { header: t('provisions.columns.person'), width: 'wb-col-dept', className: 'wb-truncate', title: (r) => r.person, cell: (r) => r.person },
    { header: t('provisions.columns.form'), width: 'wb-col-form', className: 'wb-truncate', cell: (r) => t(`provisions.forms.${r.recordForm}`) },
    {
      header: t('provisions.columns.retain'),
      width: 'wb-col-retain',
      cell: (r) => (
        <Group gap={6} wrap="nowrap">
          <span className="wb-num">{formatCivilDate(r.retainUntil, language)}</span>
          {pastRetention(r.retainUntil, today) && (
            <Badge variant="outline" color="gray" radius="sm" tt="none">
              {t('provisions.expired')}
            </Badge>
          )}
        </Group>
      ),
    },
  ];
  return <RecordTable rows={records} columns={columns} href={(r) => `/provisions/${r.id}`} />;
}
