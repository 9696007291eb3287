import type { Assessment } from '../../../shared/appi/assess';
import { canMove, statusLabels, type IncidentStatus } from '../../../shared/domain/incident-status';
import type { StoredNotification } from '../store/notifications';
import { invalidField } from './errors';

/**
 * Whether an incident may take `to` as its status (shared/domain/incident-status has the allowed moves). Besides
 * the move itself:
 * - `reported` needs a report that went out: a sent 速報 or 確報 (APPI Art. 26(1)), or — for an entrustee — the
 *   notice to its entrustor that takes the report's place (Art. 26(1) proviso; Rule Art. 9);
 * - `closed` needs the verdict settled, and for a reportable incident the 確報 sent (Rule Art. 8(2)), unless the
 *   entrustee route relieved us of reporting.
 */
export function checkStatus(
  from: IncidentStatus | null,
  to: IncidentStatus,
  assessment: Assessment,
  notifications: readonly StoredNotification[],
): void {
  if (from === to) return;
  if (!canMove(from, to)) {
    throw invalidField(['status'], 'statusMove', {
      from: from === null ? { ja: '（新規）', en: '(new)' } : statusLabels[from],
      to: statusLabels[to],
    });
  }
  const sent = (kind: StoredNotification['notificationKind']) => notifications.some((n) => n.notificationKind === kind && n.sentAt !== null);
  const relieved = assessment.entrustee?.relieved === true;
  if (to === 'reported' && !sent('ppc_preliminary') && !sent('ppc_final') && !sent('entrustor') && !relieved) {
    throw invalidField(['status'], 'reportedNeedsReport');
  }
  if (to === 'closed') {
    if (assessment.reportable === 'undetermined') throw invalidField(['status'], 'closedUndetermined');
    if (assessment.reportable === 'yes' && !relieved && !sent('ppc_final')) throw invalidField(['status'], 'closedNeedsFinal');
  }
}
