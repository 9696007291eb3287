import type { Assessment } from '../../../shared/appi/assess';
import { isCalendarRangeError } from '../../../shared/appi/japan-calendar';
import { rulesFingerprint } from '../../../shared/appi/rules-fingerprint';
import { assessIncident } from '../../../shared/domain/incident-facts';
import { latestAudit } from '../store/audit';
import type { ReadableDB } from '../store/connection';
import * as incidents from '../store/incidents';
import { getMeta, stampMeta } from '../store/meta';
import { writeWithAudit, type WriteTx } from '../store/write';
import { syncNotifications } from './planning';
import { INCIDENT_ENTITY, incidentSnapshot } from './snapshots';

/**
 * An incident's verdict and the due dates of its unsent notifications are stored as derived at its last write, so
 * lists can sort and filter by them. When this version of the app derives under other rules or holiday data than
 * the workspace's records were (a corrected rule, a new holiday law), every open incident is derived again on
 * opening: in one write, each changed record with its audit row, and the change of rules itself recorded under
 * the app's name when it changed anything. Sent notifications keep the due date they were measured against
 * (planning.ts). An incident whose dates the holiday data no longer covers is left as it was, and listed.
 */
export const RULES_ENTITY = 'workspace_rules';
export const SYSTEM_ACTOR = 'APPI Workbench';
export const REDERIVE_OPERATION = 'workspace.rules';

export interface RederiveResult {
  /** Incidents whose verdict or planned notifications changed. */
  updated: number[];
  /** Incidents left as they were: a date beyond the holiday data. */
  skipped: number[];
  /**
   * Incidents whose dates stayed but which now show another one first (the statutory deadline first since
   * DERIVATION_REVISION 2): named in the rules' audit row, since the stored next deadline is in no snapshot.
   */
  reranked: number[];
}

function assessOrSkip(incident: incidents.StoredIncident): Assessment | null {
  try {
    return assessIncident(incident);
  } catch (error) {
    if (isCalendarRangeError(error)) return null;
    throw error;
  }
}

function rederiveOne(tx: WriteTx, id: number): 'updated' | 'reranked' | 'unchanged' | 'skipped' {
  const current = incidents.getIncident(tx.db, id);
  if (!current) return 'unchanged';
  const assessment = assessOrSkip(current);
  if (!assessment) return 'skipped';
  let touched = false;
  const tracking: WriteTx = {
    db: tx.db,
    at: tx.at,
    record: (change) => {
      touched = true;
      tx.record(change);
    },
  };
  const verdictChanged =
    assessment.reportable !== current.reportable || incidents.triggersToMask(assessment.triggers) !== incidents.triggersToMask(current.triggers);
  if (verdictChanged && incidents.updateDerived(tx.db, id, current.revision, assessment, tx.at)) {
    const updated = incidents.getIncident(tx.db, id);
    tracking.record({ entity: INCIDENT_ENTITY, entityId: id, before: incidentSnapshot(current), after: updated && incidentSnapshot(updated) });
  }
  syncNotifications(tracking, current, assessment);
  // Refreshed even when no date moved: which date an incident shows first is derived too.
  const moved = incidents.refreshNextDeadline(tx.db, id);
  return touched ? 'updated' : moved ? 'reranked' : 'unchanged';
}

function rederiveAll(db: ReadableDB, open: readonly number[], previous: string | null, fingerprint: string, now: () => Date): RederiveResult {
  return writeWithAudit(db, { actor: SYSTEM_ACTOR, operation: REDERIVE_OPERATION, at: now().toISOString() }, (tx) => {
    const result: RederiveResult = { updated: [], skipped: [], reranked: [] };
    for (const id of open) {
      const outcome = rederiveOne(tx, id);
      if (outcome === 'updated') result.updated.push(id);
      if (outcome === 'skipped') result.skipped.push(id);
      if (outcome === 'reranked') result.reranked.push(id);
    }
    if (result.updated.length > 0 || result.skipped.length > 0 || result.reranked.length > 0) {
      const before = previous === null ? null : { fingerprint: previous };
      tx.record({ entity: RULES_ENTITY, entityId: null, before, after: { fingerprint, ...result } });
    }
    return result;
  });
}

/**
 * Derives the open incidents again if the workspace's rules fingerprint is not this app's; null when it is. The
 * records' changes (if any) and the new fingerprint are written in one transaction; a change of rules that
 * changes no record leaves no audit row, and with no open incident (a new workspace) the clock is not even read.
 */
export function rederiveIfRulesChanged(db: ReadableDB, now: () => Date, fingerprint: string = rulesFingerprint()): RederiveResult | null {
  const previous = getMeta(db, 'rules_fingerprint');
  if (previous === fingerprint) return null;
  const run = db.transaction(() => {
    const open = incidents.openIncidentIds(db);
    const result = open.length === 0 ? { updated: [], skipped: [], reranked: [] } : rederiveAll(db, open, previous, fingerprint, now);
    stampMeta(db, 'rules_fingerprint', fingerprint);
    return result;
  });
  return run.immediate();
}

/** The dashboard's notice names this many of the changed incidents and counts the rest: one row read each, not 100k. */
const NAMED_IN_NOTICE = 8;

/** The last re-derivation that changed anything, with the incidents it changed, for the dashboard's notice. */
export function lastRulesUpdate(db: ReadableDB): { at: string; count: number; incidents: { id: number; title: string }[] } | null {
  const latest = latestAudit(db, REDERIVE_OPERATION, RULES_ENTITY);
  if (!latest) return null;
  const updated = (latest.after as Partial<RederiveResult> | null)?.updated ?? [];
  return { at: latest.at, count: updated.length, incidents: incidents.existingTitles(db, updated, NAMED_IN_NOTICE) };
}
