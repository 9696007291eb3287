import Database from 'better-sqlite3';
import { nativeBinding } from './native-binding';
import type { SqlFragment } from './sql';

/**
 * Read and write handles are different types (after Signal's ReadableDB / WritableDB): a function that
 * only reads takes a ReadableDB and cannot be handed to code that writes by mistake. A WritableDB is only
 * ever created inside an audited transaction (see write.ts), so a write without an audit row does not
 * type-check.
 */
declare const readableBrand: unique symbol;
declare const writableBrand: unique symbol;
export type RawDB = Database.Database;
export type ReadableDB = RawDB & { readonly [readableBrand]: true };
export type WritableDB = ReadableDB & { readonly [writableBrand]: true };

export function asReadable(db: RawDB): ReadableDB {
  return db as ReadableDB;
}

/** Only write.ts, the migration runner and meta.ts (the file's own facts) may call this: it is how a transaction hands out write access. */
export function asWritable(db: RawDB): WritableDB {
  return db as WritableDB;
}

/** Chosen once and never changed: "APPI" in ASCII, so `file` and hex dumps name the format. */
export const APPLICATION_ID = 0x41505049;

/** Statements are prepared once per connection and reused; keyed by text, which the sql helper keeps stable. */
const statementCache = new WeakMap<RawDB, Map<string, Database.Statement>>();

function prepare(db: RawDB, query: SqlFragment): Database.Statement {
  let cache = statementCache.get(db);
  if (!cache) {
    cache = new Map();
    statementCache.set(db, cache);
  }
  let statement = cache.get(query.text);
  if (!statement) {
    statement = db.prepare(query.text);
    cache.set(query.text, statement);
  }
  return statement;
}

export function queryAll<Row>(db: ReadableDB, query: SqlFragment): Row[] {
  return prepare(db, query).all(...query.params) as Row[];
}

export function queryOne<Row>(db: ReadableDB, query: SqlFragment): Row | undefined {
  return prepare(db, query).get(...query.params) as Row | undefined;
}

/** The first column of the first row, e.g. a COUNT(*). */
export function queryValue<T>(db: ReadableDB, query: SqlFragment): T | undefined {
  const row = queryOne<Record<string, unknown>>(db, query);
  return row === undefined ? undefined : (Object.values(row)[0] as T);
}

export function execute(db: WritableDB, query: SqlFragment): Database.RunResult {
  return prepare(db, query).run(...query.params);
}

/** Opens a connection with the pragmas every workspace connection runs under. */
export function openConnection(path: string, options: { readonly?: boolean } = {}): RawDB {
  const binding = nativeBinding();
  const db = new Database(path, {
    readonly: options.readonly ?? false,
    fileMustExist: options.readonly ?? false,
    ...(binding ? { nativeBinding: binding } : {}),
  });
  db.pragma('busy_timeout = 5000');
  if (!options.readonly) {
    db.pragma('foreign_keys = ON');
    // These are evidence records: a committed write must survive a power cut.
    db.pragma('synchronous = FULL');
  }
  return db;
}

export function isSqliteError(error: unknown): error is Error & { code: string } {
  return error instanceof Database.SqliteError;
}
