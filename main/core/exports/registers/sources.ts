import type { RegisterKind } from '../../../../shared/contract/exports';
import type { ReadableDB } from '../../store/connection';
import { listEntrustees } from '../../store/entrustees';
import { getEntry, listEntries } from '../../store/inventory';
import { entrusteeRegister } from './entrustee-columns';
import { inventoryRegister } from './inventory-columns';
import { provisionRegister } from './provision-columns';
import { requestRegister } from './request-columns';
import { listProvisions } from '../../store/provisions';
import { listRequests } from '../../store/requests';
import type { RegisterSpec } from './register-columns';

/**
 * Where each register's rows come from: a company's whole register, in the list's order. A register plugs in by
 * adding its spec and reader here (requests and provisions are added by their own domain).
 */
export interface RegisterSource<Row = never> {
  spec: RegisterSpec<Row>;
  rows(db: ReadableDB, companyId: number): readonly Row[];
}

const PAGE = 500;

function allPages<T>(read: (offset: number) => { items: T[]; total: number }): T[] {
  const all: T[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = read(offset);
    all.push(...page.items);
    if (page.items.length < PAGE || all.length >= page.total) return all;
  }
}

function source<Row>(spec: RegisterSpec<Row>, rows: (db: ReadableDB, companyId: number) => readonly Row[]): RegisterSource<never> {
  return { spec, rows } as unknown as RegisterSource<never>;
}

export const registerSources: Partial<Record<RegisterKind, RegisterSource>> = {
  inventory: source(inventoryRegister, (db, companyId) =>
    allPages((offset) => listEntries(db, { query: '', limit: PAGE, offset, companyId })).flatMap((summary) => getEntry(db, summary.id) ?? []),
  ),
  entrustees: source(entrusteeRegister, (db, companyId) => allPages((offset) => listEntrustees(db, { query: '', limit: PAGE, offset, companyId }))),
  // Oldest first, the order of a paper log; `today` only decides status filters, which a whole register does not use.
  requests: source(requestRegister, (db, companyId) =>
    allPages((offset) => listRequests(db, { query: '', limit: PAGE, offset, companyId, today: '9999-12-31' })).reverse(),
  ),
  provisions: source(provisionRegister, (db, companyId) =>
    allPages((offset) => listProvisions(db, { query: '', limit: PAGE, offset, companyId, today: '9999-12-31' })).reverse(),
  ),
};
