import { deadlineStatus, type DeadlineStatus } from '../appi/deadline-status';
import type { InstantInput } from '../appi/japan-time';
import type { DataRequest } from './data-request';

/**
 * A request against its internal response target, shown with the incident deadlines' chip (overdue 「3日超過」,
 * due soon, answered on time or late), as issue 14 asks. The day answered stands for the moment: noon that day in
 * Japan, so the date alone decides on time or late.
 */
export function requestDueStatus(request: Pick<DataRequest, 'dueOn' | 'closedOn'>, now: InstantInput): DeadlineStatus {
  const sentAt = request.closedOn === null ? null : `${request.closedOn}T12:00:00+09:00`;
  return deadlineStatus({ due: request.dueOn, now, sentAt });
}
