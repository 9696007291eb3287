import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Desk } from '../../../shared/domain/desk';
import { EmptyCell } from '../../components/EmptyCell';
import { RecordTable, type RecordColumn } from '../../components/RecordTable';
import { formatHours, formatWeekdays } from '../../lib/format';
import { useCompanyName } from '../../lib/useCompanyName';
import { useLanguage } from '../../lib/useLanguage';
import { DeskKindBadge } from './DeskKindBadge';

/** Dense list of desks; the first phone number stands for the desk (the form shows all). */
export function DeskTable({ desks }: { desks: Desk[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const companyName = useCompanyName();
  const nameOf = (desk: Desk) => (language === 'en' && desk.nameEn ? desk.nameEn : desk.nameJa);
  // As the documents print it: 月〜金 09:00〜17:30（祝日・年末年始を除く） when the desk closes on holidays.
  const hoursOf = (desk: Desk) => {
    const days = formatWeekdays(desk.receptionDays, language);
    const text = [days, formatHours(desk.hoursFrom, desk.hoursTo, language)].filter(Boolean).join(' ');
    return text && days && desk.closedOnHolidays ? `${text}${t('desks.exceptHolidays')}` : text;
  };
  const columns: RecordColumn<Desk>[] = [
    {
      header: t('desks.columns.name'),
      className: 'wb-truncate',
      title: nameOf,
      cell: (desk) => (
        <Text span size="sm" fw={700}>
          {nameOf(desk)}
        </Text>
      ),
    },
    { header: t('desks.columns.kind'), width: 'wb-col-kind', cell: (desk) => <DeskKindBadge kind={desk.kind} /> },
    { header: t('desks.columns.company'), width: 'wb-col-company', className: 'wb-truncate', title: (desk) => companyName(desk.companyId, desk.companyName), cell: (desk) => companyName(desk.companyId, desk.companyName) },
    { header: t('desks.columns.phone'), width: 'wb-col-phone', className: 'wb-num wb-truncate', cell: (desk) => desk.phones[0]?.number || <EmptyCell /> },
    { header: t('desks.columns.email'), width: 'wb-col-email', className: 'wb-truncate', title: (desk) => desk.email, cell: (desk) => desk.email || <EmptyCell /> },
    { header: t('desks.columns.hours'), width: 'wb-col-hours', className: 'wb-num wb-truncate', title: hoursOf, cell: (desk) => hoursOf(desk) || <EmptyCell /> },
  ];
  return <RecordTable rows={desks} columns={columns} href={(desk) => `/desks/${desk.id}`} />;
}
