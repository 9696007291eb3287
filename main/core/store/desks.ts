import {
  deskLanguages,
  weekdays,
  type Desk,
  type DeskKind,
  type DeskLanguage,
  type DeskPhone,
  type DeskValues,
  type Weekday,
} from '../../../shared/domain/desk';
import { execute, queryAll, queryOne, queryValue, type ReadableDB, type WritableDB } from './connection';
import type { DeskLanguageRow, DeskPhoneRow, DeskRow } from './rows';
import { containsPattern, searchTextOf } from './search';
import { sql, sqlWhere, type SqlFragment } from './sql';

/** The desks repository. Phones and languages live in child tables and travel with their desk. */
type DeskListRow = DeskRow & { company_name: string };

const selectDesk = sql`
  SELECT d.*, c.legal_name_ja AS company_name
  FROM desks d JOIN companies c ON c.id = d.company_id`;

/** Bit 0 = Monday … bit 6 = Sunday, as the schema documents. */
export function daysToMask(days: readonly Weekday[]): number {
  return weekdays.reduce((mask, day, bit) => (days.includes(day) ? mask | (1 << bit) : mask), 0);
}

export function maskToDays(mask: number): Weekday[] {
  return weekdays.filter((_, bit) => (mask & (1 << bit)) !== 0);
}

function deskOf(row: DeskListRow, phones: DeskPhone[], languages: DeskLanguage[]): Desk {
  return {
    id: row.id,
    companyId: row.company_id,
    companyName: row.company_name,
    kind: row.kind as DeskKind,
    nameJa: row.name_ja,
    nameEn: row.name_en,
    department: row.department,
    personInCharge: row.person_in_charge,
    phones,
    email: row.email,
    postalCode: row.postal_code,
    addressJa: row.address_ja,
    addressEn: row.address_en,
    receptionDays: maskToDays(row.reception_days),
    closedOnHolidays: row.closed_on_holidays === 1,
    hoursFrom: row.hours_from,
    hoursTo: row.hours_to,
    receptionNoteJa: row.reception_note_ja,
    receptionNoteEn: row.reception_note_en,
    languages,
    inquiryFormUrl: row.inquiry_form_url,
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Loads the child rows of many desks in two statements; ids travel as one JSON parameter. */
function withChildren(db: ReadableDB, rows: DeskListRow[]): Desk[] {
  if (rows.length === 0) return [];
  const ids = JSON.stringify(rows.map((row) => row.id));
  const phones = new Map<number, DeskPhone[]>();
  for (const phone of queryAll<DeskPhoneRow>(
    db,
    sql`SELECT * FROM desk_phones WHERE desk_id IN (SELECT value FROM json_each(${ids})) ORDER BY desk_id, position`,
  )) {
    const list = phones.get(phone.desk_id) ?? [];
    list.push({ label: phone.label, number: phone.number });
    phones.set(phone.desk_id, list);
  }
  const languages = new Map<number, Set<string>>();
  for (const language of queryAll<DeskLanguageRow>(
    db,
    sql`SELECT * FROM desk_languages WHERE desk_id IN (SELECT value FROM json_each(${ids}))`,
  )) {
    const set = languages.get(language.desk_id) ?? new Set();
    set.add(language.language);
    languages.set(language.desk_id, set);
  }
  return rows.map((row) => {
    const set = languages.get(row.id);
    // The domain's order, so equal sets compare equal.
    const ordered = deskLanguages.filter((language) => set?.has(language) ?? false);
    return deskOf(row, phones.get(row.id) ?? [], ordered);
  });
}

function searchText(values: DeskValues): string {
  return searchTextOf(
    [values.nameJa, values.nameEn, values.department, values.personInCharge, values.email],
    values.phones.map((phone) => phone.number),
  );
}

export function getDesk(db: ReadableDB, id: number): Desk | undefined {
  const row = queryOne<DeskListRow>(db, sql`${selectDesk} WHERE d.id = ${id}`);
  return row && withChildren(db, [row])[0];
}

export function deskExists(db: ReadableDB, id: number): boolean {
  return queryValue<number>(db, sql`SELECT count(*) FROM desks WHERE id = ${id}`) === 1;
}

export interface DeskFilter {
  query: string;
  limit: number;
  offset: number;
  companyId?: number | undefined;
  kind?: DeskKind | undefined;
}

/** Ordered by company (Japanese name), then desk name, then id so that pages are stable. */
export function listDesks(db: ReadableDB, filter: DeskFilter): { items: Desk[]; total: number } {
  const conditions: SqlFragment[] = [];
  if (filter.companyId !== undefined) conditions.push(sql`d.company_id = ${filter.companyId}`);
  if (filter.kind !== undefined) conditions.push(sql`d.kind = ${filter.kind}`);
  if (filter.query !== '') conditions.push(sql`d.search_text LIKE ${containsPattern(filter.query)} ESCAPE '\\'`);
  const where = sqlWhere(conditions);
  const rows = queryAll<DeskListRow>(
    db,
    sql`${selectDesk} ${where} ORDER BY c.legal_name_ja, c.id, d.name_ja, d.id LIMIT ${filter.limit} OFFSET ${filter.offset}`,
  );
  const total = queryValue<number>(db, sql`SELECT count(*) FROM desks d ${where}`) ?? 0;
  return { items: withChildren(db, rows), total };
}

function deleteChildren(db: WritableDB, id: number): void {
  execute(db, sql`DELETE FROM desk_phones WHERE desk_id = ${id}`);
  execute(db, sql`DELETE FROM desk_languages WHERE desk_id = ${id}`);
}

function insertChildren(db: WritableDB, id: number, values: DeskValues): void {
  values.phones.forEach((phone, position) => {
    execute(
      db,
      sql`INSERT INTO desk_phones (desk_id, position, label, number) VALUES (${id}, ${position}, ${phone.label}, ${phone.number})`,
    );
  });
  for (const language of values.languages) {
    execute(db, sql`INSERT INTO desk_languages (desk_id, language) VALUES (${id}, ${language})`);
  }
}

export function insertDesk(db: WritableDB, values: DeskValues, at: string): number {
  const result = execute(
    db,
    sql`INSERT INTO desks (
          company_id, kind, name_ja, name_en, department, person_in_charge, email, postal_code,
          address_ja, address_en, reception_days, closed_on_holidays, hours_from, hours_to,
          reception_note_ja, reception_note_en, inquiry_form_url, search_text, revision, created_at, updated_at)
        VALUES (
          ${values.companyId}, ${values.kind}, ${values.nameJa}, ${values.nameEn}, ${values.department},
          ${values.personInCharge}, ${values.email}, ${values.postalCode}, ${values.addressJa}, ${values.addressEn},
          ${daysToMask(values.receptionDays)}, ${values.closedOnHolidays ? 1 : 0}, ${values.hoursFrom}, ${values.hoursTo},
          ${values.receptionNoteJa}, ${values.receptionNoteEn}, ${values.inquiryFormUrl}, ${searchText(values)},
          1, ${at}, ${at})`,
  );
  const id = Number(result.lastInsertRowid);
  insertChildren(db, id, values);
  return id;
}

/** Writes the values only if the stored revision is still `revision`; returns whether it did. */
export function updateDesk(db: WritableDB, id: number, revision: number, values: DeskValues, at: string): boolean {
  const result = execute(
    db,
    sql`UPDATE desks SET
          company_id = ${values.companyId}, kind = ${values.kind}, name_ja = ${values.nameJa}, name_en = ${values.nameEn},
          department = ${values.department}, person_in_charge = ${values.personInCharge}, email = ${values.email},
          postal_code = ${values.postalCode}, address_ja = ${values.addressJa}, address_en = ${values.addressEn},
          reception_days = ${daysToMask(values.receptionDays)}, closed_on_holidays = ${values.closedOnHolidays ? 1 : 0},
          hours_from = ${values.hoursFrom}, hours_to = ${values.hoursTo},
          reception_note_ja = ${values.receptionNoteJa}, reception_note_en = ${values.receptionNoteEn},
          inquiry_form_url = ${values.inquiryFormUrl}, search_text = ${searchText(values)},
          revision = revision + 1, updated_at = ${at}
        WHERE id = ${id} AND revision = ${revision}`,
  );
  if (result.changes !== 1) return false;
  // The lists are replaced whole: simpler than diffing, and the audit row holds the before and after.
  deleteChildren(db, id);
  insertChildren(db, id, values);
  return true;
}

export function deleteDesk(db: WritableDB, id: number): boolean {
  return execute(db, sql`DELETE FROM desks WHERE id = ${id}`).changes === 1;
}
