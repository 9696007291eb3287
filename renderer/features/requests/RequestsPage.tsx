import { Button, Group, NativeSelect, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { requestStates } from '../../../shared/contract/requests';
import { requestKinds, type RequestKind } from '../../../shared/domain/data-request';
import { useRead } from '../../api/hooks';
import { EmptyNotice } from '../../components/EmptyNotice';
import { ListFooter } from '../../components/ListFooter';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { RequestTable } from './RequestTable';
import { RequestTargetSettings } from './RequestTargetSettings';

const PAGE_SIZE = 50;
type StateFilter = (typeof requestStates)[number] | 'all';

function isKind(value: string): value is RequestKind {
  return (requestKinds as readonly string[]).includes(value);
}

function stateOf(raw: string | undefined): StateFilter {
  return requestStates.find((value) => value === raw) ?? 'all';
}

interface RequestsPageProps {
  /** /requests/desk/:id — what one desk received. */
  deskId?: number | undefined;
  /** /requests/status/:state — e.g. the dashboard's "past target". */
  state?: string | undefined;
}

/** 開示等請求・苦情: the log, filtered by company, desk, kind and status (open, past target, answered). */
export function RequestsPage({ deskId: deskParam, state: stateParam }: RequestsPageProps) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 250);
  const [companyId, setCompanyId] = useState('');
  const [deskId, setDeskId] = useState(deskParam ? String(deskParam) : '');
  const [kind, setKind] = useState('');
  const [state, setState] = useState<StateFilter>(() => stateOf(stateParam));
  const [page, setPage] = useState(1);
  const companies = useRead('companies.list', { limit: 500 });
  const desks = useRead('desks.list', { limit: 500, companyId: companyId === '' ? undefined : Number(companyId) });
  const list = useRead(
    'requests.list',
    {
      query: debounced,
      companyId: companyId === '' ? undefined : Number(companyId),
      deskId: deskId === '' ? undefined : Number(deskId),
      requestKind: isKind(kind) ? kind : undefined,
      state: state === 'all' ? undefined : state,
      limit: PAGE_SIZE,
      offset: (page - 1) * PAGE_SIZE,
    },
    { keepPrevious: true },
  );
  const reset = <T,>(set: (value: T) => void) => (value: T) => {
    set(value);
    setPage(1);
  };
  const companyList = companies.data?.items ?? [];
  const settingsCompany = companyId !== '' ? companyList.find((c) => c.id === Number(companyId)) : companyList.length === 1 ? companyList[0] : undefined;
  const filtered = debounced !== '' || companyId !== '' || deskId !== '' || kind !== '' || state !== 'all';
  const empty = companies.data?.total === 0 ? t('requests.needCompany') : filtered ? t('requests.noMatch') : t('requests.empty');

  return (
    <>
      <PageHeader
        title={t('requests.title')}
        lead={t('requests.lead')}
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => navigate('/requests/new')}>
            {t('requests.add')}
          </Button>
        }
      />
      {settingsCompany && <RequestTargetSettings key={settingsCompany.id} company={settingsCompany} />}
      <Stack gap="xs" mb="md">
        <Group align="flex-end" gap="md">
          <TextInput
            label={t('requests.search')}
            type="search"
            leftSection={<IconSearch size={16} aria-hidden="true" />}
            value={query}
            onChange={(event) => reset(setQuery)(event.currentTarget.value)}
            w={240}
          />
          <NativeSelect
            label={t('requests.company')}
            value={companyId}
            onChange={(event) => {
              reset(setCompanyId)(event.currentTarget.value);
              setDeskId('');
            }}
            data={[{ value: '', label: t('requests.allCompanies') }, ...companyList.map((c) => ({ value: String(c.id), label: c.legalNameJa }))]}
            w={220}
          />
          <NativeSelect
            label={t('requests.desk')}
            value={deskId}
            onChange={(event) => reset(setDeskId)(event.currentTarget.value)}
            data={[{ value: '', label: t('requests.allDesks') }, ...(desks.data?.items ?? []).map((d) => ({ value: String(d.id), label: d.nameJa }))]}
            w={200}
          />
          <NativeSelect
            label={t('requests.kind')}
            value={kind}
            onChange={(event) => reset(setKind)(event.currentTarget.value)}
            data={[{ value: '', label: t('requests.allKinds') }, ...requestKinds.map((value) => ({ value, label: t(`requests.kinds.${value}`) }))]}
            w={200}
          />
        </Group>
        <div>
          <Text component="span" size="sm" fw={700} mr="sm" id="request-state-label">
            {t('requests.state')}
          </Text>
          <SegmentedControl
            aria-labelledby="request-state-label"
            size="xs"
            value={state}
            onChange={(value) => reset(setState)(value as StateFilter)}
            data={(['all', ...requestStates] as const).map((value) => ({ value, label: t(`requests.states.${value}`) }))}
          />
        </div>
      </Stack>
      {list.error && <QueryState isPending={false} error={list.error} onRetry={() => void list.refetch()} />}
      {list.data ? (
        list.data.items.length === 0 ? (
          <EmptyNotice>{empty}</EmptyNotice>
        ) : (
          <>
            <RequestTable requests={list.data.items} showCompany={companyList.length > 1} />
            <ListFooter total={list.data.total} page={page} pageSize={PAGE_SIZE} onPage={setPage} />
          </>
        )
      ) : (
        <QueryState isPending={list.isPending} error={null} onRetry={() => void list.refetch()} />
      )}
    </>
  );
}
