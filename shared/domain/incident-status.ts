import type { LocalizedText } from '../errors';

/**
 * Where an incident stands. The allowed moves, and why:
 * - open → contained | reported | closed: a report may go out before the leak is stopped (the 速報 clock does not
 *   wait for containment, GL 3-5-3-3), and a suspicion that proves unfounded is closed at once;
 * - contained → open: containment failed or a new leak was found;
 * - contained → reported | closed;
 * - reported → closed: once reported, the incident stays reported until it is done;
 * - closed → open: new facts reopen it (the audit trail keeps the earlier closure).
 * Staying in the same status is always allowed. What a move needs besides (a sent report for `reported`, the final
 * report for `closed`) is checked by the core, which knows the notifications.
 */
export const incidentStatuses = ['open', 'contained', 'reported', 'closed'] as const;
export type IncidentStatus = (typeof incidentStatuses)[number];

export const statusTransitions: Readonly<Record<IncidentStatus, readonly IncidentStatus[]>> = {
  open: ['contained', 'reported', 'closed'],
  contained: ['open', 'reported', 'closed'],
  reported: ['closed'],
  closed: ['open'],
};

/** A new incident starts in any status a move from `open` could reach (e.g. recorded after the fact as closed). */
export function canMove(from: IncidentStatus | null, to: IncidentStatus): boolean {
  if (from === null) return to === 'open' || statusTransitions.open.includes(to);
  return from === to || statusTransitions[from].includes(to);
}

export const statusLabels: Record<IncidentStatus, LocalizedText> = {
  open: { ja: '対応中', en: 'open' },
  contained: { ja: '封じ込め済み', en: 'contained' },
  reported: { ja: '報告済み', en: 'reported' },
  closed: { ja: '完了', en: 'closed' },
};
