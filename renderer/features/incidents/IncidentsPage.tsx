import { Button, Group, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { IncidentSummary } from '../../../shared/domain/incident-views';
import { useRead, useReadPages } from '../../api/hooks';
import { EmptyNotice } from '../../components/EmptyNotice';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { formatNumber } from '../../lib/format';
import { useLanguage } from '../../lib/useLanguage';
import { IncidentFilters } from './IncidentFilters';
import { IncidentTable } from './IncidentTable';
import { filtersToInput, isFiltered, noFilters } from './incidentFilters';

const PAGE_SIZE = 100;

/** インシデント: filters answered by the core, and a virtualized list fetched a page of 100 at a time. */
export function IncidentsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [, navigate] = useLocation();
  const [filters, setFilters] = useState(noFilters);
  const [query] = useDebouncedValue(filters.query.trim(), 250);
  const companies = useRead('companies.list', { limit: 500 });
  const list = useReadPages('incidents.list', filtersToInput(filters, query), PAGE_SIZE);
  const rows: IncidentSummary[] = list.data?.pages.flatMap((page) => page.items) ?? [];
  const total = list.data?.pages.at(-1)?.total ?? 0;
  // Past COUNT_CAP matches the core stops counting (one scan per keystroke otherwise): "10,000+".
  const totalCapped = list.data?.pages.at(-1)?.totalCapped ?? false;
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = list;
  const loadMore = useCallback(() => void fetchNextPage(), [fetchNextPage]);

  // A refused filter (an end date before the start) is shown under its field, not as a failed load.
  const issues = list.error?.code === 'validation' ? (list.error.issues ?? []) : [];
  const errorOf = (field: 'knownFrom' | 'knownTo') => issues.find((issue) => issue.path[0] === field)?.message;
  const loadError = list.error && list.error.code !== 'validation' ? list.error : null;

  const noCompanies = companies.data?.total === 0;
  const empty = noCompanies ? t('incidents.needCompany') : isFiltered(filters) ? t('incidents.noMatch') : t('incidents.empty');

  return (
    <>
      <PageHeader
        title={t('incidents.title')}
        lead={t('incidents.lead')}
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => navigate('/incidents/new')}>
            {t('incidents.add')}
          </Button>
        }
      />
      <IncidentFilters value={filters} onChange={setFilters} companies={companies.data?.items ?? []} errorOf={errorOf} />
      {loadError && <QueryState isPending={false} error={loadError} onRetry={() => void list.refetch()} />}
      {!list.data ? (
        <QueryState isPending={list.isPending} error={null} onRetry={() => void list.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyNotice>{empty}</EmptyNotice>
      ) : (
        <>
          <IncidentTable rows={rows} total={total} hasMore={hasNextPage} loadingMore={isFetchingNextPage} onLoadMore={loadMore} />
          <Group justify="space-between" mt="sm">
            <Text size="sm" c="dimmed" className="wb-num" aria-live="polite">
              {t(totalCapped ? 'incidents.shownCapped' : 'incidents.shown', { shown: formatNumber(rows.length, language), total: formatNumber(total, language) })}
            </Text>
          </Group>
        </>
      )}
    </>
  );
}
