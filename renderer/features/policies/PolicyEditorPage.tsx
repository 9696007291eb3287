import { Anchor, Tabs } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { policyKindLabels } from '../../../shared/policy/labels';
import { useRead } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useCompanyName } from '../../lib/useCompanyName';
import { useLanguage } from '../../lib/useLanguage';
import { PolicySectionsEditor } from './PolicySectionsEditor';
import { usePolicyOpen } from './usePolicyOpen';
import { VersionsTab } from './VersionsTab';
import './policies.css';

interface PolicyEditorPageProps {
  id: number;
  /** undefined: the current version's sections; 'versions': history and diff; 'v12': version 12 (read-only). */
  tab: string | undefined;
  section: string | undefined;
}

/** A policy: its current draft (or latest published version) with the checker, and its versions with diffs. */
export function PolicyEditorPage({ id, tab, section }: PolicyEditorPageProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const companyName = useCompanyName();
  const [, navigate] = useLocation();
  const [reloads, setReloads] = useState(0);
  const detail = usePolicyOpen(id);
  const shownId = tab && /^v\d+$/.test(tab) ? Number(tab.slice(1)) : null;
  const other = useRead('policyVersions.get', { id: shownId ?? 0 }, { enabled: shownId !== null && shownId !== detail.data?.current.id });

  if (!detail.data) return <QueryState isPending={detail.isPending} error={detail.error} onRetry={() => void detail.refetch()} />;
  const policy = detail.data;
  const version = shownId !== null && shownId !== policy.current.id ? other.data : policy.current;
  const title = language === 'en' && policy.titleEn ? policy.titleEn : policy.titleJa;
  const draftNumber = policy.draftVersionId !== null && version?.id !== policy.draftVersionId ? (policy.versions.find((v) => v.id === policy.draftVersionId)?.number ?? null) : null;
  const reload = () => {
    void detail.refetch().then(() => setReloads((n) => n + 1));
  };

  return (
    <>
      <Anchor component={Link} href="/policies" size="sm" mb={4} display="inline-block">
        ‹ {t('policies.editor.backToList')}
      </Anchor>
      <PageHeader eyebrow={`${companyName(policy.companyId, policy.companyName)}${language === 'ja' ? '・' : ' · '}${policyKindLabels[policy.kind][language]}`} title={title} />
      <Tabs value={tab === 'versions' ? 'versions' : 'editor'} onChange={(value) => navigate(value === 'versions' ? `/policies/${id}/versions` : `/policies/${id}`)} mb="md">
        <Tabs.List>
          <Tabs.Tab value="editor">{t('policies.editor.tabEditor')}</Tabs.Tab>
          <Tabs.Tab value="versions">{t('policies.editor.tabVersions')}</Tabs.Tab>
        </Tabs.List>
      </Tabs>
      {tab === 'versions' ? (
        <VersionsTab policy={policy} />
      ) : version ? (
        <PolicySectionsEditor
          key={`${version.id}-${version.status}-${reloads}`}
          policyId={policy.id}
          companyId={policy.companyId}
          companyName={policy.companyName}
          version={version}
          draftNumber={draftNumber}
          focusSection={section ? decodeURIComponent(section) : undefined}
          onReload={reload}
        />
      ) : (
        <QueryState isPending={other.isPending} error={other.error} onRetry={() => void other.refetch()} />
      )}
    </>
  );
}
