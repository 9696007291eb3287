import type { ParsedInput } from '../../../shared/contract';
import { addDays } from '../../../shared/appi/civil-date';
import { japanDateOf } from '../../../shared/appi/japan-time';
import { DEFAULT_RESPONSE_DAYS, type DataRequest, type RequestSettings, type RequestValues } from '../../../shared/domain/data-request';
import { labelOf } from '../../../shared/i18n/field-labels';
import { fillTemplate, validationMessages } from '../../../shared/i18n/validation-messages';
import { audited } from '../audit/audited';
import type { DataScope } from '../context';
import { fieldError, missingReference, notFound, revisionConflict } from '../service-errors';
import { unchanged, withoutKeys } from '../snapshot';
import { companyExists } from '../store/companies';
import type { ReadableDB } from '../store/connection';
import { getDesk } from '../store/desks';
import * as requests from '../store/requests';

/** Requests and complaints received at the desks (開示等請求・苦情; APPI Art. 32–40): list, show, log, update, delete. */
export const REQUEST_ENTITY = 'request';
export const REQUEST_SETTINGS_ENTITY = 'request_settings';

export function requestSnapshot(request: DataRequest) {
  return withoutKeys(request, ['companyName']);
}

function mustGet(db: ReadableDB, id: number): DataRequest {
  const request = requests.getRequest(db, id);
  if (!request) throw notFound('request', id);
  return request;
}

function checkCompany(db: ReadableDB, companyId: number): void {
  if (!companyExists(db, companyId)) throw missingReference(['companyId'], 'company');
}

/** The desk must be one of the company's; its name is kept with the request in case the desk is deleted later. */
function deskNameOf(db: ReadableDB, values: RequestValues): string {
  if (values.receivingDeskId === null) return '';
  const desk = getDesk(db, values.receivingDeskId);
  if (!desk) throw missingReference(['receivingDeskId'], 'desk');
  if (desk.companyId !== values.companyId) {
    throw fieldError(['receivingDeskId'], {
      ja: '受付窓口には、この請求を受けた事業者の窓口を選んでください。',
      en: "Choose one of the company's own desks as the desk that received it.",
    });
  }
  return desk.nameJa;
}

/** Days received or answered cannot lie ahead of today (Japan time): the log records what happened. */
function checkNotFuture(values: RequestValues, today: string): void {
  const future = (value: string | null, path: (string | number)[]) => {
    if (value !== null && value > today) {
      const field = labelOf(String(path.at(-1) ?? ''));
      throw fieldError(path, fillTemplate(validationMessages.futureFact, { field, now: today }));
    }
  };
  future(values.receivedOn, ['receivedOn']);
  future(values.closedOn, ['closedOn']);
  future(values.feeReceivedOn, ['feeReceivedOn']);
  values.steps.forEach((step, index) => future(step.doneOn, ['steps', index, 'doneOn']));
}

export function responseDaysOf(db: ReadableDB, companyId: number): number {
  return requests.companyResponseDays(db, companyId) ?? DEFAULT_RESPONSE_DAYS;
}

function stored(db: ReadableDB, values: RequestValues, responseDays: number): requests.StoredRequest {
  return { ...values, responseDays, dueOn: addDays(values.receivedOn, responseDays), deskName: deskNameOf(db, values) };
}

function todayOf(scope: DataScope): string {
  return japanDateOf(scope.now());
}

export function listRequests(scope: DataScope, input: ParsedInput<'requests.list'>) {
  return requests.listRequests(scope.db(), { ...input, today: todayOf(scope) });
}

export function getRequest(scope: DataScope, id: number): DataRequest {
  return mustGet(scope.db(), id);
}

export function createRequest(scope: DataScope, values: RequestValues): DataRequest {
  return audited(scope, 'requests.create', (tx) => {
    checkCompany(tx.db, values.companyId);
    checkNotFuture(values, todayOf(scope));
    const days = values.responseDays ?? responseDaysOf(tx.db, values.companyId);
    const id = requests.insertRequest(tx.db, stored(tx.db, values, days), tx.at);
    const created = mustGet(tx.db, id);
    tx.record({ entity: REQUEST_ENTITY, entityId: id, before: null, after: requestSnapshot(created) });
    return created;
  });
}

export function updateRequest(scope: DataScope, input: ParsedInput<'requests.update'>): DataRequest {
  const { id, revision, ...values } = input;
  return audited(scope, 'requests.update', (tx) => {
    const current = mustGet(tx.db, id);
    if (current.revision !== revision) throw revisionConflict();
    if (values.companyId !== current.companyId) checkCompany(tx.db, values.companyId);
    checkNotFuture(values, todayOf(scope));
    // A target left out keeps the request's own: the company's setting applies at receipt, not retroactively.
    const days = values.responseDays ?? current.responseDays;
    const next = stored(tx.db, values, days);
    // The desk's name as received stays when the desk was renamed since, unless another desk is chosen.
    if (values.receivingDeskId === current.receivingDeskId && current.deskName !== '') next.deskName = current.deskName;
    const { deskName: _deskName, dueOn: _dueOn, ...comparable } = next;
    if (unchanged(comparable, current)) return current;
    if (!requests.updateRequest(tx.db, id, revision, next, tx.at)) throw revisionConflict();
    const updated = mustGet(tx.db, id);
    tx.record({ entity: REQUEST_ENTITY, entityId: id, before: requestSnapshot(current), after: requestSnapshot(updated) });
    return updated;
  });
}

export function deleteRequest(scope: DataScope, id: number, revision: number): { id: number } {
  return audited(scope, 'requests.delete', (tx) => {
    const current = mustGet(tx.db, id);
    if (current.revision !== revision) throw revisionConflict();
    requests.deleteRequest(tx.db, id);
    tx.record({ entity: REQUEST_ENTITY, entityId: id, before: requestSnapshot(current), after: null });
    return { id };
  });
}

export function getRequestSettings(scope: DataScope, companyId: number): RequestSettings {
  checkCompany(scope.db(), companyId);
  return { companyId, responseDays: responseDaysOf(scope.db(), companyId) };
}

/** Changes the target for requests received from now on; requests already logged keep their own. */
export function updateRequestSettings(scope: DataScope, companyId: number, responseDays: number): RequestSettings {
  return audited(scope, 'requests.updateSettings', (tx) => {
    checkCompany(tx.db, companyId);
    const before = { companyId, responseDays: responseDaysOf(tx.db, companyId) };
    if (before.responseDays === responseDays && requests.companyResponseDays(tx.db, companyId) !== undefined) return before;
    requests.setCompanyResponseDays(tx.db, companyId, responseDays);
    const after = { companyId, responseDays };
    tx.record({ entity: REQUEST_SETTINGS_ENTITY, entityId: companyId, before, after });
    return after;
  });
}
