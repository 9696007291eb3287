import { Button, Group, NativeSelect, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { requestStates } from '../../../shared/contract/requests';
import { requestKinds, type RequestKind } from '../../../shared/domain/data-request';
import { useRead } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { useLanguage } from '../../lib/useLanguage';
import { RegisterExportMenu } from '../registers/RegisterExportMenu';
import { RegisterResults } from '../registers/RegisterResults';
import { RegisterSearchFilters } from '../registers/RegisterSearchFilters';
import { useRegisterFilters } from '../registers/useRegisterFilters';
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

/** 開示等請求・苦情: the log, filtered by company, desk, kind and status (open, past target, answered); the export. */
export function RequestsPage({ deskId: deskParam, state: stateParam }: RequestsPageProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [, navigate] = useLocation();
  const filters = useRegisterFilters();
  const [deskId, setDeskId] = useState(deskParam ? String(deskParam) : '');
  const [kind, setKind] = useState('');
  const [state, setState] = useState<StateFilter>(() => stateOf(stateParam));
  const desks = useRead('desks.list', { limit: 500, companyId: filters.companyFilter });
  const list = useRead(
    'requests.list',
    {
      query: filters.search,
      companyId: filters.companyFilter,
      deskId: deskId === '' ? undefined : Number(deskId),
      requestKind: isKind(kind) ? kind : undefined,
      state: state === 'all' ? undefined : state,
      limit: PAGE_SIZE,
      offset: (filters.page - 1) * PAGE_SIZE,
    },
    { keepPrevious: true },
  );
  const settingsCompany = filters.companies.find((company) => company.id === filters.exportCompanyId);
  const filtered = filters.search !== '' || filters.companyId !== '' || deskId !== '' || kind !== '' || state !== 'all';
  const empty = filters.noCompanies ? t('requests.needCompany') : filtered ? t('requests.noMatch') : t('requests.empty');

  return (
    <>
      <PageHeader
        title={t('requests.title')}
        lead={t('requests.lead')}
        actions={
          <Group gap="sm">
            <RegisterExportMenu register="requests" companyId={filters.exportCompanyId} />
            <Button leftSection={<IconPlus size={16} />} onClick={() => navigate('/requests/new')}>
              {t('requests.add')}
            </Button>
          </Group>
        }
      />
      {settingsCompany && <RequestTargetSettings key={settingsCompany.id} company={settingsCompany} />}
      <Stack gap="xs" mb="md">
        <Group align="flex-end" gap="md">
          <RegisterSearchFilters
            filters={filters}
            labels={{ search: t('requests.search'), company: t('requests.company'), allCompanies: t('requests.allCompanies') }}
            onCompanyChange={() => setDeskId('')}
          />
          <NativeSelect
            label={t('requests.desk')}
            value={deskId}
            onChange={(event) => filters.resetting(setDeskId)(event.currentTarget.value)}
            data={[
              { value: '', label: t('requests.allDesks') },
              ...(desks.data?.items ?? []).map((desk) => ({ value: String(desk.id), label: (language === 'en' && desk.nameEn) || desk.nameJa })),
            ]}
            w={200}
          />
          <NativeSelect
            label={t('requests.kind')}
            value={kind}
            onChange={(event) => filters.resetting(setKind)(event.currentTarget.value)}
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
            onChange={(value) => filters.resetting(setState)(value as StateFilter)}
            data={(['all', ...requestStates] as const).map((value) => ({ value, label: t(`requests.states.${value}`) }))}
          />
        </div>
      </Stack>
      <RegisterResults
        list={list}
        empty={empty}
        page={filters.page}
        pageSize={PAGE_SIZE}
        onPage={filters.setPage}
        table={(items) => <RequestTable requests={items} showCompany={filters.companies.length > 1} />}
      />
    </>
  );
}
