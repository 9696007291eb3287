import { Button, Group, NativeSelect, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { companyDisplayName } from '../../lib/useCompanyName';
import { useLanguage } from '../../lib/useLanguage';
import { useLocation } from 'wouter';
import { deskKinds, type DeskKind } from '../../../shared/domain/desk';
import { useRead } from '../../api/hooks';
import { EmptyNotice } from '../../components/EmptyNotice';
import { ListFooter } from '../../components/ListFooter';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { DeskTable } from './DeskTable';

const PAGE_SIZE = 50;

function isDeskKind(value: string): value is DeskKind {
  return (deskKinds as readonly string[]).includes(value);
}

/** 苦情・相談窓口: search plus filters by company and kind, all answered by the core. */
export function DesksPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [, navigate] = useLocation();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 250);
  const [companyId, setCompanyId] = useState('');
  const [kind, setKind] = useState('');
  const [page, setPage] = useState(1);
  const companies = useRead('companies.list', { limit: 500 });
  const filtered = debounced !== '' || companyId !== '' || kind !== '';
  const list = useRead(
    'desks.list',
    {
      query: debounced,
      companyId: companyId === '' ? undefined : Number(companyId),
      kind: isDeskKind(kind) ? kind : undefined,
      limit: PAGE_SIZE,
      offset: (page - 1) * PAGE_SIZE,
    },
    { keepPrevious: true },
  );

  const noCompanies = companies.data?.total === 0;
  const empty = noCompanies ? t('desks.needCompany') : filtered ? t('desks.noMatch') : t('desks.empty');

  return (
    <>
      <PageHeader
        title={t('desks.title')}
        lead={t('desks.lead')}
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => navigate('/desks/new')}>
            {t('desks.add')}
          </Button>
        }
      />
      <Group mb="md" align="flex-end" gap="md">
        <TextInput
          label={t('desks.search')}
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
          label={t('desks.company')}
          value={companyId}
          onChange={(event) => {
            setCompanyId(event.currentTarget.value);
            setPage(1);
          }}
          data={[
            { value: '', label: t('desks.allCompanies') },
            ...(companies.data?.items ?? []).map((company) => ({ value: String(company.id), label: companyDisplayName(company, language) })),
          ]}
          w={240}
        />
        <NativeSelect
          label={t('desks.kind')}
          value={kind}
          onChange={(event) => {
            setKind(event.currentTarget.value);
            setPage(1);
          }}
          data={[
            { value: '', label: t('desks.allKinds') },
            ...deskKinds.map((value) => ({ value, label: t(`desks.kinds.${value}`) })),
          ]}
          w={200}
        />
      </Group>
      {list.error && <QueryState isPending={false} error={list.error} onRetry={() => void list.refetch()} />}
      {list.data ? (
        list.data.items.length === 0 ? (
          <EmptyNotice>{empty}</EmptyNotice>
        ) : (
          <>
            <DeskTable desks={list.data.items} />
            <ListFooter total={list.data.total} page={page} pageSize={PAGE_SIZE} onPage={setPage} />
          </>
        )
      ) : (
        <QueryState isPending={list.isPending} error={null} onRetry={() => void list.refetch()} />
      )}
    </>
  );
}
