import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { Desk } from '../../../shared/domain/desk';
import { EmptyCell } from '../../components/EmptyCell';
import { formatHours, formatWeekdays } from '../../lib/format';
import { rowActivation } from '../../lib/rowActivation';
import { useLanguage } from '../../lib/useLanguage';
import { DeskKindBadge } from './DeskKindBadge';

/** Dense list of desks; the first phone number stands for the desk (the form shows all). */
export function DeskTable({ desks }: { desks: Desk[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [, navigate] = useLocation();

  return (
    <Table className="wb-table" highlightOnHover withTableBorder layout="fixed" verticalSpacing={6} horizontalSpacing="sm">
      <colgroup>
        <col />
        <col className="wb-col-kind" />
        <col className="wb-col-company" />
        <col className="wb-col-phone" />
        <col className="wb-col-email" />
        <col className="wb-col-hours" />
      </colgroup>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('desks.columns.name')}</Table.Th>
          <Table.Th>{t('desks.columns.kind')}</Table.Th>
          <Table.Th>{t('desks.columns.company')}</Table.Th>
          <Table.Th>{t('desks.columns.phone')}</Table.Th>
          <Table.Th>{t('desks.columns.email')}</Table.Th>
          <Table.Th>{t('desks.columns.hours')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {desks.map((desk) => {
          const name = language === 'en' && desk.nameEn ? desk.nameEn : desk.nameJa;
          const hours = [formatWeekdays(desk.receptionDays, language), formatHours(desk.hoursFrom, desk.hoursTo, language)]
            .filter(Boolean)
            .join(' ');
          return (
            <Table.Tr key={desk.id} {...rowActivation(() => navigate(`/desks/${desk.id}`))}>
              <Table.Td className="wb-truncate" title={name}>
                <Text span size="sm" fw={700}>
                  {name}
                </Text>
              </Table.Td>
              <Table.Td>
                <DeskKindBadge kind={desk.kind} />
              </Table.Td>
              <Table.Td className="wb-truncate" title={desk.companyName}>
                {desk.companyName}
              </Table.Td>
              <Table.Td className="wb-num wb-truncate">{desk.phones[0]?.number || <EmptyCell />}</Table.Td>
              <Table.Td className="wb-truncate" title={desk.email}>
                {desk.email || <EmptyCell />}
              </Table.Td>
              <Table.Td className="wb-num wb-truncate" title={hours}>
                {hours || <EmptyCell />}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
