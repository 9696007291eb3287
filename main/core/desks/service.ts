import type { ParsedInput } from '../../../shared/contract';
import type { Desk, DeskValues } from '../../../shared/domain/desk';
import { audited } from '../audit/audited';
import { COMPANY_ENTITY, companySnapshot } from '../companies/service';
import type { DataScope } from '../context';
import { missingReference, notFound, revisionConflict } from '../service-errors';
import { unchanged, withoutKeys } from '../snapshot';
import { clearAuthorizedOrgDesk, companiesUsingDesk, companyExists, getCompany } from '../store/companies';
import type { ReadableDB } from '../store/connection';
import * as desks from '../store/desks';
import type { WriteTx } from '../store/write';

/** Complaint desks (苦情・相談窓口): list, show, create (one or in bulk), update, delete. */
export const DESK_ENTITY = 'desk';

export function deskSnapshot(desk: Desk) {
  return withoutKeys(desk, ['companyName']);
}

function mustGet(db: ReadableDB, id: number): Desk {
  const desk = desks.getDesk(db, id);
  if (!desk) throw notFound('desk', id);
  return desk;
}

function checkCompany(db: ReadableDB, companyId: number): void {
  if (!companyExists(db, companyId)) throw missingReference(['companyId'], 'company');
}

export function listDesks(scope: DataScope, input: ParsedInput<'desks.list'>) {
  return desks.listDesks(scope.db(), input);
}

export function getDesk(scope: DataScope, id: number): Desk {
  return mustGet(scope.db(), id);
}

export function createDesk(scope: DataScope, values: DeskValues): Desk {
  return audited(scope, 'desks.create', (tx) => {
    checkCompany(tx.db, values.companyId);
    const id = desks.insertDesk(tx.db, values, tx.at);
    const created = mustGet(tx.db, id);
    tx.record({ entity: DESK_ENTITY, entityId: id, before: null, after: deskSnapshot(created) });
    return created;
  });
}

/**
 * Many desks in one transaction with one audit row each: what an import does. It skips reading each
 * desk back; the audit row holds exactly what was written (the parsed values, id, revision 1, times).
 */
export function createDesksInBulk(scope: DataScope, list: readonly DeskValues[], operation = 'desks.import'): number[] {
  return audited(scope, operation, (tx) => {
    const knownCompanies = new Set<number>();
    return list.map((values, index) => {
      if (!knownCompanies.has(values.companyId)) {
        if (!companyExists(tx.db, values.companyId)) throw missingReference([index, 'companyId'], 'company');
        knownCompanies.add(values.companyId);
      }
      const id = desks.insertDesk(tx.db, values, tx.at);
      const after = { id, ...values, revision: 1, createdAt: tx.at, updatedAt: tx.at };
      tx.record({ entity: DESK_ENTITY, entityId: id, before: null, after });
      return id;
    });
  });
}

export function updateDesk(scope: DataScope, input: ParsedInput<'desks.update'>): Desk {
  const { id, revision, ...values } = input;
  return audited(scope, 'desks.update', (tx) => {
    const current = mustGet(tx.db, id);
    if (current.revision !== revision) throw revisionConflict();
    if (unchanged(values, current)) return current;
    if (values.companyId !== current.companyId) checkCompany(tx.db, values.companyId);
    if (!desks.updateDesk(tx.db, id, revision, values, tx.at)) throw revisionConflict();
    const updated = mustGet(tx.db, id);
    tx.record({ entity: DESK_ENTITY, entityId: id, before: deskSnapshot(current), after: deskSnapshot(updated) });
    return updated;
  });
}

/**
 * A company that named this desk as its authorized organization's desk loses that reference. The schema
 * would do it by ON DELETE SET NULL, but silently; doing it here gives the company a new revision and
 * its own audit row.
 */
function releaseReferences(tx: WriteTx, deskId: number): void {
  for (const companyId of companiesUsingDesk(tx.db, deskId)) {
    const before = getCompany(tx.db, companyId);
    clearAuthorizedOrgDesk(tx.db, companyId, tx.at);
    const after = getCompany(tx.db, companyId);
    if (before && after) {
      tx.record({ entity: COMPANY_ENTITY, entityId: companyId, before: companySnapshot(before), after: companySnapshot(after) });
    }
  }
}

export function deleteDesk(scope: DataScope, id: number, revision: number): { id: number } {
  return audited(scope, 'desks.delete', (tx) => {
    const current = mustGet(tx.db, id);
    if (current.revision !== revision) throw revisionConflict();
    releaseReferences(tx, id);
    desks.deleteDesk(tx.db, id);
    tx.record({ entity: DESK_ENTITY, entityId: id, before: deskSnapshot(current), after: null });
    return { id };
  });
}
