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
import { EntrusteeTable } from './EntrusteeTable';
import { RegisterExportMenu } from '../inventory/RegisterExportMenu';

const PAGE_SIZE = 50;

/** 委託先: search, company and 'check due' filters answered by the core; the register's export. */
export function EntrusteesPage({ checkDue = false }: { checkDue?: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [, navigate] = useLocation();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 250);
  const [companyId, setCompanyId] = useState('');
  const [onlyDue, setOnlyDue] = useState(checkDue);
  const [page, setPage] = useState(1);
  const companies = useRead('companies.list', { limit: 500 });
  const filtered = debounced !== '' || companyId !== '' || onlyDue;
  const list = useRead(
    'entrustees.list',
    { query: debounced, companyId: companyId === '' ? undefined : Number(companyId), checkDue: onlyDue, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
    { keepPrevious: true },
  );
  const only = companies.data?.items.length === 1 ? companies.data.items[0]!.id : null;
  const exportCompany = companyId !== '' ? Number(companyId) : only;
  const empty = companies.data?.total === 0 ? t('entrustees.needCompany') : filtered ? t('entrustees.noMatch') : t('entrustees.empty');

  return (
    <>
      <PageHeader
        title={t('entrustees.title')}
        lead={t('entrustees.lead')}
        actions={
          <Group gap='sm'>
            <RegisterExportMenu register="entrustees" companyId={exportCompany} />
            <Button leftSection={<IconPlus size={16} />} onClick={() => navigate('/entrustees/new')}>
              {t('entrustees.add')}
            </Button>
          </Group>
        }
      />
      <Group mb='md' align='flex-end' gap='md'>
        <TextInput
          label={t('entrustees.search')}
          type='search'
          leftSection={<IconSearch size={16} aria-hidden='true' />}
          value={query}
          onChange={(event) => {
            setQuery(event.currentTarget.value);
            setPage(1);
          }}
          w={280}
        />
        <NativeSelect
          label={t('entrustees.company')}
          value={companyId}
          onChange={(event) => {
            setCompanyId(event.currentTarget.value);
            setPage(1);
          }}
          data={[
            { value: '', label: t('entrustees.allCompanies') },
            ...(companies.data?.items ?? []).map((company) => ({ value: String(company.id), label: companyDisplayName(company, language) })),
          ]}
          w={240}
        />
        <Checkbox
          mb={8}
          label={t('entrustees.onlyDue')}
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
            <EntrusteeTable entrustees={list.data.items} />
            <ListFooter total={list.data.total} page={page} pageSize={PAGE_SIZE} onPage={setPage} />
          </>
        )
      ) : (
        <QueryState isPending={list.isPending} error={null} onRetry={() => void list.refetch()} />
      )}
    </>
  );
}
