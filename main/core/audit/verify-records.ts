import type { VerifyProblem } from '../../../shared/contract/audit';
import { COMPANY_ENTITY, companySnapshot } from '../companies/service';
import { DESK_ENTITY, deskSnapshot } from '../desks/service';
import { ENTRUSTEE_ENTITY, entrusteeSnapshot } from '../entrustees/service';
import { INVENTORY_ENTITY, inventorySnapshot } from '../inventory/service';
import { EVENT_ENTITY, INCIDENT_ENTITY, incidentSnapshot, NOTIFICATION_ENTITY, notificationSnapshot } from '../incidents/snapshots';
import { sectionHash, versionHash } from '../policies/hash';
import { POLICY_ENTITY, policySnapshot, VERSION_ENTITY } from '../policies/write-helpers';
import { firstDraftsInPolicyRows, idsOf, lastAuditOf, storedHashesOf, type AuditedTable, type LastAudit } from '../store/audit-verify';
import { getCompany } from '../store/companies';
import type { ReadableDB } from '../store/connection';
import { getDesk } from '../store/desks';
import { getEntrustee } from '../store/entrustees';
import { getEntry } from '../store/inventory';
import { getIncident } from '../store/incidents';
import { getNotification } from '../store/notifications';
import { getPolicy } from '../store/policies';
import { readVersionSections } from '../store/policies-sections-read';
import { getVersion } from '../store/policies-versions';
import { getEvent } from '../store/timeline';
import { entityNames, problem } from './verify-messages';

/**
 * Every record against its newest audit row: a record's stored fields must equal that row's "after" (the snapshot
 * the service recorded, the same functions as the services), a record deleted must have a row saying so, and a record
 * must have a row at all. Fields are compared where both have them: an older row predates fields added by later
 * migrations, and some rows record more than the record (a policy's first draft). A published policy version is also
 * checked against its content hash, since its audit row names the version, not its text.
 */
type Snapshot = Record<string, unknown>;

interface Kind {
  entity: string;
  table: AuditedTable;
  current(db: ReadableDB, id: number): Snapshot | undefined;
  /** The record goes with this parent (a cascade): its id in the record's last "after". */
  parent?: { entity: string; key: string };
}

const kinds: readonly Kind[] = [
  { entity: COMPANY_ENTITY, table: 'companies', current: (db, id) => optional(getCompany(db, id), companySnapshot) },
  { entity: DESK_ENTITY, table: 'desks', current: (db, id) => optional(getDesk(db, id), deskSnapshot) },
  { entity: INCIDENT_ENTITY, table: 'incidents', current: (db, id) => optional(getIncident(db, id), incidentSnapshot) },
  {
    entity: NOTIFICATION_ENTITY,
    table: 'incident_notifications',
    current: (db, id) => optional(getNotification(db, id), notificationSnapshot),
    parent: { entity: INCIDENT_ENTITY, key: 'incidentId' },
  },
  {
    entity: EVENT_ENTITY,
    table: 'incident_events',
    current: (db, id) => optional(getEvent(db, id), ({ supersededBy: _derived, ...event }) => event),
    parent: { entity: INCIDENT_ENTITY, key: 'incidentId' },
  },
  { entity: POLICY_ENTITY, table: 'policies', current: (db, id) => optional(getPolicy(db, id), policySnapshot) },
  { entity: VERSION_ENTITY, table: 'policy_versions', current: versionSnapshot, parent: { entity: POLICY_ENTITY, key: 'policyId' } },
  { entity: INVENTORY_ENTITY, table: 'inventory_entries', current: (db, id) => optional(getEntry(db, id), inventorySnapshot) },
  { entity: ENTRUSTEE_ENTITY, table: 'entrustees', current: (db, id) => optional(getEntrustee(db, id), entrusteeSnapshot) },
];

function optional<T, S extends object>(value: T | undefined, snapshot: (value: T) => S): Snapshot | undefined {
  return value === undefined ? undefined : (snapshot(value) as Snapshot);
}

/** A version as its audit rows describe it: the summary, the section order, and the sections by id. */
function versionSnapshot(db: ReadableDB, id: number): Snapshot | undefined {
  const version = getVersion(db, id);
  if (!version) return undefined;
  const sections = readVersionSections(db, id).map((stored) => stored.section);
  const order = sections.map((section) => section.id);
  return { ...version.summary, order, sectionIds: order, sections: new Map(sections.map((section) => [section.id, section])) };
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(record)
        .filter((key) => record[key] !== undefined)
        .sort()
        .map((key) => [key, canonical(record[key])]),
    );
  }
  return value;
}

const same = (a: unknown, b: unknown) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

/** The fields of `after` that the record no longer holds. */
function differingFields(after: Snapshot, current: Snapshot): string[] {
  const fields: string[] = [];
  for (const key of Object.keys(current)) {
    if (!(key in after)) continue;
    const now = current[key];
    if (now instanceof Map) {
      // A draft save records only the sections it rewrote; each must still read as recorded.
      const recorded = Array.isArray(after[key]) ? (after[key] as { id?: unknown }[]) : [];
      for (const section of recorded) {
        if (!same(section, now.get(section.id))) fields.push(`${key}[${String(section.id)}]`);
      }
    } else if (!same(after[key], now)) fields.push(key);
  }
  return fields;
}

function publishedHashProblem(db: ReadableDB, id: number, snapshot: Snapshot): string | null {
  if (snapshot.status !== 'published') return null;
  const stored = storedHashesOf(db, id);
  if (!stored) return null;
  const sections = [...(snapshot.sections as Map<string, Parameters<typeof sectionHash>[0]>).values()];
  const hashes = sections.map(sectionHash);
  if (hashes.some((hash, index) => hash !== stored.sections[index]) || versionHash(hashes) !== stored.content) return 'sections';
  return null;
}

export interface RecordsResult {
  checked: number;
  problems: VerifyProblem[];
}

export function verifyRecords(db: ReadableDB): RecordsResult {
  const problems: VerifyProblem[] = [];
  const last = new Map<string, Map<number, LastAudit>>();
  for (const kind of kinds) last.set(kind.entity, new Map(lastAuditOf(db, kind.entity).map((row) => [row.entityId, row])));
  const firstDrafts = firstDraftsInPolicyRows(db);
  const deleted = (entity: string, id: unknown) =>
    typeof id === 'number' && last.get(entity)?.get(id)?.after === null;
  let checked = 0;

  for (const kind of kinds) {
    const audits = last.get(kind.entity)!;
    const name = entityNames[kind.entity] ?? { ja: kind.entity, en: kind.entity };
    const ids = new Set(idsOf(db, kind.table));
    for (const id of ids) {
      checked++;
      const audit = audits.get(id);
      const current = kind.current(db, id)!;
      if (!audit) {
        if (kind.entity === VERSION_ENTITY && firstDrafts.has(id)) continue;
        problems.push(problem('record_unaudited', { entity: kind.entity, entityId: id, name }));
        continue;
      }
      if (audit.after === null) {
        problems.push(problem('record_unaudited', { entity: kind.entity, entityId: id, name, auditId: audit.auditId }));
        continue;
      }
      const fields = typeof audit.after === 'object' ? differingFields(audit.after as Snapshot, current) : ['*'];
      const hashed = kind.entity === VERSION_ENTITY ? publishedHashProblem(db, id, current) : null;
      if (hashed) fields.push(hashed);
      if (fields.length > 0) {
        problems.push(problem('record_changed', { entity: kind.entity, entityId: id, name, auditId: audit.auditId, detail: fields.join(', ') }));
      }
    }
    for (const [id, audit] of audits) {
      if (ids.has(id) || audit.after === null) continue;
      const after = audit.after as Snapshot;
      const parentId = kind.entity === VERSION_ENTITY && firstDrafts.has(id) ? firstDrafts.get(id) : kind.parent && after[kind.parent.key];
      if (kind.parent && deleted(kind.parent.entity, parentId)) continue;
      problems.push(problem('record_deleted', { entity: kind.entity, entityId: id, name, auditId: audit.auditId }));
    }
  }
  return { checked, problems };
}
