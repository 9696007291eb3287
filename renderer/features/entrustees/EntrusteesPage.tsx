import { Button, Checkbox, Group } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useRead } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { RegisterExportMenu } from '../registers/RegisterExportMenu';
import { RegisterResults } from '../registers/RegisterResults';
import { RegisterSearchFilters } from '../registers/RegisterSearchFilters';
import { useRegisterFilters } from '../registers/useRegisterFilters';
import { EntrusteeTable } from './EntrusteeTable';

const PAGE_SIZE = 50;

/** 委託先: search, company and "check due" filters answered by the core; the register's export. */
export function EntrusteesPage({ checkDue = false }: { checkDue?: boolean }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const filters = useRegisterFilters();
  const [onlyDue, setOnlyDue] = useState(checkDue);
  const list = useRead(
    'entrustees.list',
    { query: filters.search, companyId: filters.companyFilter, checkDue: onlyDue, limit: PAGE_SIZE, offset: (filters.page - 1) * PAGE_SIZE },
    { keepPrevious: true },
  );
  const filtered = filters.search !== '' || filters.companyId !== '' || onlyDue;
  const empty = filters.noCompanies ? t('entrustees.needCompany') : filtered ? t('entrustees.noMatch') : t('entrustees.empty');

  return (
    <>
      <PageHeader
        title={t('entrustees.title')}
        lead={t('entrustees.lead')}
        actions={
          <Group gap="sm">
            <RegisterExportMenu register="entrustees" companyId={filters.exportCompanyId} />
            <Button leftSection={<IconPlus size={16} />} onClick={() => navigate('/entrustees/new')}>
              {t('entrustees.add')}
            </Button>
          </Group>
        }
      />
      <Group mb="md" align="flex-end" gap="md">
        <RegisterSearchFilters
          filters={filters}
          labels={{ search: t('entrustees.search'), company: t('entrustees.company'), allCompanies: t('entrustees.allCompanies') }}
        />
        <Checkbox
          mb={8}
          label={t('entrustees.onlyDue')}
          checked={onlyDue}
          onChange={(event) => filters.resetting(setOnlyDue)(event.currentTarget.checked)}
        />
      </Group>
      <RegisterResults
        list={list}
        empty={empty}
        page={filters.page}
        pageSize={PAGE_SIZE}
        onPage={filters.setPage}
        table={(items) => <EntrusteeTable entrustees={items} />}
      />
    </>
  );
}
