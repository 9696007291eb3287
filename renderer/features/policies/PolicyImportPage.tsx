import { Anchor, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { ImportPreview } from '../../../shared/domain/policy-import';
import { useRead } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { ImportPreviewList } from './ImportPreviewList';
import { ImportSourceForm } from './ImportSourceForm';
import './policies.css';

/** 「取り込む」: an existing policy split into sections, kinds corrected by the user, saved as a new draft. */
export function PolicyImportPage() {
  const { t } = useTranslation();
  const companies = useRead('companies.list', { limit: 500 });
  const [companyId, setCompanyId] = useState<number | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  if (!companies.data) return <QueryState isPending={companies.isPending} error={companies.error} onRetry={() => void companies.refetch()} />;
  const company = companyId ?? companies.data.items[0]?.id ?? 0;

  return (
    <>
      <Anchor component={Link} href="/policies" size="sm" mb={4} display="inline-block">
        ‹ {t('policies.editor.backToList')}
      </Anchor>
      <PageHeader title={t('policies.importPage.title')} lead={t('policies.importPage.lead')} />
      <Stack gap="xl">
        <ImportSourceForm companies={companies.data.items} companyId={company} onCompany={setCompanyId} onPreview={setPreview} />
        {preview && <ImportPreviewList key={JSON.stringify(preview.sections.map((s) => s.section.id))} preview={preview} companyId={company} />}
      </Stack>
    </>
  );
}
