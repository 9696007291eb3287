import { Button, Checkbox, Group, NativeSelect, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useRead } from '../../api/hooks';
import { EmptyNotice } from '../../components/EmptyNotice';
import { ListFooter } from '../../components/ListFooter';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { companyDisplayName } from '../../lib/useCompanyName';
import { useLanguage } from '../../lib/useLanguage';
import { InventoryTable } from './InventoryTable';
import { RegisterExportMenu } from './RegisterExportMenu';

const PAGE_SIZE = 50;

/** 個人情報管理台帳: search, company and "due for review" filters answered by the core; the register's export. */
export function InventoryPage({ reviewDue = false }: { reviewDue?: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [, navigate] = useLocation();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 250);
  const [companyId, setCompanyId] = useState('');
  const [onlyDue, setOnlyDue] = useState(reviewDue);
  const [page, setPage] = useState(1);
  const companies = useRead('companies.list', { limit: 500 });
  const filtered = debounced !== '' || companyId !== '' || onlyDue;
  const list = useRead(
    'inventory.list',
    { query: debounced, companyId: companyId === '' ? undefined : Number(companyId), reviewDue: onlyDue, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
    { keepPrevious: true },
  );
  const only = companies.data?.items.length === 1 ? companies.data.items[0]!.id : null;
  const exportCompany = companyId !== '' ? Number(companyId) : only;
  const empty = companies.data?.total === 0 ? t('inventory.needCompany') : filtered ? t('inventory.noMatch') : t('inventory.empty');

  return (
    <>
      <PageHeader
        title={t('inventory.title')}
        lead={t('inventory.lead')}
        actions={
          <Group gap="sm">
            <RegisterExportMenu register="inventory" companyId={exportCompany} />
            <Button leftSection={<IconPlus size={16} />} onClick={() => navigate('/inventory/new')}>
              {t('inventory.add')}
            </Button>
          </Group>
        }
      />
      <Group mb="md" align="flex-end" gap="md">
        <TextInput
          label={t('inventory.search')}
          type="search"
          leftSection={<IconSearch size={16} aria-hidden="true" />}
          value={query}
          onChange={(event) => {
            setQuery(event.currentTarget.value);
            setPage(1);
          }}
          w={280}
        />
        <NativeSelect
          label={t('inventory.company')}
          value={companyId}
          onChange={(event) => {
            setCompanyId(event.currentTarget.value);
            setPage(1);
          }}
          data={[
            { value: '', label: t('inventory.allCompanies') },
            ...(companies.data?.items ?? []).map((company) => ({ value: String(company.id), label: companyDisplayName(company, language) })),
          ]}
          w={240}
        />
        <Checkbox
          mb={8}
          label={t('inventory.onlyDue')}
          checked={onlyDue}
          onChange={(event) => {
            setOnlyDue(event.currentTarget.checked);
            setPage(1);
          }}
        />
      </Group>
      {list.error && <QueryState isPending={false} error={list.error} onRetry={() => void list.refetch()} />}
      {list.data ? (
        list.data.items.length === 0 ? (
          <EmptyNotice>{empty}</EmptyNotice>
        ) : (
          <>
            <InventoryTable entries={list.data.items} />
            <ListFooter total={list.data.total} totalCapped={list.data.totalCapped} page={page} pageSize={PAGE_SIZE} onPage={setPage} />
          </>
        )
      ) : (
        <QueryState isPending={list.isPending} error={null} onRetry={() => void list.refetch()} />
      )}
    </>
  );
}
