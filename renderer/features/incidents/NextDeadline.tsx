import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { dueMeasures } from '../../../shared/domain/incident-deadline-rank';
import { notificationKindLabels, type NextDeadline as Next } from '../../../shared/domain/incident-notification';
import { DeadlineChip } from '../../components/DeadlineChip';
import { EmptyCell } from '../../components/EmptyCell';
import { formatCivilDate } from '../../lib/japanDates';
import { capitalize } from '../../lib/fieldLabel';
import { useLanguage } from '../../lib/useLanguage';

/**
 * The deadline an incident shows first (the core ranks a statutory one above anything else): which notification —
 * short in tables, with the full name and whether the date is a legal limit or a target on hover — and its chip.
 * In a table a target's chip says 「速やかに（目安を3日経過）」 and keeps its date for the hover: the date of a
 * statutory deadline is what the column is about.
 */
export function NextDeadline({ next, compact = false }: { next: Next | null; compact?: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (!next) return <EmptyCell />;
  const full = capitalize(notificationKindLabels[next.notificationKind][language]);
  const measure = dueMeasures[next.notificationKind];
  const title = t('incidents.deadlineTitle', { kind: full, measure: t(`incidents.deadlineMeasure.${measure}`) });
  const dateOnHover = compact && measure !== 'statutory';
  const date = formatCivilDate(next.due, language);
  return (
    <Group gap={6} wrap="nowrap" miw={0} data-next-kind={next.notificationKind}>
      <Text span size={compact ? 'xs' : 'sm'} c="gray.8" className="wb-no-shrink" title={title}>
        {compact ? t(`incidents.kindShort.${next.notificationKind}`) : full}
      </Text>
      <DeadlineChip
        due={dateOnHover ? null : next.due}
        status={next.status}
        title={dateOnHover ? t(measure === 'promptly' ? 'notifications.target' : 'incidents.plannedOn', { date }) : undefined}
      />
    </Group>
  );
}
