import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { Company } from '../../../shared/domain/company';
import { EmptyCell } from '../../components/EmptyCell';
import { EmptyNotice } from '../../components/EmptyNotice';
import { formatDate, formatNumber } from '../../lib/format';
import { rowActivation } from '../../lib/rowActivation';
import { useLanguage } from '../../lib/useLanguage';

interface CompanyTableProps {
  companies: Company[];
  /** The search in effect, to tell "none yet" from "none match". */
  query: string;
}

/** Dense list of companies: one line each, numbers aligned, a row opens the record. */
export function CompanyTable({ companies, query }: CompanyTableProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [, navigate] = useLocation();

  if (companies.length === 0) {
    return <EmptyNotice>{query ? t('companies.noMatch', { query }) : t('companies.empty')}</EmptyNotice>;
  }

  return (
    <Table className="wb-table" highlightOnHover withTableBorder layout="fixed" verticalSpacing={6} horizontalSpacing="sm">
      <colgroup>
        <col />
        <col className="wb-col-wide" />
        <col className="wb-col-phone" />
        <col className="wb-col-person" />
        <col className="wb-col-count" />
        <col className="wb-col-date" />
      </colgroup>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('companies.columns.name')}</Table.Th>
          <Table.Th>{t('companies.columns.address')}</Table.Th>
          <Table.Th>{t('companies.columns.phone')}</Table.Th>
          <Table.Th>{t('companies.columns.manager')}</Table.Th>
          <Table.Th className="wb-num-cell">{t('companies.columns.desks')}</Table.Th>
          <Table.Th className="wb-num-cell">{t('companies.columns.updated')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {companies.map((company) => {
          const name = language === 'en' && company.legalNameEn ? company.legalNameEn : company.legalNameJa;
          const address = language === 'en' && company.addressEn ? company.addressEn : company.addressJa;
          // The name is what identifies the person; the title goes to the tooltip.
          const manager = company.protectionManagerName || company.protectionManagerTitle;
          const managerTitle = [company.protectionManagerTitle, company.protectionManagerName].filter(Boolean).join(' ');
          return (
            <Table.Tr key={company.id} {...rowActivation(() => navigate(`/companies/${company.id}`))}>
              <Table.Td className="wb-truncate" title={name}>
                <Text span size="sm" fw={700}>
                  {name}
                </Text>
              </Table.Td>
              <Table.Td className="wb-truncate" title={address}>
                {address || <EmptyCell />}
              </Table.Td>
              <Table.Td className="wb-num wb-truncate">{company.phone || <EmptyCell />}</Table.Td>
              <Table.Td className="wb-truncate" title={managerTitle}>
                {manager || <EmptyCell />}
              </Table.Td>
              <Table.Td className="wb-num-cell">{t('common.count', { n: formatNumber(company.deskCount, language) })}</Table.Td>
              <Table.Td className="wb-num-cell">{formatDate(company.updatedAt, language)}</Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

