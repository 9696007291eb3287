import { Button, Group, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useRead } from '../../api/hooks';
import { ListFooter } from '../../components/ListFooter';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { CompanyTable } from './CompanyTable';

const PAGE_SIZE = 50;

/** 事業者: the list, searched on the server (names and addresses), newest changes visible at a glance. */
export function CompaniesPage() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 250);
  const [page, setPage] = useState(1);
  const list = useRead(
    'companies.list',
    { query: debounced, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
    { keepPrevious: true },
  );

  return (
    <>
      <PageHeader
        title={t('companies.title')}
        lead={t('companies.lead')}
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => navigate('/companies/new')}>
            {t('companies.add')}
          </Button>
        }
      />
      <Group mb="md" align="flex-end">
        <TextInput
          label={t('companies.search')}
          type="search"
          leftSection={<IconSearch size={16} aria-hidden="true" />}
          value={query}
          onChange={(event) => {
            setQuery(event.currentTarget.value);
            setPage(1);
          }}
          w={320}
        />
      </Group>
      {list.error && <QueryState isPending={false} error={list.error} onRetry={() => void list.refetch()} />}
      {list.data ? (
        <>
          <CompanyTable companies={list.data.items} query={debounced} />
          {list.data.total > 0 && (
            <ListFooter total={list.data.total} page={page} pageSize={PAGE_SIZE} onPage={setPage} />
          )}
        </>
      ) : (
        <QueryState isPending={list.isPending} error={null} onRetry={() => void list.refetch()} />
      )}
    </>
  );
}
