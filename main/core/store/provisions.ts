import type { ProvisionBasis, ProvisionDirection, ProvisionRecord, ProvisionValues, RecordForm } from '../../../shared/domain/provision-record';
import { retentionRules } from '../../../shared/appi/provision-retention';
import { execute, queryAll, queryOne, queryValue, type ReadableDB, type WritableDB } from './connection';
import { containsPattern, searchTextOf } from './search';
import { sql, sqlWhere, type SqlFragment } from './sql';

/** The third-party provision records repository (provision_records; migration 0008). */
interface ProvisionRow {
  id: number;
  company_id: number;
  company_name: string;
  direction: string;
  record_form: string;
  counterparty: string;
  counterparty_address: string;
  counterparty_representative: string;
  first_on: string;
  last_on: string;
  recorded_on: string;
  person: string;
  provision_items: string;
  provision_basis: string;
  provider_acquisition: string;
  ppc_published: number;
  provision_note: string;
  retain_until: string;
  revision: number;
  created_at: string;
  updated_at: string;
}

/** What the store writes: the parsed values with the retention the service computed. */
export type StoredProvision = ProvisionValues & { retainUntil: string };

const selectProvision = sql`
  SELECT p.*, c.legal_name_ja AS company_name
  FROM provision_records p JOIN companies c ON c.id = p.company_id`;

function provisionOf(row: ProvisionRow): ProvisionRecord {
  const recordForm = row.record_form as RecordForm;
  return {
    id: row.id,
    companyId: row.company_id,
    companyName: row.company_name,
    direction: row.direction as ProvisionDirection,
    recordForm,
    counterparty: row.counterparty,
    counterpartyAddress: row.counterparty_address,
    counterpartyRepresentative: row.counterparty_representative,
    firstOn: row.first_on,
    lastOn: row.last_on,
    recordedOn: row.recorded_on,
    person: row.person,
    provisionItems: row.provision_items,
    provisionBasis: row.provision_basis as ProvisionBasis,
    providerAcquisition: row.provider_acquisition,
    ppcPublished: row.ppc_published === 1,
    provisionNote: row.provision_note,
    retainUntil: row.retain_until,
    retentionYears: retentionRules[recordForm].years,
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function searchText(values: StoredProvision): string {
  return searchTextOf([values.counterparty, values.counterpartyAddress, values.person, values.provisionItems, values.provisionNote]);
}

export function getProvision(db: ReadableDB, id: number): ProvisionRecord | undefined {
  const row = queryOne<ProvisionRow>(db, sql`${selectProvision} WHERE p.id = ${id}`);
  return row && provisionOf(row);
}

export interface ProvisionFilter {
  query: string;
  limit: number;
  offset: number;
  companyId?: number | undefined;
  direction?: ProvisionDirection | undefined;
  /** Only records whose retention ended before `today`: what may now be deleted. */
  pastRetention?: boolean | undefined;
  today: string;
}

/** Newest provision first; records past retention oldest-expired first, the order they are deleted in. */
export function listProvisions(db: ReadableDB, filter: ProvisionFilter): { items: ProvisionRecord[]; total: number } {
  const conditions: SqlFragment[] = [];
  if (filter.companyId !== undefined) conditions.push(sql`p.company_id = ${filter.companyId}`);
  if (filter.direction !== undefined) conditions.push(sql`p.direction = ${filter.direction}`);
  if (filter.pastRetention === true) conditions.push(sql`p.retain_until < ${filter.today}`);
  if (filter.query !== '') conditions.push(sql`p.search_text LIKE ${containsPattern(filter.query)} ESCAPE '\\'`);
  const where = sqlWhere(conditions);
  const order = filter.pastRetention === true ? sql`p.retain_until, p.id` : sql`p.last_on DESC, p.id DESC`;
  const rows = queryAll<ProvisionRow>(db, sql`${selectProvision} ${where} ORDER BY ${order} LIMIT ${filter.limit} OFFSET ${filter.offset}`);
  const total = queryValue<number>(db, sql`SELECT count(*) FROM provision_records p ${where}`) ?? 0;
  return { items: rows.map(provisionOf), total };
}

export function insertProvision(db: WritableDB, values: StoredProvision, at: string): number {
  const result = execute(
    db,
    sql`INSERT INTO provision_records (
          company_id, direction, record_form, counterparty, counterparty_address, counterparty_representative,
          first_on, last_on, recorded_on, person, provision_items, provision_basis, provider_acquisition, ppc_published,
          provision_note, retain_until, search_text, revision, created_at, updated_at)
        VALUES (
          ${values.companyId}, ${values.direction}, ${values.recordForm}, ${values.counterparty},
          ${values.counterpartyAddress}, ${values.counterpartyRepresentative}, ${values.firstOn}, ${values.lastOn},
          ${values.recordedOn}, ${values.person}, ${values.provisionItems}, ${values.provisionBasis},
          ${values.providerAcquisition}, ${values.ppcPublished ? 1 : 0}, ${values.provisionNote}, ${values.retainUntil},
          ${searchText(values)}, 1, ${at}, ${at})`,
  );
  return Number(result.lastInsertRowid);
}

export function updateProvision(db: WritableDB, id: number, revision: number, values: StoredProvision, at: string): boolean {
  const result = execute(
    db,
    sql`UPDATE provision_records SET
          company_id = ${values.companyId}, direction = ${values.direction}, record_form = ${values.recordForm},
          counterparty = ${values.counterparty}, counterparty_address = ${values.counterpartyAddress},
          counterparty_representative = ${values.counterpartyRepresentative}, first_on = ${values.firstOn},
          last_on = ${values.lastOn}, recorded_on = ${values.recordedOn}, person = ${values.person},
          provision_items = ${values.provisionItems}, provision_basis = ${values.provisionBasis},
          provider_acquisition = ${values.providerAcquisition}, ppc_published = ${values.ppcPublished ? 1 : 0},
          provision_note = ${values.provisionNote}, retain_until = ${values.retainUntil}, search_text = ${searchText(values)},
          revision = revision + 1, updated_at = ${at}
        WHERE id = ${id} AND revision = ${revision}`,
  );
  return result.changes === 1;
}

export function deleteProvision(db: WritableDB, id: number): boolean {
  return execute(db, sql`DELETE FROM provision_records WHERE id = ${id}`).changes === 1;
}
