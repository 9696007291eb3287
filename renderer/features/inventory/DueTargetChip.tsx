import { Badge } from '@mantine/core';
import { targetStatus } from '../../../shared/appi/deadline-status';
import { DeadlineChip } from '../../components/DeadlineChip';
import { useAppNow } from '../../lib/appClock';

/**
 * When a routine of the registers is next due (an entry's review, an entrustee's check): an internal target, not a
 * statutory deadline, so it wears the target chip (calm blue, 「予定日から3日経過」) — red and orange stay for the
 * law's deadlines. Never done yet: a plain outlined badge that says so.
 */
export function DueTargetChip({ due, neverLabel }: { due: string | null; neverLabel: string }) {
  const now = useAppNow();
  if (due === null) {
    return (
      <Badge variant="outline" color="gray" radius="sm" tt="none" className="wb-never-done">
        {neverLabel}
      </Badge>
    );
  }
  return <DeadlineChip due={due} status={targetStatus({ target: due, now, measure: 'planned' })} />;
}
