import { Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useRead } from '../../api/hooks';

/** The checker's result for a policy's current version, in a few words: 「11/12項目・不足1件」. */
export function CheckSummaryCell({ policyId }: { policyId: number }) {
  const { t } = useTranslation();
  const check = useRead('policies.check', { policyId });
  if (!check.data) return null;
  // Only required matters count as missing here: a recommended gap never blocks publishing.
  const { met, na, total, blocking: missing } = check.data.summary;
  const applicable = total - na;
  return (
    <Group gap={6} wrap="nowrap">
      {missing > 0 ? (
        <IconAlertTriangle size={16} className="wb-pol-missing" aria-hidden="true" />
      ) : (
        <IconCircleCheck size={16} className="wb-pol-met" aria-hidden="true" />
      )}
      <Text span size="sm" className="wb-num">
        {t('policies.checkSummary', { met, applicable })}
      </Text>
      <Text span size="sm" c={missing > 0 ? 'red.8' : 'teal.8'}>
        {missing > 0 ? t('policies.checkMissing', { n: missing }) : t('policies.checkComplete')}
      </Text>
    </Group>
  );
}
