import { Alert, Button, Group, NativeSelect, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { provisionDirections, type ProvisionDirection } from '../../../shared/domain/provision-record';
import { useRead } from '../../api/hooks';
import { EmptyNotice } from '../../components/EmptyNotice';
import { ListFooter } from '../../components/ListFooter';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { ProvisionTable } from './ProvisionTable';

const PAGE_SIZE = 50;
type View = 'all' | 'expired';

function isDirection(value: string): value is ProvisionDirection {
  return (provisionDirections as readonly string[]).includes(value);
}

/** 第三者提供記録: the records, filtered by company and direction, and the records past retention to delete. */
export function ProvisionsPage({ view: initialView }: { view?: View | undefined }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 250);
  const [companyId, setCompanyId] = useState('');
  const [direction, setDirection] = useState('');
  const [view, setView] = useState<View>(initialView ?? 'all');
  const [page, setPage] = useState(1);
  const companies = useRead('companies.list', { limit: 500 });
  const list = useRead(
    'provisions.list',
    {
      query: debounced,
      companyId: companyId === '' ? undefined : Number(companyId),
      direction: isDirection(direction) ? direction : undefined,
      pastRetention: view === 'expired' ? true : undefined,
      limit: PAGE_SIZE,
      offset: (page - 1) * PAGE_SIZE,
    },
    { keepPrevious: true },
  );
  const reset = <T,>(set: (value: T) => void) => (value: T) => {
    set(value);
    setPage(1);
  };
  const filtered = debounced !== '' || companyId !== '' || direction !== '';
  const empty =
    companies.data?.total === 0 ? t('provisions.needCompany') : view === 'expired' ? t('provisions.noExpired') : filtered ? t('provisions.noMatch') : t('provisions.empty');

  return (
    <>
      <PageHeader
        title={t('provisions.title')}
        lead={t('provisions.lead')}
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => navigate('/provisions/new')}>
            {t('provisions.add')}
          </Button>
        }
      />
      <Stack gap="xs" mb="md">
        <Group align="flex-end" gap="md">
          <TextInput
            label={t('provisions.search')}
            type="search"
            leftSection={<IconSearch size={16} aria-hidden="true" />}
            value={query}
            onChange={(event) => reset(setQuery)(event.currentTarget.value)}
            w={240}
          />
          <NativeSelect
            label={t('provisions.company')}
            value={companyId}
            onChange={(event) => reset(setCompanyId)(event.currentTarget.value)}
            data={[{ value: '', label: t('provisions.allCompanies') }, ...(companies.data?.items ?? []).map((c) => ({ value: String(c.id), label: c.legalNameJa }))]}
            w={220}
          />
          <NativeSelect
            label={t('provisions.direction')}
            value={direction}
            onChange={(event) => reset(setDirection)(event.currentTarget.value)}
            data={[{ value: '', label: t('provisions.allDirections') }, ...provisionDirections.map((value) => ({ value, label: t(`provisions.directions.${value}`) }))]}
            w={160}
          />
        </Group>
        <div>
          <Text component="span" size="sm" fw={700} mr="sm" id="provision-view-label">
            {t('provisions.view')}
          </Text>
          <SegmentedControl
            aria-labelledby="provision-view-label"
            size="xs"
            value={view}
            onChange={(value) => reset(setView)(value as View)}
            data={(['all', 'expired'] as const).map((value) => ({ value, label: t(`provisions.views.${value}`) }))}
          />
        </div>
      </Stack>
      {view === 'expired' && list.data && list.data.total > 0 && (
        <Alert color="gray" variant="light" mb="md">
          {t('provisions.expiredLead')}
        </Alert>
      )}
      {list.error && <QueryState isPending={false} error={list.error} onRetry={() => void list.refetch()} />}
      {list.data ? (
        list.data.items.length === 0 ? (
          <EmptyNotice>{empty}</EmptyNotice>
        ) : (
          <>
            <ProvisionTable records={list.data.items} />
            <ListFooter total={list.data.total} page={page} pageSize={PAGE_SIZE} onPage={setPage} />
          </>
        )
      ) : (
        <QueryState isPending={list.isPending} error={null} onRetry={() => void list.refetch()} />
      )}
    </>
  );
}
