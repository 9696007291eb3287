import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { requestDueStatus } from '../../../shared/domain/data-request-status';
import type { DataRequest } from '../../../shared/domain/data-request';
import { DeadlineChip } from '../../components/DeadlineChip';
import { useAppNow } from '../../lib/appClock';

/** The internal response target as the deadline chip; a withdrawn request has no target left to meet. */
export function RequestDueChip({ request }: { request: Pick<DataRequest, 'dueOn' | 'closedOn' | 'outcome'> }) {
  const { t } = useTranslation();
  const now = useAppNow();
  if (request.outcome === 'withdrawn') {
    return (
      <Badge variant="outline" color="gray" radius="sm" tt="none">
        {t('requests.outcomes.withdrawn')}
      </Badge>
    );
  }
  return <DeadlineChip due={request.dueOn} status={requestDueStatus(request, now)} />;
}
