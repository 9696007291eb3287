import type { ParsedInput } from '../../../shared/contract';
import { japanDateOf } from '../../../shared/appi/japan-time';
import { retainUntil } from '../../../shared/appi/provision-retention';
import type { ProvisionRecord, ProvisionValues } from '../../../shared/domain/provision-record';
import { labelOf } from '../../../shared/i18n/field-labels';
import { fillTemplate, validationMessages } from '../../../shared/i18n/validation-messages';
import { audited } from '../audit/audited';
import type { DataScope } from '../context';
import { fieldError, missingReference, notFound, revisionConflict } from '../service-errors';
import { unchanged, withoutKeys } from '../snapshot';
import { companyExists } from '../store/companies';
import type { ReadableDB } from '../store/connection';
import * as provisions from '../store/provisions';

/** Records of provision to and receipt from third parties (APPI Art. 29, 30): list, show, add, update, delete. */
export const PROVISION_ENTITY = 'provision';

export function provisionSnapshot(record: ProvisionRecord) {
  return withoutKeys(record, ['companyName', 'retentionYears']);
}

function mustGet(db: ReadableDB, id: number): ProvisionRecord {
  const record = provisions.getProvision(db, id);
  if (!record) throw notFound('provision', id);
  return record;
}

function checkCompany(db: ReadableDB, companyId: number): void {
  if (!companyExists(db, companyId)) throw missingReference(['companyId'], 'company');
}

/** A record is of something that happened: no date after today (Japan time). */
function checkNotFuture(values: ProvisionValues, today: string): void {
  for (const key of ['firstOn', 'lastOn', 'recordedOn'] as const) {
    if (values[key] > today) {
      throw fieldError([key], fillTemplate(validationMessages.futureFact, { field: labelOf(key), now: today }));
    }
  }
}

function stored(values: ProvisionValues): provisions.StoredProvision {
  return { ...values, retainUntil: retainUntil(values) };
}

export function listProvisions(scope: DataScope, input: ParsedInput<'provisions.list'>) {
  return provisions.listProvisions(scope.db(), { ...input, today: japanDateOf(scope.now()) });
}

export function getProvision(scope: DataScope, id: number): ProvisionRecord {
  return mustGet(scope.db(), id);
}

export function createProvision(scope: DataScope, values: ProvisionValues): ProvisionRecord {
  return audited(scope, 'provisions.create', (tx) => {
    checkCompany(tx.db, values.companyId);
    checkNotFuture(values, japanDateOf(scope.now()));
    const id = provisions.insertProvision(tx.db, stored(values), tx.at);
    const created = mustGet(tx.db, id);
    tx.record({ entity: PROVISION_ENTITY, entityId: id, before: null, after: provisionSnapshot(created) });
    return created;
  });
}

export function updateProvision(scope: DataScope, input: ParsedInput<'provisions.update'>): ProvisionRecord {
  const { id, revision, ...values } = input;
  return audited(scope, 'provisions.update', (tx) => {
    const current = mustGet(tx.db, id);
    if (current.revision !== revision) throw revisionConflict();
    if (unchanged(values, current)) return current;
    if (values.companyId !== current.companyId) checkCompany(tx.db, values.companyId);
    checkNotFuture(values, japanDateOf(scope.now()));
    if (!provisions.updateProvision(tx.db, id, revision, stored(values), tx.at)) throw revisionConflict();
    const updated = mustGet(tx.db, id);
    tx.record({ entity: PROVISION_ENTITY, entityId: id, before: provisionSnapshot(current), after: provisionSnapshot(updated) });
    return updated;
  });
}

export function deleteProvision(scope: DataScope, id: number, revision: number): { id: number } {
  return audited(scope, 'provisions.delete', (tx) => {
    const current = mustGet(tx.db, id);
    if (current.revision !== revision) throw revisionConflict();
    provisions.deleteProvision(tx.db, id);
    tx.record({ entity: PROVISION_ENTITY, entityId: id, before: provisionSnapshot(current), after: null });
    return { id };
  });
}
