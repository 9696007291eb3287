import { Button, Group, NativeSelect, TextInput } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { IconFileImport, IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { companyDisplayName } from '../../lib/useCompanyName';
import { useLanguage } from '../../lib/useLanguage';
import { useLocation } from 'wouter';
import { useRead } from '../../api/hooks';
import { EmptyNotice } from '../../components/EmptyNotice';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { CreatePolicyDialog } from './CreatePolicyDialog';
import { PolicySearchResults } from './PolicySearchResults';
import { PolicyTable } from './PolicyTable';
import './policies.css';

/** ポリシー: every company's policies with their state and checker summary, a full-text search, create and import. */
export function PoliciesPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [, navigate] = useLocation();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 300);
  const [companyId, setCompanyId] = useState('');
  const [creating, createDialog] = useDisclosure(false);
  const companies = useRead('companies.list', { limit: 500 });
  const list = useRead('policies.list', { limit: 200, companyId: companyId === '' ? undefined : Number(companyId) }, { keepPrevious: true });
  const noCompanies = companies.data?.total === 0;

  return (
    <>
      <PageHeader
        title={t('policies.title')}
        lead={t('policies.lead')}
        actions={
          <>
            <Button variant="default" leftSection={<IconFileImport size={16} />} onClick={() => navigate('/policies/import')} disabled={noCompanies}>
              {t('policies.import')}
            </Button>
            <Button leftSection={<IconPlus size={16} />} onClick={createDialog.open} disabled={noCompanies}>
              {t('policies.create')}
            </Button>
          </>
        }
      />
      <Group mb="md" align="flex-end" gap="md">
        <TextInput
          label={t('policies.search.label')}
          description={t('policies.search.help')}
          type="search"
          leftSection={<IconSearch size={16} aria-hidden="true" />}
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
          w={360}
        />
        <NativeSelect
          label={t('policies.company')}
          value={companyId}
          onChange={(event) => setCompanyId(event.currentTarget.value)}
          data={[
            { value: '', label: t('policies.allCompanies') },
            ...(companies.data?.items ?? []).map((company) => ({ value: String(company.id), label: companyDisplayName(company, language) })),
          ]}
          w={240}
        />
      </Group>
      {debounced !== '' ? (
        <PolicySearchResults query={debounced} companyId={companyId === '' ? undefined : Number(companyId)} />
      ) : list.data ? (
        list.data.items.length === 0 ? (
          <EmptyNotice>{noCompanies ? t('policies.needCompany') : t('policies.empty')}</EmptyNotice>
        ) : (
          <PolicyTable policies={list.data.items} />
        )
      ) : (
        <QueryState isPending={list.isPending} error={list.error} onRetry={() => void list.refetch()} />
      )}
      <CreatePolicyDialog opened={creating} onClose={createDialog.close} companies={companies.data?.items ?? []} />
    </>
  );
}
