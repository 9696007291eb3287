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
import { InventoryTable } from './InventoryTable';

const PAGE_SIZE = 50;

/** 個人情報管理台帳: search, company and "due for review" filters answered by the core; the register's export. */
export function InventoryPage({ reviewDue = false }: { reviewDue?: boolean }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const filters = useRegisterFilters();
  const [onlyDue, setOnlyDue] = useState(reviewDue);
  const list = useRead(
    'inventory.list',
    { query: filters.search, companyId: filters.companyFilter, reviewDue: onlyDue, limit: PAGE_SIZE, offset: (filters.page - 1) * PAGE_SIZE },
    { keepPrevious: true },
  );
  const filtered = filters.search !== '' || filters.companyId !== '' || onlyDue;
  const empty = filters.noCompanies ? t('inventory.needCompany') : filtered ? t('inventory.noMatch') : t('inventory.empty');

  return (
    <>
      <PageHeader
        title={t('inventory.title')}
        lead={t('inventory.lead')}
        actions={
          <Group gap="sm">
            <RegisterExportMenu register="inventory" companyId={filters.exportCompanyId} />
            <Button leftSection={<IconPlus size={16} />} onClick={() => navigate('/inventory/new')}>
              {t('inventory.add')}
            </Button>
          </Group>
        }
      />
      <Group mb="md" align="flex-end" gap="md">
        <RegisterSearchFilters
          filters={filters}
          labels={{ search: t('inventory.search'), company: t('inventory.company'), allCompanies: t('inventory.allCompanies') }}
        />
        <Checkbox
          mb={8}
          label={t('inventory.onlyDue')}
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
        table={(items) => <InventoryTable entries={items} />}
      />
    </>
  );
}
