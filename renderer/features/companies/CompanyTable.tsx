import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Company } from '../../../shared/domain/company';
import { EmptyCell } from '../../components/EmptyCell';
import { EmptyNotice } from '../../components/EmptyNotice';
import { RecordTable, type RecordColumn } from '../../components/RecordTable';
import { formatDate, formatNumber } from '../../lib/format';
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

  if (companies.length === 0) {
    return <EmptyNotice>{query ? t('companies.noMatch', { query }) : t('companies.empty')}</EmptyNotice>;
  }

  const nameOf = (company: Company) => (language === 'en' && company.legalNameEn ? company.legalNameEn : company.legalNameJa);
  const addressOf = (company: Company) => (language === 'en' && company.addressEn ? company.addressEn : company.addressJa);
  const columns: RecordColumn<Company>[] = [
    {
      header: t('companies.columns.name'),
      className: 'wb-truncate',
      title: nameOf,
      cell: (company) => (
        <Text span size="sm" fw={700}>
          {nameOf(company)}
        </Text>
      ),
    },
    { header: t('companies.columns.address'), width: 'wb-col-wide', className: 'wb-truncate', title: addressOf, cell: (company) => addressOf(company) || <EmptyCell /> },
    { header: t('companies.columns.phone'), width: 'wb-col-phone', className: 'wb-num wb-truncate', cell: (company) => company.phone || <EmptyCell /> },
    {
      header: t('companies.columns.manager'),
      width: 'wb-col-person',
      className: 'wb-truncate',
      // The name is what identifies the person; the title goes to the tooltip.
      title: (company) => [company.protectionManagerTitle, company.protectionManagerName].filter(Boolean).join(' '),
      cell: (company) => company.protectionManagerName || company.protectionManagerTitle || <EmptyCell />,
    },
    {
      header: t('companies.columns.desks'),
      width: 'wb-col-count',
      headerClassName: 'wb-num-cell',
      className: 'wb-num-cell',
      cell: (company) => t('common.count', { n: formatNumber(company.deskCount, language) }),
    },
    {
      header: t('companies.columns.updated'),
      width: 'wb-col-date',
      headerClassName: 'wb-num-cell',
      className: 'wb-num-cell',
      cell: (company) => formatDate(company.updatedAt, language),
    },
  ];
  return <RecordTable rows={companies} columns={columns} href={(company) => `/companies/${company.id}`} />;
}
