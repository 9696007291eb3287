import { Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PolicySummary } from '../../../shared/domain/policy';
import { useRead } from '../../api/hooks';

/** One checker score in a few words: 「11/12項目・不足1件」, with what it scores (公開版 / 下書き) when both exist. */
function Score({ policyId, versionId, label }: { policyId: number; versionId?: number; label: string | null }) {
  const { t } = useTranslation();
  const check = useRead('policies.check', versionId === undefined ? { policyId } : { policyId, versionId });
  if (!check.data) return null;
  // Only required matters count as missing here: a recommended gap never blocks publishing.
  const { met, na, total, blocking: missing } = check.data.summary;
  const applicable = total - na;
  return (
    <Group gap={6} wrap="nowrap" className="wb-pol-check-line" data-testid={label === null ? 'check-score' : `check-score-${versionId === undefined ? 'draft' : 'published'}`}>
      {label !== null && (
        <Text span size="xs" c="dimmed" miw="4.6em">
          {label}
        </Text>
      )}
      {missing > 0 ? (
        <IconAlertTriangle size={16} className="wb-pol-missing" aria-hidden="true" />
      ) : (
        <IconCircleCheck size={16} className="wb-pol-met" aria-hidden="true" />
      )}
      <Text span size="sm" className="wb-num">
        {t('policies.checkSummary', { met, applicable })}
      </Text>
      <Text span size="sm" c={missing > 0 ? 'red.8' : 'teal.9'}>
        {missing > 0 ? t('policies.checkMissing', { n: missing }) : t('policies.checkComplete')}
      </Text>
    </Group>
  );
}

/**
 * The checker's result for a policy: the version in force (the latest published) and, while a revision draft is
 * open, the draft beside it — what readers see now and what the next publication will state. A policy with only
 * one of the two has one line, unlabelled.
 */
export function CheckSummaryCell({ policy }: { policy: Pick<PolicySummary, 'id' | 'draftVersionId' | 'latestPublished'> }) {
  const { t } = useTranslation();
  const published = policy.latestPublished;
  if (!published || policy.draftVersionId === null) return <Score policyId={policy.id} label={null} />;
  return (
    <Stack gap={2}>
      <Score policyId={policy.id} versionId={published.versionId} label={t('policies.checkPublished')} />
      <Score policyId={policy.id} label={t('policies.checkDraft')} />
    </Stack>
  );
}
