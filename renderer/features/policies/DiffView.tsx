import { Checkbox, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRead } from '../../api/hooks';
import { EmptyNotice } from '../../components/EmptyNotice';
import { QueryState } from '../../components/QueryState';
import { SectionDiffCard } from './SectionDiffCard';

/** Two versions compared section by section: added (green), removed (red), changed (before / after side by side). */
export function DiffView({ fromVersionId, toVersionId }: { fromVersionId: number; toVersionId: number }) {
  const { t } = useTranslation();
  const [showUnchanged, setShowUnchanged] = useState(false);
  const diff = useRead('policyVersions.diff', { fromVersionId, toVersionId }, { keepPrevious: true });
  if (!diff.data) return <QueryState isPending={diff.isPending} error={diff.error} onRetry={() => void diff.refetch()} />;
  const { counts } = diff.data;
  const shown = diff.data.sections.filter((section) => showUnchanged || section.status !== 'unchanged');

  return (
    <Stack gap="sm" className="wb-pol-diff">
      <Text size="sm" className="wb-num" data-testid="diff-counts">
        {t('policies.diff.counts', counts)}
      </Text>
      <Checkbox label={t('policies.diff.showUnchanged')} checked={showUnchanged} onChange={(e) => setShowUnchanged(e.currentTarget.checked)} />
      {shown.length === 0 && <EmptyNotice>{t('policies.diff.noChanges')}</EmptyNotice>}
      {shown.map((section) => (
        <SectionDiffCard key={section.sectionId} diff={section} />
      ))}
    </Stack>
  );
}
