import type { Trigger, Verdict } from '../../../shared/appi/reportability';
import { reportItemFields, type Incident, type IncidentValues } from '../../../shared/domain/incident';
import { dataItemCodes, type DataItemCode } from '../../../shared/domain/incident-items';
import { statutoryKinds } from '../../../shared/domain/incident-deadline-rank';
import type { NotificationKind } from '../../../shared/domain/incident-notification';
import { execute, queryAll, queryOne, queryValue, type ReadableDB, type WritableDB } from './connection';
import type { Flag, IncidentRow } from './incidents-rows';
import { searchTextOf } from './search';
import { sql, sqlJoin, type SqlFragment } from './sql';

/**
 * The incidents repository. Items concerned live in child tables and travel with their incident. `reportable`,
 * `triggers` and `next_deadline` are what the core derived at the last write; the row never computes them itself.
 */
export type IncidentListRow = IncidentRow & { company_name: string };

/** The stored incident: the domain record, with its next due date not yet rated against today. */
export type StoredIncident = Omit<Incident, 'nextDeadline'> & {
  nextDue: { notificationKind: NotificationKind; due: string } | null;
};

/** What the core derives from the record on every write (Rule Art. 7 via shared/appi). */
export interface IncidentDerived {
  reportable: Verdict;
  triggers: readonly Trigger[];
}

const triggerBits: readonly Trigger[] = ['sensitive', 'financialRisk', 'wrongfulPurpose', 'volume'];

export function triggersToMask(triggers: readonly Trigger[]): number {
  return triggerBits.reduce((mask, trigger, bit) => (triggers.includes(trigger) ? mask | (1 << bit) : mask), 0);
}

export function maskToTriggers(mask: number): Trigger[] {
  return triggerBits.filter((_, bit) => (mask & (1 << bit)) !== 0);
}

export function triggerBit(trigger: Trigger): number {
  return 1 << triggerBits.indexOf(trigger);
}

const flag = (value: boolean | null): Flag => (value === null ? null : value ? 1 : 0);
const unflag = (value: Flag): boolean | null => (value === null ? null : value === 1);

export const selectIncident = sql`
  SELECT i.*, c.legal_name_ja AS company_name
  FROM incidents i JOIN companies c ON c.id = i.company_id`;

/**
 * One object literal with every field, the derived ones set after: `{ ...record, extra }` on an object this wide
 * cost ~2 µs and left garbage in V8's old space on every read (bench/memory.bench.ts grew ~4 MB a 1,000 requests).
 */
function incidentOf(row: IncidentListRow, dataItems: DataItemCode[], otherDataItems: string[]): StoredIncident {
  const record: StoredIncident = {
    id: row.id,
    companyId: row.company_id,
    companyName: row.company_name,
    title: row.title,
    status: row.status as Incident['status'],
    breachKind: row.breach_kind as Incident['breachKind'],
    certainty: row.certainty as Incident['certainty'],
    occurredAt: row.occurred_at,
    discoveredAt: row.discovered_at,
    knownAt: row.known_at,
    knownBy: row.known_by,
    howDiscovered: row.how_discovered,
    dataItems,
    otherDataItems,
    sensitive: unflag(row.sensitive),
    financialRisk: unflag(row.financial_risk),
    wrongfulPurpose: unflag(row.wrongful_purpose),
    beingAcquired: unflag(row.being_acquired),
    individualsKind: row.individuals_kind as Incident['individualsKind'],
    individuals: row.individuals,
    individualsUpperBound: row.individuals_upper_bound,
    highLevelEncryption: unflag(row.high_level_encryption),
    keyLeaked: unflag(row.key_leaked),
    pseudonymised: unflag(row.pseudonymised),
    weAreEntrustee: row.we_are_entrustee === 1,
    entrustorName: row.entrustor_name,
    entrustorNotifiedAt: row.entrustor_notified_at,
    delegatedMinistry: row.delegated_ministry,
    reportOverview: row.report_overview,
    reportItems: row.report_items,
    reportIndividuals: row.report_individuals,
    reportCause: row.report_cause,
    reportSecondaryDamage: row.report_secondary_damage,
    reportResponse: row.report_response,
    reportPublication: row.report_publication,
    reportPrevention: row.report_prevention,
    reportOther: row.report_other,
    discoveredBy: row.discovered_by,
    medium: row.medium as Incident['medium'],
    weHaveEntrustee: row.we_have_entrustee === 1,
    entrusteeName: row.entrustee_name,
    secondaryDamage: row.secondary_damage as Incident['secondaryDamage'],
    individualsResponse: row.individuals_response as Incident['individualsResponse'],
    publication: row.publication as Incident['publication'],
    reportable: row.reportable as Verdict,
    triggers: maskToTriggers(row.triggers),
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    reportMissing: [],
    nextDue:
      row.next_deadline === null || row.next_deadline_kind === null
        ? null
        : { notificationKind: row.next_deadline_kind as NotificationKind, due: row.next_deadline },
  };
  record.reportMissing = reportItemFields.filter((field) => record[field] === '');
  return record;
}

function withItems(db: ReadableDB, row: IncidentListRow): StoredIncident {
  const chosen = new Set(
    queryAll<{ item: string }>(db, sql`SELECT item FROM incident_data_items WHERE incident_id = ${row.id}`).map((r) => r.item),
  );
  const other = queryAll<{ label: string }>(
    db,
    sql`SELECT label FROM incident_other_items WHERE incident_id = ${row.id} ORDER BY position`,
  ).map((r) => r.label);
  return incidentOf(
    row,
    dataItemCodes.filter((code) => chosen.has(code)),
    other,
  );
}

export function getIncident(db: ReadableDB, id: number): StoredIncident | undefined {
  const row = queryOne<IncidentListRow>(db, sql`${selectIncident} WHERE i.id = ${id}`);
  return row && withItems(db, row);
}

/** Incidents recorded for a company: it cannot be deleted while it has any (ON DELETE RESTRICT). */
export function countIncidentsOf(db: ReadableDB, companyId: number): number {
  return queryValue<number>(db, sql`SELECT count(*) FROM incidents WHERE company_id = ${companyId}`) ?? 0;
}

/** The id and title of the first `limit` of `ids` that still exist, in the order given. */
export function existingTitles(db: ReadableDB, ids: readonly number[], limit: number): { id: number; title: string }[] {
  const found: { id: number; title: string }[] = [];
  for (const id of ids) {
    if (found.length >= limit) break;
    const row = queryOne<{ id: number; title: string }>(db, sql`SELECT id, title FROM incidents WHERE id = ${id}`);
    if (row) found.push(row);
  }
  return found;
}

export function incidentExists(db: ReadableDB, id: number): boolean {
  return queryValue<number>(db, sql`SELECT count(*) FROM incidents WHERE id = ${id}`) === 1;
}

function searchText(values: IncidentValues): string {
  return searchTextOf([
    values.title,
    values.knownBy,
    values.howDiscovered,
    values.entrustorName,
    values.entrusteeName,
    values.discoveredBy,
    values.delegatedMinistry,
    ...values.otherDataItems,
    values.reportOverview,
    values.reportCause,
  ]);
}

function insertChildren(db: WritableDB, id: number, values: IncidentValues): void {
  for (const item of values.dataItems) execute(db, sql`INSERT INTO incident_data_items (incident_id, item) VALUES (${id}, ${item})`);
  values.otherDataItems.forEach((label, position) => {
    execute(db, sql`INSERT INTO incident_other_items (incident_id, position, label) VALUES (${id}, ${position}, ${label})`);
  });
}

export function insertIncident(db: WritableDB, values: IncidentValues, derived: IncidentDerived, at: string): number {
  const v = values;
  const result = execute(
    db,
    sql`INSERT INTO incidents (
          company_id, title, status, breach_kind, certainty, occurred_at, discovered_at, known_at, known_by, how_discovered,
          sensitive, financial_risk, wrongful_purpose, being_acquired, individuals_kind, individuals, individuals_upper_bound,
          high_level_encryption, key_leaked, pseudonymised, we_are_entrustee, entrustor_name, entrustor_notified_at, delegated_ministry,
          report_overview, report_items, report_individuals, report_cause, report_secondary_damage, report_response,
          report_publication, report_prevention, report_other, discovered_by, medium, we_have_entrustee, entrustee_name,
          secondary_damage, individuals_response, publication,
          reportable, triggers, search_text, revision, created_at, updated_at)
        VALUES (
          ${v.companyId}, ${v.title}, ${v.status}, ${v.breachKind}, ${v.certainty}, ${v.occurredAt}, ${v.discoveredAt},
          ${v.knownAt}, ${v.knownBy}, ${v.howDiscovered}, ${flag(v.sensitive)}, ${flag(v.financialRisk)},
          ${flag(v.wrongfulPurpose)}, ${flag(v.beingAcquired)}, ${v.individualsKind}, ${v.individuals},
          ${v.individualsUpperBound}, ${flag(v.highLevelEncryption)}, ${flag(v.keyLeaked)}, ${flag(v.pseudonymised)},
          ${v.weAreEntrustee ? 1 : 0},
          ${v.entrustorName}, ${v.entrustorNotifiedAt}, ${v.delegatedMinistry}, ${v.reportOverview}, ${v.reportItems},
          ${v.reportIndividuals}, ${v.reportCause}, ${v.reportSecondaryDamage}, ${v.reportResponse}, ${v.reportPublication},
          ${v.reportPrevention}, ${v.reportOther}, ${v.discoveredBy}, ${v.medium}, ${v.weHaveEntrustee ? 1 : 0},
          ${v.entrusteeName}, ${v.secondaryDamage}, ${v.individualsResponse}, ${v.publication},
          ${derived.reportable}, ${triggersToMask(derived.triggers)},
          ${searchText(v)}, 1, ${at}, ${at})`,
  );
  const id = Number(result.lastInsertRowid);
  insertChildren(db, id, values);
  return id;
}

/** Writes the values only if the stored revision is still `revision`; returns whether it did. */
export function updateIncident(
  db: WritableDB,
  id: number,
  revision: number,
  values: IncidentValues,
  derived: IncidentDerived,
  at: string,
): boolean {
  const v = values;
  const result = execute(
    db,
    sql`UPDATE incidents SET
          company_id = ${v.companyId}, title = ${v.title}, status = ${v.status}, breach_kind = ${v.breachKind},
          certainty = ${v.certainty}, occurred_at = ${v.occurredAt}, discovered_at = ${v.discoveredAt},
          known_at = ${v.knownAt}, known_by = ${v.knownBy}, how_discovered = ${v.howDiscovered},
          sensitive = ${flag(v.sensitive)}, financial_risk = ${flag(v.financialRisk)},
          wrongful_purpose = ${flag(v.wrongfulPurpose)}, being_acquired = ${flag(v.beingAcquired)},
          individuals_kind = ${v.individualsKind}, individuals = ${v.individuals},
          individuals_upper_bound = ${v.individualsUpperBound}, high_level_encryption = ${flag(v.highLevelEncryption)},
          key_leaked = ${flag(v.keyLeaked)}, pseudonymised = ${flag(v.pseudonymised)},
          we_are_entrustee = ${v.weAreEntrustee ? 1 : 0},
          entrustor_name = ${v.entrustorName}, entrustor_notified_at = ${v.entrustorNotifiedAt},
          delegated_ministry = ${v.delegatedMinistry}, report_overview = ${v.reportOverview},
          report_items = ${v.reportItems}, report_individuals = ${v.reportIndividuals}, report_cause = ${v.reportCause},
          report_secondary_damage = ${v.reportSecondaryDamage}, report_response = ${v.reportResponse},
          report_publication = ${v.reportPublication}, report_prevention = ${v.reportPrevention},
          report_other = ${v.reportOther}, discovered_by = ${v.discoveredBy}, medium = ${v.medium},
          we_have_entrustee = ${v.weHaveEntrustee ? 1 : 0}, entrustee_name = ${v.entrusteeName},
          secondary_damage = ${v.secondaryDamage}, individuals_response = ${v.individualsResponse},
          publication = ${v.publication}, reportable = ${derived.reportable},
          triggers = ${triggersToMask(derived.triggers)}, search_text = ${searchText(v)},
          revision = revision + 1, updated_at = ${at}
        WHERE id = ${id} AND revision = ${revision}`,
  );
  if (result.changes !== 1) return false;
  // The item sets are replaced whole: simpler than diffing, and the audit row holds the before and after.
  execute(db, sql`DELETE FROM incident_data_items WHERE incident_id = ${id}`);
  execute(db, sql`DELETE FROM incident_other_items WHERE incident_id = ${id}`);
  insertChildren(db, id, values);
  return true;
}

/** Incidents not yet closed, oldest first: those a change of rules is applied to (rederive.ts). */
export function openIncidentIds(db: ReadableDB): number[] {
  return queryAll<{ id: number }>(db, sql`SELECT id FROM incidents WHERE status <> 'closed' ORDER BY id`).map((row) => row.id);
}

/** Writes a verdict and triggers derived again under new rules, as a new revision (so an open form sees a conflict). */
export function updateDerived(db: WritableDB, id: number, revision: number, derived: IncidentDerived, at: string): boolean {
  const result = execute(
    db,
    sql`UPDATE incidents SET reportable = ${derived.reportable}, triggers = ${triggersToMask(derived.triggers)},
          revision = revision + 1, updated_at = ${at}
        WHERE id = ${id} AND revision = ${revision}`,
  );
  return result.changes === 1;
}

/** `kind IN (速報, 確報)`: the notification kinds with a statutory deadline (shared/domain/incident-deadline-rank). */
export function isStatutoryKind(column: SqlFragment): SqlFragment {
  return sql`${column} IN (${sqlJoin(statutoryKinds.map((kind) => sql`${kind}`))})`;
}

interface NextDeadlineRow {
  next_deadline: string | null;
  next_deadline_kind: string | null;
}

/**
 * The deadline to show first, kept on the row so lists sort and filter by it through an index: the earliest
 * statutory deadline still open (the 速報's limit, the 確報's due date), else the earliest other unsent date (the
 * notice's "promptly" yardstick, a planned date); none once closed. Called by every write that can change it;
 * written only when it moved (a write that changes nothing must not touch a row), and says whether it did.
 */
export function refreshNextDeadline(db: WritableDB, id: number): boolean {
  const wanted = queryOne<NextDeadlineRow>(
    db,
    sql`SELECT n.due_date AS next_deadline, n.notification_kind AS next_deadline_kind
        FROM incident_notifications n JOIN incidents i ON i.id = n.incident_id
        WHERE n.incident_id = ${id} AND n.sent_at IS NULL AND n.due_date IS NOT NULL AND i.status <> 'closed'
        ORDER BY ${isStatutoryKind(sql`n.notification_kind`)} DESC, n.due_date, n.id LIMIT 1`,
  ) ?? { next_deadline: null, next_deadline_kind: null };
  const stored = queryOne<NextDeadlineRow>(db, sql`SELECT next_deadline, next_deadline_kind FROM incidents WHERE id = ${id}`);
  if (!stored || (stored.next_deadline === wanted.next_deadline && stored.next_deadline_kind === wanted.next_deadline_kind)) return false;
  execute(
    db,
    sql`UPDATE incidents SET next_deadline = ${wanted.next_deadline}, next_deadline_kind = ${wanted.next_deadline_kind} WHERE id = ${id}`,
  );
  return true;
}

export function deleteIncident(db: WritableDB, id: number): boolean {
  return execute(db, sql`DELETE FROM incidents WHERE id = ${id}`).changes === 1;
}
