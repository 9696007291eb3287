import { japanDateOf } from '../../../shared/appi/japan-time';
import type { ParsedInput } from '../../../shared/contract';
import { COUNT_CAP } from '../../../shared/contract/pagination';
import type { InventoryEntry, InventoryValues } from '../../../shared/domain/inventory';
import { proposeFromEntries } from '../../../shared/domain/inventory-links';
import { audited } from '../audit/audited';
import type { DataScope } from '../context';
import { fieldError, missingReference, notFound, revisionConflict } from '../service-errors';
import { unchanged, withoutKeys } from '../snapshot';
import { companyExists } from '../store/companies';
import type { ReadableDB } from '../store/connection';
import { entrusteeCompanies } from '../store/entrustees';
import * as inventory from '../store/inventory';

/** 個人情報管理台帳: list, show, create, update, delete, the review mark, and the entries an incident touches. */
export const INVENTORY_ENTITY = 'inventory_entry';
export const INCIDENT_LINKS_ENTITY = 'incident_inventory';

/** What the audit trail records: the stored fields, without names read from other records. */
export function inventorySnapshot(entry: InventoryEntry) {
  return withoutKeys(entry, ['companyName', 'entrusteeNames']);
}

function mustGet(db: ReadableDB, id: number): InventoryEntry {
  const entry = inventory.getEntry(db, id);
  if (!entry) throw notFound('inventoryEntry', id);
  return entry;
}

/** The company exists and every entrustee named is one of that company's (a wrong id is named by its place). */
function checkReferences(db: ReadableDB, values: InventoryValues): void {
  if (!companyExists(db, values.companyId)) throw missingReference(['companyId'], 'company');
  const companies = entrusteeCompanies(db, values.entrusteeIds);
  values.entrusteeIds.forEach((id, index) => {
    const company = companies.get(id);
    if (company === undefined) throw missingReference(['entrusteeIds', index], 'entrustee');
    if (company !== values.companyId) {
      throw fieldError(['entrusteeIds', index], {
        ja: '委託先はこの事業者の委託先から選んでください。',
        en: "Choose the entrustees from this company's entrustees.",
      });
    }
  });
}

export function listInventory(scope: DataScope, input: ParsedInput<'inventory.list'>) {
  return inventory.listEntries(scope.db(), {
    query: input.query,
    limit: input.limit,
    offset: input.offset,
    companyId: input.companyId,
    reviewDueOn: input.reviewDue ? japanDateOf(scope.now()) : undefined,
    countCap: COUNT_CAP,
  });
}

export function getInventoryEntry(scope: DataScope, id: number): InventoryEntry {
  return mustGet(scope.db(), id);
}

export function createInventoryEntry(scope: DataScope, values: InventoryValues): InventoryEntry {
  return audited(scope, 'inventory.create', (tx) => {
    checkReferences(tx.db, values);
    const id = inventory.insertEntry(tx.db, values, tx.at);
    const created = mustGet(tx.db, id);
    tx.record({ entity: INVENTORY_ENTITY, entityId: id, before: null, after: inventorySnapshot(created) });
    return created;
  });
}

function writeUpdate(scope: DataScope, operation: string, id: number, revision: number, next: (current: InventoryEntry) => InventoryValues): InventoryEntry {
  return audited(scope, operation, (tx) => {
    const current = mustGet(tx.db, id);
    if (current.revision !== revision) throw revisionConflict();
    const values = next(current);
    if (unchanged(values, current)) return current;
    checkReferences(tx.db, values);
    if (!inventory.updateEntry(tx.db, id, revision, values, tx.at)) throw revisionConflict();
    const updated = mustGet(tx.db, id);
    tx.record({ entity: INVENTORY_ENTITY, entityId: id, before: inventorySnapshot(current), after: inventorySnapshot(updated) });
    return updated;
  });
}

export function updateInventoryEntry(scope: DataScope, input: ParsedInput<'inventory.update'>): InventoryEntry {
  const { id, revision, ...values } = input;
  return writeUpdate(scope, 'inventory.update', id, revision, () => values);
}

function valuesOf(entry: InventoryEntry): InventoryValues {
  const { id: _id, revision: _revision, companyName: _c, entrusteeNames: _e, nextReviewOn: _n, createdAt: _ca, updatedAt: _ua, ...values } = entry;
  return values;
}

/** The annual review mark: reviewed on that day (default Japan's today), which moves the next review. */
export function markReviewed(scope: DataScope, input: ParsedInput<'inventory.markReviewed'>): InventoryEntry {
  const today = japanDateOf(scope.now());
  const reviewedOn = input.reviewedOn ?? today;
  if (reviewedOn > today) {
    throw fieldError(['reviewedOn'], { ja: '見直し日に未来の日付は入力できません。', en: 'The date reviewed cannot be in the future.' });
  }
  return writeUpdate(scope, 'inventory.markReviewed', input.id, input.revision, (current) => ({ ...valuesOf(current), lastReviewedOn: reviewedOn }));
}

export function deleteInventoryEntry(scope: DataScope, id: number, revision: number): { id: number } {
  return audited(scope, 'inventory.delete', (tx) => {
    const current = mustGet(tx.db, id);
    if (current.revision !== revision) throw revisionConflict();
    const incidents = inventory.incidentsUsingEntry(tx.db, id);
    // An incident's record of what it touched is evidence: the entry stays while an incident names it.
    if (incidents > 0) {
      throw fieldError(['id'], {
        ja: `この項目は${incidents}件のインシデントに関連付けられているため削除できません。先にインシデントの関連付けを外してください。`,
        en: `This entry is linked to ${incidents} incident(s) and cannot be deleted. Unlink it from the incidents first.`,
      });
    }
    inventory.deleteEntry(tx.db, id);
    tx.record({ entity: INVENTORY_ENTITY, entityId: id, before: inventorySnapshot(current), after: null });
    return { id };
  });
}

function linksOf(db: ReadableDB, incidentId: number) {
  const entries = inventory.summariesOf(db, inventory.incidentEntryIds(db, incidentId));
  return { entries, proposal: proposeFromEntries(entries) };
}

export function incidentLinks(scope: DataScope, incidentId: number) {
  const db = scope.db();
  if (inventory.incidentCompany(db, incidentId) === undefined) throw notFound('incident', incidentId, ['incidentId']);
  return linksOf(db, incidentId);
}

/** The entries an incident touches, all of the incident's company; replaced whole, with one audit row. */
export function linkIncident(scope: DataScope, input: ParsedInput<'inventory.linkIncident'>) {
  const entryIds = [...new Set(input.entryIds)].sort((a, b) => a - b);
  return audited(scope, 'inventory.linkIncident', (tx) => {
    const company = inventory.incidentCompany(tx.db, input.incidentId);
    if (company === undefined) throw notFound('incident', input.incidentId, ['incidentId']);
    const companies = inventory.entryCompanies(tx.db, entryIds);
    entryIds.forEach((id) => {
      const index = input.entryIds.indexOf(id);
      if (!companies.has(id)) throw missingReference(['entryIds', index], 'inventoryEntry');
      if (companies.get(id) !== company) {
        throw fieldError(['entryIds', index], {
          ja: '台帳の項目はインシデントの事業者の台帳から選んでください。',
          en: "Choose inventory entries of the incident's company.",
        });
      }
    });
    const before = inventory.incidentEntryIds(tx.db, input.incidentId);
    if (JSON.stringify(before) === JSON.stringify(entryIds)) return linksOf(tx.db, input.incidentId);
    inventory.setIncidentEntries(tx.db, input.incidentId, entryIds);
    tx.record({
      entity: INCIDENT_LINKS_ENTITY,
      entityId: input.incidentId,
      before: { incidentId: input.incidentId, entryIds: before },
      after: { incidentId: input.incidentId, entryIds },
    });
    return linksOf(tx.db, input.incidentId);
  });
}
