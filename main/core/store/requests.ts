import type {
  DataRequest,
  DisclosureMethod,
  IdentityCheck,
  RequestChannel,
  RequestKind,
  RequestOutcome,
  RequestStep,
  RequestValues,
  RequesterRole,
  ResponseMethod,
} from '../../../shared/domain/data-request';
import { execute, queryAll, queryOne, queryValue, type ReadableDB, type WritableDB } from './connection';
import { containsPattern, searchTextOf } from './search';
import { sql, sqlWhere, type SqlFragment } from './sql';

/** The requests-and-complaints repository (data_requests, data_request_steps; migration 0008). */
interface RequestRow {
  id: number;
  company_id: number;
  company_name: string;
  receiving_desk_id: number | null;
  desk_name: string;
  received_on: string;
  channel: string;
  requester: string;
  requester_role: string;
  request_kind: string;
  request_summary: string;
  disclosure_method: string;
  identity_check: string;
  identity_method: string;
  fee_yen: number;
  fee_received_on: string | null;
  response_method: string;
  response_days: number;
  due_on: string;
  outcome: string;
  closed_on: string | null;
  answer: string;
  refusal_reason: string;
  refusal_citation: string;
  revision: number;
  created_at: string;
  updated_at: string;
}

interface StepRow {
  request_id: number;
  done_on: string;
  step_note: string;
}

/** What the store writes: the parsed values plus what the service settled (target days, due date, desk name). */
export type StoredRequest = Omit<RequestValues, 'responseDays'> & { responseDays: number; dueOn: string; deskName: string };

const selectRequest = sql`
  SELECT r.*, c.legal_name_ja AS company_name
  FROM data_requests r JOIN companies c ON c.id = r.company_id`;

function requestOf(row: RequestRow, steps: RequestStep[]): DataRequest {
  return {
    id: row.id,
    companyId: row.company_id,
    companyName: row.company_name,
    receivingDeskId: row.receiving_desk_id,
    deskName: row.desk_name,
    receivedOn: row.received_on,
    channel: row.channel as RequestChannel,
    requester: row.requester,
    requesterRole: row.requester_role as RequesterRole,
    requestKind: row.request_kind as RequestKind,
    requestSummary: row.request_summary,
    disclosureMethod: row.disclosure_method as DisclosureMethod,
    identityCheck: row.identity_check as IdentityCheck,
    identityMethod: row.identity_method,
    feeYen: row.fee_yen,
    feeReceivedOn: row.fee_received_on,
    responseMethod: row.response_method as ResponseMethod,
    responseDays: row.response_days,
    dueOn: row.due_on,
    outcome: row.outcome as RequestOutcome,
    closedOn: row.closed_on,
    answer: row.answer,
    refusalReason: row.refusal_reason,
    refusalCitation: row.refusal_citation,
    steps,
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function withSteps(db: ReadableDB, rows: RequestRow[]): DataRequest[] {
  if (rows.length === 0) return [];
  const ids = JSON.stringify(rows.map((row) => row.id));
  const steps = new Map<number, RequestStep[]>();
  for (const step of queryAll<StepRow>(
    db,
    sql`SELECT request_id, done_on, step_note FROM data_request_steps
        WHERE request_id IN (SELECT value FROM json_each(${ids})) ORDER BY request_id, position`,
  )) {
    const list = steps.get(step.request_id) ?? [];
    list.push({ doneOn: step.done_on, stepNote: step.step_note });
    steps.set(step.request_id, list);
  }
  return rows.map((row) => requestOf(row, steps.get(row.id) ?? []));
}

function searchText(values: StoredRequest): string {
  return searchTextOf([
    values.requester,
    values.requestSummary,
    values.deskName,
    values.answer,
    values.refusalReason,
    ...values.steps.map((step) => step.stepNote),
  ]);
}

export function getRequest(db: ReadableDB, id: number): DataRequest | undefined {
  const row = queryOne<RequestRow>(db, sql`${selectRequest} WHERE r.id = ${id}`);
  return row && withSteps(db, [row])[0];
}

export interface RequestFilter {
  query: string;
  limit: number;
  offset: number;
  companyId?: number | undefined;
  deskId?: number | undefined;
  requestKind?: RequestKind | undefined;
  /** 'open' = pending; 'overdue' = pending and due before `today`; 'closed' = any other outcome. */
  state?: 'open' | 'overdue' | 'closed' | undefined;
  today: string;
}

/** Newest received first; an id breaks ties so that pages are stable. */
export function listRequests(db: ReadableDB, filter: RequestFilter): { items: DataRequest[]; total: number } {
  const conditions: SqlFragment[] = [];
  if (filter.companyId !== undefined) conditions.push(sql`r.company_id = ${filter.companyId}`);
  if (filter.deskId !== undefined) conditions.push(sql`r.receiving_desk_id = ${filter.deskId}`);
  if (filter.requestKind !== undefined) conditions.push(sql`r.request_kind = ${filter.requestKind}`);
  if (filter.state === 'open') conditions.push(sql`r.outcome = 'pending'`);
  if (filter.state === 'overdue') conditions.push(sql`r.outcome = 'pending' AND r.due_on < ${filter.today}`);
  if (filter.state === 'closed') conditions.push(sql`r.outcome <> 'pending'`);
  if (filter.query !== '') conditions.push(sql`r.search_text LIKE ${containsPattern(filter.query)} ESCAPE '\\'`);
  const where = sqlWhere(conditions);
  const order = filter.state === 'open' || filter.state === 'overdue' ? sql`r.due_on, r.id` : sql`r.received_on DESC, r.id DESC`;
  const rows = queryAll<RequestRow>(db, sql`${selectRequest} ${where} ORDER BY ${order} LIMIT ${filter.limit} OFFSET ${filter.offset}`);
  const total = queryValue<number>(db, sql`SELECT count(*) FROM data_requests r ${where}`) ?? 0;
  return { items: withSteps(db, rows), total };
}

/** Pending requests past their internal target on `today`, the most overdue first (the dashboard's list). */
export function overdueRequests(db: ReadableDB, today: string, limit: number): { items: DataRequest[]; total: number } {
  return listRequests(db, { query: '', limit, offset: 0, state: 'overdue', today });
}

function insertSteps(db: WritableDB, id: number, steps: readonly RequestStep[]): void {
  steps.forEach((step, position) => {
    execute(
      db,
      sql`INSERT INTO data_request_steps (request_id, position, done_on, step_note) VALUES (${id}, ${position}, ${step.doneOn}, ${step.stepNote})`,
    );
  });
}

export function insertRequest(db: WritableDB, values: StoredRequest, at: string): number {
  const result = execute(
    db,
    sql`INSERT INTO data_requests (
          company_id, receiving_desk_id, desk_name, received_on, channel, requester, requester_role, request_kind,
          request_summary, disclosure_method, identity_check, identity_method, fee_yen, fee_received_on, response_method,
          response_days, due_on, outcome, closed_on, answer, refusal_reason, refusal_citation, search_text,
          revision, created_at, updated_at)
        VALUES (
          ${values.companyId}, ${values.receivingDeskId}, ${values.deskName}, ${values.receivedOn}, ${values.channel},
          ${values.requester}, ${values.requesterRole}, ${values.requestKind}, ${values.requestSummary},
          ${values.disclosureMethod}, ${values.identityCheck}, ${values.identityMethod}, ${values.feeYen},
          ${values.feeReceivedOn}, ${values.responseMethod}, ${values.responseDays}, ${values.dueOn}, ${values.outcome},
          ${values.closedOn}, ${values.answer}, ${values.refusalReason}, ${values.refusalCitation}, ${searchText(values)},
          1, ${at}, ${at})`,
  );
  const id = Number(result.lastInsertRowid);
  insertSteps(db, id, values.steps);
  return id;
}

/** Writes only if the stored revision is still `revision`; returns whether it did. Steps are replaced whole. */
export function updateRequest(db: WritableDB, id: number, revision: number, values: StoredRequest, at: string): boolean {
  const result = execute(
    db,
    sql`UPDATE data_requests SET
          company_id = ${values.companyId}, receiving_desk_id = ${values.receivingDeskId}, desk_name = ${values.deskName},
          received_on = ${values.receivedOn}, channel = ${values.channel}, requester = ${values.requester},
          requester_role = ${values.requesterRole}, request_kind = ${values.requestKind},
          request_summary = ${values.requestSummary}, disclosure_method = ${values.disclosureMethod},
          identity_check = ${values.identityCheck}, identity_method = ${values.identityMethod}, fee_yen = ${values.feeYen},
          fee_received_on = ${values.feeReceivedOn}, response_method = ${values.responseMethod},
          response_days = ${values.responseDays}, due_on = ${values.dueOn}, outcome = ${values.outcome},
          closed_on = ${values.closedOn}, answer = ${values.answer}, refusal_reason = ${values.refusalReason},
          refusal_citation = ${values.refusalCitation}, search_text = ${searchText(values)},
          revision = revision + 1, updated_at = ${at}
        WHERE id = ${id} AND revision = ${revision}`,
  );
  if (result.changes !== 1) return false;
  execute(db, sql`DELETE FROM data_request_steps WHERE request_id = ${id}`);
  insertSteps(db, id, values.steps);
  return true;
}

export function deleteRequest(db: WritableDB, id: number): boolean {
  return execute(db, sql`DELETE FROM data_requests WHERE id = ${id}`).changes === 1;
}

export function companyResponseDays(db: ReadableDB, companyId: number): number | undefined {
  return queryValue<number>(db, sql`SELECT response_days FROM request_settings WHERE company_id = ${companyId}`);
}

export function setCompanyResponseDays(db: WritableDB, companyId: number, days: number): void {
  execute(
    db,
    sql`INSERT INTO request_settings (company_id, response_days) VALUES (${companyId}, ${days})
        ON CONFLICT (company_id) DO UPDATE SET response_days = excluded.response_days`,
  );
}
