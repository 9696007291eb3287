import {
  contractClauses,
  nextCheckOf,
  type CheckKind,
  type CheckMethod,
  type CheckResult,
  type Entrustee,
  type EntrusteeValues,
  type ReEntrustment,
  type SupervisionCheck,
} from '../../../shared/domain/entrustee';
import { execute, queryAll, queryOne, queryValue, type ReadableDB, type WritableDB } from './connection';
import type { EntrusteeCheckRow, EntrusteeListRow } from './inventory-rows';
import { containsPattern, searchTextOf } from './search';
import { sql, sqlWhere, type SqlFragment } from './sql';

/** The entrustees repository (委託先). Clauses and checks are child rows; the entries entrusted come from the inventory. */
const selectEntrustee = sql`
  SELECT t.*, c.legal_name_ja AS company_name
  FROM entrustees t JOIN companies c ON c.id = t.company_id`;

function withChildren(db: ReadableDB, rows: EntrusteeListRow[]): Entrustee[] {
  if (rows.length === 0) return [];
  const ids = JSON.stringify(rows.map((row) => row.id));
  const clauses = new Map<number, Set<string>>();
  for (const row of queryAll<{ entrustee_id: number; clause: string }>(
    db,
    sql`SELECT * FROM entrustee_clauses WHERE entrustee_id IN (SELECT value FROM json_each(${ids}))`,
  )) {
    const set = clauses.get(row.entrustee_id) ?? new Set<string>();
    set.add(row.clause);
    clauses.set(row.entrustee_id, set);
  }
  const checks = new Map<number, SupervisionCheck[]>();
  for (const row of queryAll<EntrusteeCheckRow>(
    db,
    sql`SELECT * FROM entrustee_checks WHERE entrustee_id IN (SELECT value FROM json_each(${ids})) ORDER BY entrustee_id, position`,
  )) {
    const list = checks.get(row.entrustee_id) ?? [];
    list.push({
      checkKind: row.kind as CheckKind,
      checkedOn: row.checked_on,
      checkMethod: row.method as CheckMethod,
      checkResult: row.result as CheckResult,
      checkedBy: row.checked_by,
      checkNote: row.note,
      nextDueOn: row.next_due_on,
    });
    checks.set(row.entrustee_id, list);
  }
  const entries = new Map<number, { id: number; entryName: string }[]>();
  for (const row of queryAll<{ entrustee_id: number; id: number; name: string }>(
    db,
    sql`SELECT l.entrustee_id, e.id, e.name FROM inventory_entrustees l JOIN inventory_entries e ON e.id = l.entry_id
        WHERE l.entrustee_id IN (SELECT value FROM json_each(${ids})) ORDER BY l.entrustee_id, e.name, e.id`,
  )) {
    const list = entries.get(row.entrustee_id) ?? [];
    list.push({ id: row.id, entryName: row.name });
    entries.set(row.entrustee_id, list);
  }
  return rows.map((row) => ({
    id: row.id,
    companyId: row.company_id,
    companyName: row.company_name,
    entrusteeName: row.name,
    entrusteeAddress: row.address,
    entrusteeContact: row.contact,
    entrustedWork: row.work,
    contractOn: row.contract_on,
    contractUntil: row.contract_until,
    contractRef: row.contract_ref,
    clauses: contractClauses.filter((clause) => clauses.get(row.id)?.has(clause) ?? false),
    reEntrustment: row.re_entrustment as ReEntrustment,
    reEntrustmentNote: row.re_entrustment_note,
    checkMonths: row.check_months,
    checks: checks.get(row.id) ?? [],
    endedOn: row.ended_on,
    entrusteeNote: row.note,
    entries: entries.get(row.id) ?? [],
    nextCheckOn: row.next_check_on,
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }));
}

export function getEntrustee(db: ReadableDB, id: number): Entrustee | undefined {
  const row = queryOne<EntrusteeListRow>(db, sql`${selectEntrustee} WHERE t.id = ${id}`);
  return row && withChildren(db, [row])[0];
}

/** The company of each id that exists (to check an inventory entry's entrustees belong to its company). */
export function entrusteeCompanies(db: ReadableDB, ids: readonly number[]): Map<number, number> {
  const rows = queryAll<{ id: number; company_id: number }>(
    db,
    sql`SELECT id, company_id FROM entrustees WHERE id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`,
  );
  return new Map(rows.map((row) => [row.id, row.company_id]));
}

export interface EntrusteeFilter {
  query: string;
  limit: number;
  offset: number;
  companyId?: number | undefined;
  /** Japan's today: only entrustees not ended whose check is due by then, or that were never checked. */
  checkDueOn?: string | undefined;
}

export function listEntrustees(db: ReadableDB, filter: EntrusteeFilter): { items: Entrustee[]; total: number } {
  const conditions: SqlFragment[] = [];
  if (filter.companyId !== undefined) conditions.push(sql`t.company_id = ${filter.companyId}`);
  if (filter.checkDueOn !== undefined) {
    conditions.push(sql`t.ended_on IS NULL AND (t.next_check_on IS NULL OR t.next_check_on <= ${filter.checkDueOn})`);
  }
  if (filter.query !== '') conditions.push(sql`t.search_text LIKE ${containsPattern(filter.query)} ESCAPE '\\'`);
  const where = sqlWhere(conditions);
  const order = filter.checkDueOn !== undefined ? sql`ORDER BY coalesce(t.next_check_on, '0000-01-01'), t.id` : sql`ORDER BY t.name, t.id`;
  const rows = queryAll<EntrusteeListRow>(db, sql`${selectEntrustee} ${where} ${order} LIMIT ${filter.limit} OFFSET ${filter.offset}`);
  const total = queryValue<number>(db, sql`SELECT count(*) FROM entrustees t ${where}`) ?? 0;
  return { items: withChildren(db, rows), total };
}

function searchText(values: EntrusteeValues): string {
  return searchTextOf([values.entrusteeName, values.entrusteeAddress, values.entrustedWork, values.contractRef, values.reEntrustmentNote]);
}

function insertChildren(db: WritableDB, id: number, values: EntrusteeValues): void {
  for (const clause of values.clauses) execute(db, sql`INSERT INTO entrustee_clauses (entrustee_id, clause) VALUES (${id}, ${clause})`);
  values.checks.forEach((check, position) => {
    execute(
      db,
      sql`INSERT INTO entrustee_checks (entrustee_id, position, kind, checked_on, method, result, checked_by, note, next_due_on)
          VALUES (${id}, ${position}, ${check.checkKind}, ${check.checkedOn}, ${check.checkMethod}, ${check.checkResult},
                  ${check.checkedBy}, ${check.checkNote}, ${check.nextDueOn})`,
    );
  });
}

export function insertEntrustee(db: WritableDB, values: EntrusteeValues, at: string): number {
  const result = execute(
    db,
    sql`INSERT INTO entrustees (
          company_id, name, address, contact, work, contract_on, contract_until, contract_ref, re_entrustment,
          re_entrustment_note, check_months, ended_on, next_check_on, note, search_text, revision, created_at, updated_at)
        VALUES (
          ${values.companyId}, ${values.entrusteeName}, ${values.entrusteeAddress}, ${values.entrusteeContact},
          ${values.entrustedWork}, ${values.contractOn}, ${values.contractUntil}, ${values.contractRef}, ${values.reEntrustment},
          ${values.reEntrustmentNote}, ${values.checkMonths}, ${values.endedOn}, ${nextCheckOf(values)}, ${values.entrusteeNote},
          ${searchText(values)}, 1, ${at}, ${at})`,
  );
  const id = Number(result.lastInsertRowid);
  insertChildren(db, id, values);
  return id;
}

export function updateEntrustee(db: WritableDB, id: number, revision: number, values: EntrusteeValues, at: string): boolean {
  const result = execute(
    db,
    sql`UPDATE entrustees SET
          company_id = ${values.companyId}, name = ${values.entrusteeName}, address = ${values.entrusteeAddress},
          contact = ${values.entrusteeContact}, work = ${values.entrustedWork}, contract_on = ${values.contractOn},
          contract_until = ${values.contractUntil}, contract_ref = ${values.contractRef}, re_entrustment = ${values.reEntrustment},
          re_entrustment_note = ${values.reEntrustmentNote}, check_months = ${values.checkMonths}, ended_on = ${values.endedOn},
          next_check_on = ${nextCheckOf(values)}, note = ${values.entrusteeNote}, search_text = ${searchText(values)},
          revision = revision + 1, updated_at = ${at}
        WHERE id = ${id} AND revision = ${revision}`,
  );
  if (result.changes !== 1) return false;
  execute(db, sql`DELETE FROM entrustee_clauses WHERE entrustee_id = ${id}`);
  execute(db, sql`DELETE FROM entrustee_checks WHERE entrustee_id = ${id}`);
  insertChildren(db, id, values);
  return true;
}

/** Inventory entries entrusted to it: it cannot be deleted while they are. */
export function entriesUsingEntrustee(db: ReadableDB, id: number): number {
  return queryValue<number>(db, sql`SELECT count(*) FROM inventory_entrustees WHERE entrustee_id = ${id}`) ?? 0;
}

export function deleteEntrustee(db: WritableDB, id: number): boolean {
  return execute(db, sql`DELETE FROM entrustees WHERE id = ${id}`).changes === 1;
}
