import { Badge } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconClock, IconHourglassLow } from '@tabler/icons-react';
import type { DeadlineStatus, DeadlineTone } from '../../shared/appi/deadline-status';
import { formatCivilDate } from '../lib/japanDates';
import { useLanguage } from '../lib/useLanguage';

interface DeadlineChipProps {
  /** The due date, a civil date of the Japanese calendar ('2027-01-01'); left out when shown beside the chip. */
  due?: string | null | undefined;
  status: DeadlineStatus;
  /** On hover, e.g. a target's date where a table leaves it out of the chip. */
  title?: string | undefined;
}

const icons: Record<DeadlineTone, typeof IconClock> = {
  overdue: IconAlertTriangle,
  soon: IconClock,
  later: IconClock,
  onTime: IconCheck,
  late: IconAlertTriangle,
  target: IconHourglassLow,
  targetPassed: IconHourglassLow,
  done: IconCheck,
};

/**
 * The product's deadline chip (UI guide, "Deadlines"): the date, the days left and a status colour —
 * overdue red 「3日超過」, due within 2 days orange, later neutral, done on time green, done late red
 * outline 「2日遅れ」. Red and orange belong to statutory deadlines only: a duty to act "promptly" with no day
 * count (the notice to individuals, the entrustor's notice) or a planned date shows its target in calm blue with
 * a dashed outline and an hourglass — 「速やかに（目安から3日経過）」 — and, once sent, green like anything done.
 * The words are always there; colour and icon only help scanning.
 */
export function DeadlineChip({ due, status, title }: DeadlineChipProps) {
  const language = useLanguage();
  const Icon = icons[status.tone];
  const label = status.label[language];
  return (
    <Badge
      className={`wb-deadline wb-deadline-${status.tone}`}
      radius="sm"
      size="md"
      tt="none"
      variant="outline"
      leftSection={<Icon size={13} stroke={2} aria-hidden="true" />}
      data-tone={status.tone}
      title={title}
    >
      {due ? (
        <>
          <span className="wb-num">{formatCivilDate(due, language)}</span>
          <span className="wb-deadline-sep" aria-hidden="true">
            {language === 'ja' ? '・' : '·'}
          </span>
          <span>{label}</span>
        </>
      ) : (
        label
      )}
    </Badge>
  );
}
