import { Group, Text } from '@mantine/core';
import type { Basis } from '../../../shared/appi/basis-text';
import type { DeadlineStatus } from '../../../shared/appi/deadline-status';
import { DeadlineChip } from '../../components/DeadlineChip';
import { formatCivilDateWithWeekday } from '../../lib/japanDates';
import { useLanguage } from '../../lib/useLanguage';
import { Citations } from './Citations';

interface Props {
  label: string;
  date: string;
  basis: Basis;
  /** Left out for the 速報's target, a yardstick rather than a deadline to be late for. */
  status: DeadlineStatus | null;
  role: Basis['role'];
  /** Left out where the next row cites the same sources (the 速報's target and limit). */
  withCitations?: boolean;
}

/** One deadline: what it is, its date with the weekday, its chip, and how the date was reached. */
export function AssessmentDeadlineRow({ label, date, basis, status, role, withCitations = true }: Props) {
  const language = useLanguage();
  return (
    <div className="wb-deadline-row" data-role={role}>
      <Text size="xs" fw={700} c="gray.8">
        {label}
      </Text>
      <Group gap="sm" justify="space-between" wrap="nowrap" mt={2}>
        <Text size="md" fw={700} className="wb-num wb-deadline-date" data-date={date}>
          {formatCivilDateWithWeekday(date, language)}
        </Text>
        {status && <DeadlineChip status={status} />}
      </Group>
      <Text size="xs" mt={4} className="wb-basis" data-basis={role}>
        {basis.text[language]}
      </Text>
      {withCitations && <Citations citations={basis.citations} />}
    </div>
  );
}
