import { Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Entrustee } from '../../../shared/domain/entrustee';
import { checkResultLabels } from '../../../shared/domain/register-labels';
import { EmptyCell } from '../../components/EmptyCell';
import { RecordTable, type RecordColumn } from '../../components/RecordTable';
import { formatCivilDate } from '../../lib/japanDates';
import { useCompanyName } from '../../lib/useCompanyName';
import { useLanguage } from '../../lib/useLanguage';
import { DueTargetChip } from '../inventory/DueTargetChip';

/** Dense list of entrustees: name, company, work, the latest check and its result, the next check. */
export function EntrusteeTable({ entrustees }: { entrustees: Entrustee[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const companyName = useCompanyName();
  const lastCheck = (e: Entrustee) => {
    const check = e.checks.at(-1);
    return check ? `${formatCivilDate(check.checkedOn, language)} ${checkResultLabels[check.checkResult][language]}` : '';
  };
  const columns: RecordColumn<Entrustee>[] = [
    {
      header: t('entrustees.columns.name'),
      className: 'wb-truncate',
      title: (e) => e.entrusteeName,
      cell: (e) => (
        <Text span size="sm" fw={700}>
          {e.entrusteeName}
        </Text>
      ),
    },
    { header: t('entrustees.columns.company'), width: 'wb-col-company', className: 'wb-truncate', cell: (e) => companyName(e.companyId, e.companyName) },
    { header: t('entrustees.columns.work'), width: 'wb-col-email', className: 'wb-truncate', title: (e) => e.entrustedWork, cell: (e) => e.entrustedWork || <EmptyCell /> },
    { header: t('entrustees.columns.lastCheck'), width: 'wb-col-hours', className: 'wb-truncate', cell: (e) => lastCheck(e) || <EmptyCell /> },
    {
      header: t('entrustees.columns.nextCheck'),
      width: 'wb-col-due-target',
      cell: (e) =>
        e.endedOn !== null ? (
          <Badge variant="light" color="gray" radius="sm" tt="none">
            {t('entrustees.ended')}
          </Badge>
        ) : (
          <DueTargetChip due={e.nextCheckOn} neverLabel={t('entrustees.neverChecked')} />
        ),
    },
  ];
  return <RecordTable rows={entrustees} columns={columns} href={(e) => `/entrustees/${e.id}`} />;
}
