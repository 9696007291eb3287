import Database from 'better-sqlite3';
import type { DeskValues } from '../shared/domain/desk';
import { applyMigrations } from '../main/core/store/migrate';
import { daysToMask } from '../main/core/store/desks';
import { containsPattern, searchTextOf } from '../main/core/store/search';

/**
 * The baseline: a bare better-sqlite3 connection with the same schema and pragmas, hand-written prepared
 * statements and no layer in between (no sql helper, no audit, no reference checks, no read-back).
 */
export function openRaw(file: string) {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  applyMigrations(db);
  const at = () => new Date().toISOString();
  const insertCompany = db.prepare('INSERT INTO companies (legal_name_ja, created_at, updated_at) VALUES (?, ?, ?)');
  const insertDesk = db.prepare(`INSERT INTO desks (
      company_id, kind, name_ja, name_en, department, person_in_charge, email, postal_code, address_ja, address_en,
      reception_days, closed_on_holidays, hours_from, hours_to, reception_note_ja, reception_note_en,
      inquiry_form_url, search_text, revision, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`);
  const insertPhone = db.prepare('INSERT INTO desk_phones (desk_id, position, label, number) VALUES (?, ?, ?, ?)');
  const insertLanguage = db.prepare('INSERT INTO desk_languages (desk_id, language) VALUES (?, ?)');

  function addDesk(v: DeskValues, now: string): void {
    const search = searchTextOf([v.nameJa, v.nameEn, v.department, v.personInCharge, v.email], v.phones.map((p) => p.number));
    const id = Number(
      insertDesk.run(
        v.companyId, v.kind, v.nameJa, v.nameEn, v.department, v.personInCharge, v.email, v.postalCode, v.addressJa,
        v.addressEn, daysToMask(v.receptionDays), v.closedOnHolidays ? 1 : 0, v.hoursFrom, v.hoursTo,
        v.receptionNoteJa, v.receptionNoteEn, v.inquiryFormUrl, search, now, now,
      ).lastInsertRowid,
    );
    v.phones.forEach((phone, position) => insertPhone.run(id, position, phone.label, phone.number));
    for (const language of v.languages) insertLanguage.run(id, language);
  }

  const pageRows = db.prepare(`SELECT d.*, c.legal_name_ja AS company_name FROM desks d JOIN companies c ON c.id = d.company_id
    WHERE d.company_id = ? AND d.search_text LIKE ? ESCAPE '\\' ORDER BY c.legal_name_ja, c.id, d.name_ja, d.id LIMIT ? OFFSET ?`);
  const pageCount = db.prepare(`SELECT count(*) FROM desks d WHERE d.company_id = ? AND d.search_text LIKE ? ESCAPE '\\'`).pluck();
  const phonesOf = db.prepare('SELECT * FROM desk_phones WHERE desk_id IN (SELECT value FROM json_each(?)) ORDER BY desk_id, position');
  const languagesOf = db.prepare('SELECT * FROM desk_languages WHERE desk_id IN (SELECT value FROM json_each(?))');

  return {
    db,
    addCompanies(count: number): number[] {
      const now = at();
      return db.transaction(() =>
        Array.from({ length: count }, (_, i) => Number(insertCompany.run(`会社${String(i).padStart(3, '0')}`, now, now).lastInsertRowid)),
      )();
    },
    /** All desks in one transaction. */
    insertMany(list: readonly DeskValues[]): void {
      const now = at();
      db.transaction(() => list.forEach((v) => addDesk(v, now)))();
    },
    /** One transaction per desk, as separate saves from the UI would be. */
    insertOne(v: DeskValues): void {
      db.transaction(() => addDesk(v, at()))();
    },
    page(companyId: number, query: string, limit: number) {
      const pattern = containsPattern(query);
      const rows = pageRows.all(companyId, pattern, limit, 0) as { id: number }[];
      const ids = JSON.stringify(rows.map((r) => r.id));
      return { rows, phones: phonesOf.all(ids), languages: languagesOf.all(ids), total: pageCount.get(companyId, pattern) };
    },
  };
}
