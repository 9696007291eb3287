import type { DataItemCode } from '../../../shared/domain/incident-items';
import {
  entryHoldsSensitive,
  type AcquisitionKind,
  type InventoryEntry,
  type InventorySubject,
  type InventorySummary,
  type InventoryValues,
  type OtherHeldItem,
  type StorageMedium,
} from '../../../shared/domain/inventory';
import { inventorySubjects } from '../../../shared/domain/inventory';
import { dataItemCodes } from '../../../shared/domain/incident-items';
import { nextDueOn } from '../../../shared/domain/register-dates';
import { execute, queryAll, queryOne, queryTuples, queryValue, type ReadableDB, type WritableDB } from './connection';
import type { InventoryItemRow, InventoryListRow, InventoryOtherItemRow } from './inventory-rows';
import { containsPattern, searchTextOf } from './search';
import { sql, sqlWhere, type SqlFragment } from './sql';

/** The inventory repository (個人情報管理台帳). Subjects, items, purposes and entrustee links are child rows. */
// The company's name by a correlated lookup, not a join: with a join the planner may walk the companies first and
// sort every entry for one page (bench/inventory.bench.ts); this way a page walks the name index and stops.
const selectEntry = sql`
  SELECT e.*, (SELECT c.legal_name_ja FROM companies c WHERE c.id = e.company_id) AS company_name
  FROM inventory_entries e`;

/**
 * A list row: the columns a summary shows, in selectSummary's order, read as an array — not every column of the entry
 * (its risks, measures and search text are most of a row) in an object of named columns (as for the incident list,
 * store/incidents-list.ts SummaryRow).
 */
type SummaryRow = readonly [
  id: number,
  companyId: number,
  companyName: string,
  name: string,
  peopleCount: number | null,
  ownerDepartment: string,
  lastReviewedOn: string | null,
  nextReviewOn: string | null,
  revision: number,
];

const selectSummary = sql`
  SELECT e.id, e.company_id, (SELECT c.legal_name_ja FROM companies c WHERE c.id = e.company_id) AS company_name, e.name,
         e.people_count, e.owner_department, e.last_reviewed_on, e.next_review_on, e.revision
  FROM inventory_entries e`;

interface Children {
  subjects: Map<number, Set<string>>;
  items: Map<number, Set<string>>;
  others: Map<number, OtherHeldItem[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key) ?? [];
  list.push(value);
  map.set(key, list);
}

function addTo<K>(map: Map<K, Set<string>>, key: K, value: string): void {
  const set = map.get(key) ?? new Set<string>();
  set.add(value);
  map.set(key, set);
}

/** Items and other items of many entries in two statements; ids travel as one JSON parameter. */
function itemsOf(db: ReadableDB, ids: string): Pick<Children, 'items' | 'others'> {
  const items = new Map<number, Set<string>>();
  for (const row of queryAll<InventoryItemRow>(db, sql`SELECT * FROM inventory_items WHERE entry_id IN (SELECT value FROM json_each(${ids}))`)) {
    addTo(items, row.entry_id, row.item);
  }
  const others = new Map<number, OtherHeldItem[]>();
  for (const row of queryAll<InventoryOtherItemRow>(
    db,
    sql`SELECT * FROM inventory_other_items WHERE entry_id IN (SELECT value FROM json_each(${ids})) ORDER BY entry_id, position`,
  )) {
    push(others, row.entry_id, { itemName: row.label, itemSensitive: row.sensitive === 1 });
  }
  return { items, others };
}

const orderedItems = (set: Set<string> | undefined): DataItemCode[] => dataItemCodes.filter((code) => set?.has(code) ?? false);

function summaryOf(row: SummaryRow, children: Pick<Children, 'items' | 'others'>): InventorySummary {
  const [id, companyId, companyName, entryName, peopleCount, ownerDepartment, lastReviewedOn, nextReviewOn, revision] = row;
  const heldItems = orderedItems(children.items.get(id));
  const otherHeldItems = children.others.get(id) ?? [];
  return {
    id,
    companyId,
    companyName,
    entryName,
    peopleCount,
    heldItems,
    otherHeldItems,
    sensitive: entryHoldsSensitive({ heldItems, otherHeldItems }),
    ownerDepartment,
    lastReviewedOn,
    nextReviewOn,
    revision,
  };
}

export function getEntry(db: ReadableDB, id: number): InventoryEntry | undefined {
  const row = queryOne<InventoryListRow>(db, sql`${selectEntry} WHERE e.id = ${id}`);
  if (!row) return undefined;
  const ids = JSON.stringify([id]);
  const { items, others } = itemsOf(db, ids);
  const subjects = new Set(queryAll<{ subject: string }>(db, sql`SELECT subject FROM inventory_subjects WHERE entry_id = ${id}`).map((r) => r.subject));
  const purposes = queryAll<{ purpose: string }>(db, sql`SELECT purpose FROM inventory_purposes WHERE entry_id = ${id} ORDER BY position`).map((r) => r.purpose);
  const entrustees = queryAll<{ id: number; name: string }>(
    db,
    sql`SELECT t.id, t.name FROM inventory_entrustees l JOIN entrustees t ON t.id = l.entrustee_id WHERE l.entry_id = ${id} ORDER BY t.id`,
  );
  return {
    id: row.id,
    companyId: row.company_id,
    companyName: row.company_name,
    entryName: row.name,
    subjects: inventorySubjects.filter((subject) => subjects.has(subject)) as InventorySubject[],
    subjectsNote: row.subjects_note,
    heldItems: orderedItems(items.get(id)),
    otherHeldItems: others.get(id) ?? [],
    peopleCount: row.people_count,
    purposes,
    acquisition: row.acquisition as AcquisitionKind,
    acquisitionNote: row.acquisition_note,
    storageMedium: row.medium as StorageMedium,
    storageSystem: row.storage_system,
    storageLocation: row.storage_location,
    storageCountry: row.storage_country,
    accessScope: row.access_scope,
    retention: row.retention,
    disposal: row.disposal,
    entrusteeIds: entrustees.map((e) => e.id),
    entrusteeNames: entrustees.map((e) => e.name),
    thirdPartyProvision: row.third_party_provision === 1,
    thirdPartyNote: row.third_party_note,
    jointUse: row.joint_use === 1,
    jointUseNote: row.joint_use_note,
    abroad: row.abroad === 1,
    abroadNote: row.abroad_note,
    risks: row.risks,
    measuresOrganizational: row.measures_organizational,
    measuresHuman: row.measures_human,
    measuresPhysical: row.measures_physical,
    measuresTechnical: row.measures_technical,
    ownerDepartment: row.owner_department,
    lastReviewedOn: row.last_reviewed_on,
    reviewMonths: row.review_months,
    nextReviewOn: row.next_review_on,
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function entryExists(db: ReadableDB, id: number): boolean {
  return queryValue<number>(db, sql`SELECT count(*) FROM inventory_entries WHERE id = ${id}`) === 1;
}

export interface InventoryFilter {
  query: string;
  limit: number;
  offset: number;
  companyId?: number | undefined;
  /** Japan's today: only entries never reviewed or due by then. */
  reviewDueOn?: string | undefined;
  /** Count at most this many (the list's footer says "10,000+"); left out, exact. */
  countCap?: number | undefined;
}

function conditionsOf(filter: InventoryFilter): SqlFragment[] {
  const conditions: SqlFragment[] = [];
  if (filter.companyId !== undefined) conditions.push(sql`e.company_id = ${filter.companyId}`);
  // Never reviewed sorts first in the review index (coalesce to 0000-01-01), so "due" is one range of it.
  if (filter.reviewDueOn !== undefined) conditions.push(sql`coalesce(e.next_review_on, '0000-01-01') <= ${filter.reviewDueOn}`);
  if (filter.query !== '') conditions.push(sql`e.search_text LIKE ${containsPattern(filter.query)} ESCAPE '\\'`);
  return conditions;
}

/** Ordered by the data set's name, then id, so pages are stable; the page's items are read for its rows only. */
export function listEntries(db: ReadableDB, filter: InventoryFilter): { items: InventorySummary[]; total: number; totalCapped: boolean } {
  const where = sqlWhere(conditionsOf(filter));
  const order = filter.reviewDueOn !== undefined ? sql`ORDER BY coalesce(e.next_review_on, '0000-01-01'), e.id` : sql`ORDER BY e.name, e.id`;
  const rows = queryTuples<SummaryRow>(db, sql`${selectSummary} ${where} ${order} LIMIT ${filter.limit} OFFSET ${filter.offset}`);
  const children = itemsOf(db, JSON.stringify(rows.map((row) => row[0])));
  const items = rows.map((row) => summaryOf(row, children));
  const cap = filter.countCap;
  const counted =
    cap === undefined
      ? (queryValue<number>(db, sql`SELECT count(*) FROM inventory_entries e ${where}`) ?? 0)
      : (queryValue<number>(db, sql`SELECT count(*) FROM (SELECT 1 FROM inventory_entries e ${where} LIMIT ${cap + 1})`) ?? 0);
  if (cap !== undefined && counted > cap) return { items, total: cap, totalCapped: true };
  return { items, total: counted, totalCapped: false };
}

/** Summaries of the given entries (an incident's), in name order; ids not found are left out. */
export function summariesOf(db: ReadableDB, ids: readonly number[]): InventorySummary[] {
  if (ids.length === 0) return [];
  const json = JSON.stringify(ids);
  const rows = queryTuples<SummaryRow>(db, sql`${selectSummary} WHERE e.id IN (SELECT value FROM json_each(${json})) ORDER BY e.name, e.id`);
  const children = itemsOf(db, json);
  return rows.map((row) => summaryOf(row, children));
}

function searchText(values: InventoryValues): string {
  return searchTextOf([values.entryName, values.ownerDepartment, values.storageSystem, values.storageLocation, values.subjectsNote, ...values.purposes]);
}

function insertChildren(db: WritableDB, id: number, values: InventoryValues): void {
  for (const subject of values.subjects) execute(db, sql`INSERT INTO inventory_subjects (entry_id, subject) VALUES (${id}, ${subject})`);
  for (const item of values.heldItems) execute(db, sql`INSERT INTO inventory_items (entry_id, item) VALUES (${id}, ${item})`);
  values.otherHeldItems.forEach((item, position) => {
    execute(
      db,
      sql`INSERT INTO inventory_other_items (entry_id, position, label, sensitive) VALUES (${id}, ${position}, ${item.itemName}, ${item.itemSensitive ? 1 : 0})`,
    );
  });
  values.purposes.forEach((purpose, position) => {
    execute(db, sql`INSERT INTO inventory_purposes (entry_id, position, purpose) VALUES (${id}, ${position}, ${purpose})`);
  });
  for (const entrusteeId of values.entrusteeIds) {
    execute(db, sql`INSERT INTO inventory_entrustees (entry_id, entrustee_id) VALUES (${id}, ${entrusteeId})`);
  }
}

function deleteChildren(db: WritableDB, id: number): void {
  execute(db, sql`DELETE FROM inventory_subjects WHERE entry_id = ${id}`);
  execute(db, sql`DELETE FROM inventory_items WHERE entry_id = ${id}`);
  execute(db, sql`DELETE FROM inventory_other_items WHERE entry_id = ${id}`);
  execute(db, sql`DELETE FROM inventory_purposes WHERE entry_id = ${id}`);
  execute(db, sql`DELETE FROM inventory_entrustees WHERE entry_id = ${id}`);
}

const flag = (value: boolean) => (value ? 1 : 0);

export function insertEntry(db: WritableDB, values: InventoryValues, at: string): number {
  const result = execute(
    db,
    sql`INSERT INTO inventory_entries (
          company_id, name, subjects_note, people_count, acquisition, acquisition_note, medium, storage_system,
          storage_location, storage_country, access_scope, retention, disposal, third_party_provision, third_party_note,
          joint_use, joint_use_note, abroad, abroad_note, risks, measures_organizational, measures_human, measures_physical,
          measures_technical, owner_department, last_reviewed_on, review_months, next_review_on, search_text,
          revision, created_at, updated_at)
        VALUES (
          ${values.companyId}, ${values.entryName}, ${values.subjectsNote}, ${values.peopleCount}, ${values.acquisition},
          ${values.acquisitionNote}, ${values.storageMedium}, ${values.storageSystem}, ${values.storageLocation},
          ${values.storageCountry}, ${values.accessScope}, ${values.retention}, ${values.disposal},
          ${flag(values.thirdPartyProvision)}, ${values.thirdPartyNote}, ${flag(values.jointUse)}, ${values.jointUseNote},
          ${flag(values.abroad)}, ${values.abroadNote}, ${values.risks}, ${values.measuresOrganizational},
          ${values.measuresHuman}, ${values.measuresPhysical}, ${values.measuresTechnical}, ${values.ownerDepartment},
          ${values.lastReviewedOn}, ${values.reviewMonths}, ${nextDueOn(values.lastReviewedOn, values.reviewMonths)},
          ${searchText(values)}, 1, ${at}, ${at})`,
  );
  const id = Number(result.lastInsertRowid);
  insertChildren(db, id, values);
  return id;
}

/** Writes the values only if the stored revision is still `revision`; returns whether it did. */
export function updateEntry(db: WritableDB, id: number, revision: number, values: InventoryValues, at: string): boolean {
  const result = execute(
    db,
    sql`UPDATE inventory_entries SET
          company_id = ${values.companyId}, name = ${values.entryName}, subjects_note = ${values.subjectsNote},
          people_count = ${values.peopleCount}, acquisition = ${values.acquisition}, acquisition_note = ${values.acquisitionNote},
          medium = ${values.storageMedium}, storage_system = ${values.storageSystem}, storage_location = ${values.storageLocation},
          storage_country = ${values.storageCountry}, access_scope = ${values.accessScope}, retention = ${values.retention},
          disposal = ${values.disposal}, third_party_provision = ${flag(values.thirdPartyProvision)},
          third_party_note = ${values.thirdPartyNote}, joint_use = ${flag(values.jointUse)}, joint_use_note = ${values.jointUseNote},
          abroad = ${flag(values.abroad)}, abroad_note = ${values.abroadNote}, risks = ${values.risks},
          measures_organizational = ${values.measuresOrganizational}, measures_human = ${values.measuresHuman},
          measures_physical = ${values.measuresPhysical}, measures_technical = ${values.measuresTechnical},
          owner_department = ${values.ownerDepartment}, last_reviewed_on = ${values.lastReviewedOn},
          review_months = ${values.reviewMonths}, next_review_on = ${nextDueOn(values.lastReviewedOn, values.reviewMonths)},
          search_text = ${searchText(values)}, revision = revision + 1, updated_at = ${at}
        WHERE id = ${id} AND revision = ${revision}`,
  );
  if (result.changes !== 1) return false;
  // The child lists are replaced whole: simpler than diffing, and the audit row holds the before and after.
  deleteChildren(db, id);
  insertChildren(db, id, values);
  return true;
}

export function deleteEntry(db: WritableDB, id: number): boolean {
  return execute(db, sql`DELETE FROM inventory_entries WHERE id = ${id}`).changes === 1;
}

/** Incidents that name this entry: it cannot be deleted while they do. */
export function incidentsUsingEntry(db: ReadableDB, id: number): number {
  return queryValue<number>(db, sql`SELECT count(*) FROM incident_inventory WHERE entry_id = ${id}`) ?? 0;
}

export function incidentEntryIds(db: ReadableDB, incidentId: number): number[] {
  return queryAll<{ entry_id: number }>(db, sql`SELECT entry_id FROM incident_inventory WHERE incident_id = ${incidentId} ORDER BY entry_id`).map(
    (row) => row.entry_id,
  );
}

export function setIncidentEntries(db: WritableDB, incidentId: number, entryIds: readonly number[]): void {
  execute(db, sql`DELETE FROM incident_inventory WHERE incident_id = ${incidentId}`);
  for (const entryId of entryIds) execute(db, sql`INSERT INTO incident_inventory (incident_id, entry_id) VALUES (${incidentId}, ${entryId})`);
}

/** The company of an incident, or undefined when there is no such incident. */
export function incidentCompany(db: ReadableDB, incidentId: number): number | undefined {
  return queryValue<number>(db, sql`SELECT company_id FROM incidents WHERE id = ${incidentId}`);
}

/** The company of each entry id that exists. */
export function entryCompanies(db: ReadableDB, ids: readonly number[]): Map<number, number> {
  const rows = queryAll<{ id: number; company_id: number }>(
    db,
    sql`SELECT id, company_id FROM inventory_entries WHERE id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`,
  );
  return new Map(rows.map((row) => [row.id, row.company_id]));
}
