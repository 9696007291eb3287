import { Alert, Button, Group, NativeSelect, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { provisionDirections, type ProvisionDirection } from '../../../shared/domain/provision-record';
import { useRead } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { RegisterExportMenu } from '../registers/RegisterExportMenu';
import { RegisterResults } from '../registers/RegisterResults';
import { RegisterSearchFilters } from '../registers/RegisterSearchFilters';
import { useRegisterFilters } from '../registers/useRegisterFilters';
import { ProvisionTable } from './ProvisionTable';

const PAGE_SIZE = 50;
type View = 'all' | 'expired';

function isDirection(value: string): value is ProvisionDirection {
  return (provisionDirections as readonly string[]).includes(value);
}

/** 第三者提供記録: the records, filtered by company and direction, the records past retention to delete; the export. */
export function ProvisionsPage({ view: initialView }: { view?: View | undefined }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const filters = useRegisterFilters();
  const [direction, setDirection] = useState('');
  const [view, setView] = useState<View>(initialView ?? 'all');
  const list = useRead(
    'provisions.list',
    {
      query: filters.search,
      companyId: filters.companyFilter,
      direction: isDirection(direction) ? direction : undefined,
      pastRetention: view === 'expired' ? true : undefined,
      limit: PAGE_SIZE,
      offset: (filters.page - 1) * PAGE_SIZE,
    },
    { keepPrevious: true },
  );
  const filtered = filters.search !== '' || filters.companyId !== '' || direction !== '';
  const empty = filters.noCompanies
    ? t('provisions.needCompany')
    : view === 'expired'
      ? t('provisions.noExpired')
      : filtered
        ? t('provisions.noMatch')
        : t('provisions.empty');

  return (
    <>
      <PageHeader
        title={t('provisions.title')}
        lead={t('provisions.lead')}
        actions={
          <Group gap="sm">
            <RegisterExportMenu register="provisions" companyId={filters.exportCompanyId} />
            <Button leftSection={<IconPlus size={16} />} onClick={() => navigate('/provisions/new')}>
              {t('provisions.add')}
            </Button>
          </Group>
        }
      />
      <Stack gap="xs" mb="md">
        <Group align="flex-end" gap="md">
          <RegisterSearchFilters
            filters={filters}
            labels={{ search: t('provisions.search'), company: t('provisions.company'), allCompanies: t('provisions.allCompanies') }}
          />
          <NativeSelect
            label={t('provisions.direction')}
            value={direction}
            onChange={(event) => filters.resetting(setDirection)(event.currentTarget.value)}
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
            onChange={(value) => filters.resetting(setView)(value as View)}
            data={(['all', 'expired'] as const).map((value) => ({ value, label: t(`provisions.views.${value}`) }))}
          />
        </div>
      </Stack>
      {view === 'expired' && list.data && list.data.total > 0 && (
        <Alert color="gray" variant="light" mb="md">
          {t('provisions.expiredLead')}
        </Alert>
      )}
      <RegisterResults
        list={list}
        empty={empty}
        page={filters.page}
        pageSize={PAGE_SIZE}
        onPage={filters.setPage}
        table={(items) => <ProvisionTable records={items} />}
      />
    </>
  );
}
