import Database from 'better-sqlite3';
import { onTestFinished } from 'vitest';

/** A second, independent connection for looking at a workspace file the way an auditor's tool would. */
export function rawConnection(file: string, options: { readonly?: boolean } = {}): Database.Database {
  const db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: true });
  db.pragma('foreign_keys = ON');
  onTestFinished(() => {
    if (db.open) db.close();
  });
  return db;
}

/** Every row of every user table, keyed by table: a comparable picture of a database's data. */
export function dumpData(db: Database.Database): Record<string, unknown[]> {
  const tables = db
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name`)
    .pluck()
    .all() as string[];
  const dump: Record<string, unknown[]> = {};
  for (const table of tables) {
    // Table names come from sqlite_schema itself, quoted as identifiers.
    dump[table] = db.prepare(`SELECT * FROM "${table.replace(/"/g, '""')}" ORDER BY 1`).all();
  }
  return dump;
}

export function countRows(db: Database.Database, table: 'companies' | 'desks' | 'desk_phones' | 'desk_languages' | 'audit_log'): number {
  const statements = {
    companies: 'SELECT count(*) FROM companies',
    desks: 'SELECT count(*) FROM desks',
    desk_phones: 'SELECT count(*) FROM desk_phones',
    desk_languages: 'SELECT count(*) FROM desk_languages',
    audit_log: 'SELECT count(*) FROM audit_log',
  } as const;
  return Number(db.prepare(statements[table]).pluck().get());
}

/**
 * The rows of `after` restricted to the columns each row had in `before`: later migrations add columns with defaults,
 * and an upgrade test checks that the older columns kept their values.
 */
export function withColumnsOf(before: unknown[], after: unknown[]): unknown[] {
  type Row = Record<string, unknown>;
  return (after as Row[]).map((row, i) => {
    const old = (before as Row[])[i] ?? row;
    return Object.fromEntries(Object.keys(old).map((key) => [key, row[key]]));
  });
}
