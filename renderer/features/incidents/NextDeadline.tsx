import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { notificationKindLabels, type NextDeadline as Next } from '../../../shared/domain/incident-notification';
import { DeadlineChip } from '../../components/DeadlineChip';
import { EmptyCell } from '../../components/EmptyCell';
import { capitalize } from '../../lib/fieldLabel';
import { useLanguage } from '../../lib/useLanguage';

/** An incident's earliest unsent due date: which notification (short in tables), and its chip. */
export function NextDeadline({ next, compact = false }: { next: Next | null; compact?: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (!next) return <EmptyCell />;
  const full = capitalize(notificationKindLabels[next.notificationKind][language]);
  return (
    <Group gap={6} wrap="nowrap" miw={0}>
      <Text span size={compact ? 'xs' : 'sm'} c="gray.8" className="wb-no-shrink" title={full}>
        {compact ? t(`incidents.kindShort.${next.notificationKind}`) : full}
      </Text>
      <DeadlineChip due={next.due} status={next.status} />
    </Group>
  );
}
