import type { ParsedInput } from '../../../shared/contract';
import type { Company, CompanyValues } from '../../../shared/domain/company';
import { AppError } from '../../../shared/errors';
import { audited } from '../audit/audited';
import type { DataScope } from '../context';
import { missingReference, notFound, revisionConflict } from '../service-errors';
import { unchanged, withoutKeys } from '../snapshot';
import * as companies from '../store/companies';
import { deskExists } from '../store/desks';
import { countIncidentsOf } from '../store/incidents';
import type { ReadableDB } from '../store/connection';

/** Companies (事業者): list, show, create, update with optimistic concurrency, delete when no desks remain. */
export const COMPANY_ENTITY = 'company';

export function companySnapshot(company: Company) {
  return withoutKeys(company, ['deskCount']);
}

function mustGet(db: ReadableDB, id: number): Company {
  const company = companies.getCompany(db, id);
  if (!company) throw notFound('company', id);
  return company;
}

function checkReferences(db: ReadableDB, values: CompanyValues): void {
  if (values.authorizedOrgDeskId !== null && !deskExists(db, values.authorizedOrgDeskId)) {
    throw missingReference(['authorizedOrgDeskId'], 'desk');
  }
}

export function listCompanies(scope: DataScope, input: ParsedInput<'companies.list'>) {
  return companies.listCompanies(scope.db(), input);
}

export function getCompany(scope: DataScope, id: number): Company {
  return mustGet(scope.db(), id);
}

export function createCompany(scope: DataScope, values: CompanyValues): Company {
  return audited(scope, 'companies.create', (tx) => {
    checkReferences(tx.db, values);
    const id = companies.insertCompany(tx.db, values, tx.at);
    const created = mustGet(tx.db, id);
    tx.record({ entity: COMPANY_ENTITY, entityId: id, before: null, after: companySnapshot(created) });
    return created;
  });
}

export function updateCompany(scope: DataScope, input: ParsedInput<'companies.update'>): Company {
  const { id, revision, ...values } = input;
  return audited(scope, 'companies.update', (tx) => {
    const current = mustGet(tx.db, id);
    if (current.revision !== revision) throw revisionConflict();
    // Saving an unchanged form is not a change: no new revision, no audit row.
    if (unchanged(values, current)) return current;
    checkReferences(tx.db, values);
    if (!companies.updateCompany(tx.db, id, revision, values, tx.at)) throw revisionConflict();
    const updated = mustGet(tx.db, id);
    tx.record({ entity: COMPANY_ENTITY, entityId: id, before: companySnapshot(current), after: companySnapshot(updated) });
    return updated;
  });
}

/**
 * Why the company cannot be deleted now (it still has desks, or incidents on record), or null. The form asks this
 * before its confirmation dialog, so a user is never asked to confirm a delete that is then refused (issue 13 item 8);
 * the delete checks it again inside its transaction.
 */
function deleteRefusal(db: ReadableDB, id: number): AppError | null {
  const desks = companies.countDesksOf(db, id);
  if (desks > 0) {
    return new AppError(
      'conflict',
      {
        ja: `この事業者には窓口が${desks}件あります。先に窓口を削除するか、別の事業者に移してください。`,
        en: `This company still has ${desks === 1 ? 'a desk' : `${desks} desks`}. Delete or move its desks to another company first.`,
      },
      ['id'],
    );
  }
  // Incidents are evidence kept for years: a company that has any stays (the schema restricts it as well).
  const recorded = countIncidentsOf(db, id);
  if (recorded > 0) {
    return new AppError(
      'conflict',
      {
        ja: `この事業者にはインシデントの記録が${recorded}件あるため削除できません。`,
        en: `This company has ${recorded === 1 ? 'a recorded incident' : `${recorded} recorded incidents`} and cannot be deleted.`,
      },
      ['id'],
    );
  }
  return null;
}

export function companyDeleteCheck(scope: DataScope, id: number) {
  const db = scope.db();
  mustGet(db, id);
  return { refusal: deleteRefusal(db, id)?.text ?? null };
}

export function deleteCompany(scope: DataScope, id: number, revision: number): { id: number } {
  return audited(scope, 'companies.delete', (tx) => {
    const current = mustGet(tx.db, id);
    if (current.revision !== revision) throw revisionConflict();
    const refusal = deleteRefusal(tx.db, id);
    if (refusal) throw refusal;
    companies.deleteCompany(tx.db, id);
    tx.record({ entity: COMPANY_ENTITY, entityId: id, before: companySnapshot(current), after: null });
    return { id };
  });
}
