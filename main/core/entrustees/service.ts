import { japanDateOf } from '../../../shared/appi/japan-time';
import type { ParsedInput } from '../../../shared/contract';
import type { Entrustee, EntrusteeValues } from '../../../shared/domain/entrustee';
import { audited } from '../audit/audited';
import type { DataScope } from '../context';
import { fieldError, missingReference, notFound, revisionConflict } from '../service-errors';
import { unchanged, withoutKeys } from '../snapshot';
import { companyExists } from '../store/companies';
import type { ReadableDB } from '../store/connection';
import * as entrustees from '../store/entrustees';

/** 委託先 (APPI Art. 25): list, show, create, update, delete; checks travel with their entrustee. */
export const ENTRUSTEE_ENTITY = 'entrustee';

/** The stored fields: the entries entrusted are the inventory's record, and the company's name is read from it. */
export function entrusteeSnapshot(entrustee: Entrustee) {
  return withoutKeys(entrustee, ['companyName', 'entries']);
}

function mustGet(db: ReadableDB, id: number): Entrustee {
  const found = entrustees.getEntrustee(db, id);
  if (!found) throw notFound('entrustee', id);
  return found;
}

export function listEntrustees(scope: DataScope, input: ParsedInput<'entrustees.list'>) {
  return entrustees.listEntrustees(scope.db(), {
    query: input.query,
    limit: input.limit,
    offset: input.offset,
    companyId: input.companyId,
    checkDueOn: input.checkDue ? japanDateOf(scope.now()) : undefined,
  });
}

export function getEntrustee(scope: DataScope, id: number): Entrustee {
  return mustGet(scope.db(), id);
}

/** A check recorded for a day still to come is a plan, not a check: refused, naming the check's date. */
function checkNotFuture(values: EntrusteeValues, today: string): void {
  values.checks.forEach((check, index) => {
    if (check.checkedOn > today) {
      throw fieldError(['checks', index, 'checkedOn'], {
        ja: '点検日に未来の日付は入力できません。予定は次回点検予定日に入力してください。',
        en: 'The date checked cannot be in the future. Enter a planned check as the next check due.',
      });
    }
  });
}

export function createEntrustee(scope: DataScope, values: EntrusteeValues): Entrustee {
  checkNotFuture(values, japanDateOf(scope.now()));
  return audited(scope, 'entrustees.create', (tx) => {
    if (!companyExists(tx.db, values.companyId)) throw missingReference(['companyId'], 'company');
    const id = entrustees.insertEntrustee(tx.db, values, tx.at);
    const created = mustGet(tx.db, id);
    tx.record({ entity: ENTRUSTEE_ENTITY, entityId: id, before: null, after: entrusteeSnapshot(created) });
    return created;
  });
}

export function updateEntrustee(scope: DataScope, input: ParsedInput<'entrustees.update'>): Entrustee {
  const { id, revision, ...values } = input;
  checkNotFuture(values, japanDateOf(scope.now()));
  return audited(scope, 'entrustees.update', (tx) => {
    const current = mustGet(tx.db, id);
    if (current.revision !== revision) throw revisionConflict();
    if (unchanged(values, current)) return current;
    if (values.companyId !== current.companyId) {
      if (!companyExists(tx.db, values.companyId)) throw missingReference(['companyId'], 'company');
      // Its inventory entries are the old company's: moving it would link another company's data sets.
      if (current.entries.length > 0) {
        throw fieldError(['companyId'], {
          ja: 'この委託先には台帳の項目が委託されているため、事業者を変更できません。',
          en: 'Inventory entries are entrusted to this entrustee, so its company cannot be changed.',
        });
      }
    }
    if (!entrustees.updateEntrustee(tx.db, id, revision, values, tx.at)) throw revisionConflict();
    const updated = mustGet(tx.db, id);
    tx.record({ entity: ENTRUSTEE_ENTITY, entityId: id, before: entrusteeSnapshot(current), after: entrusteeSnapshot(updated) });
    return updated;
  });
}

export function deleteEntrustee(scope: DataScope, id: number, revision: number): { id: number } {
  return audited(scope, 'entrustees.delete', (tx) => {
    const current = mustGet(tx.db, id);
    if (current.revision !== revision) throw revisionConflict();
    const entries = entrustees.entriesUsingEntrustee(tx.db, id);
    if (entries > 0) {
      throw fieldError(['id'], {
        ja: `この委託先には台帳の項目が${entries}件委託されているため削除できません。委託が終わった場合は委託の終了日を入力してください。`,
        en: `${entries} inventory entries are entrusted to this entrustee, so it cannot be deleted. If the entrustment ended, enter the date it ended.`,
      });
    }
    entrustees.deleteEntrustee(tx.db, id);
    tx.record({ entity: ENTRUSTEE_ENTITY, entityId: id, before: entrusteeSnapshot(current), after: null });
    return { id };
  });
}
