import fs from 'node:fs';
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

/**
 * Statements are prepared once per connection and reused; keyed by text, which the sql helper keeps stable. Raw-mode
 * statements (rows as arrays) are kept apart: raw mode is a statement's state, and one text may be read both ways.
 */
type StatementCache = WeakMap<RawDB, Map<string, Database.Statement>>;
const statementCache: StatementCache = new WeakMap();
const tupleStatementCache: StatementCache = new WeakMap();

function cachedStatement(caches: StatementCache, db: RawDB, text: string, raw: boolean): Database.Statement {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let statement = cache.get(text);
  if (!statement) {
    statement = raw ? db.prepare(text).raw(true) : db.prepare(text);
    cache.set(text, statement);
  }
  return statement;
}

const prepare = (db: RawDB, query: SqlFragment) => cachedStatement(statementCache, db, query.text, false);

/** Rows as arrays of their columns in the SELECT's order: for long lists, where an object per row is most of the cost. */
export function queryTuples<Row extends readonly unknown[]>(db: ReadableDB, query: SqlFragment): Row[] {
  return cachedStatement(tupleStatementCache, db, query.text, true).all(...query.params) as Row[];
}

export function queryAll<Row>(db: ReadableDB, query: SqlFragment): Row[] {
  return prepare(db, query).all(...query.params) as Row[];
}

export function queryOne<Row>(db: ReadableDB, query: SqlFragment): Row | undefined {
  return prepare(db, query).get(...query.params) as Row | undefined;
}

/** Rows one by one, for a reader that stops early (leaving the loop resets the statement). */
export function queryIterate<Row>(db: ReadableDB, query: SqlFragment): IterableIterator<Row> {
  return prepare(db, query).iterate(...query.params) as IterableIterator<Row>;
}

/** The first column of the first row, e.g. a COUNT(*). */
export function queryValue<T>(db: ReadableDB, query: SqlFragment): T | undefined {
  const row = queryOne<Record<string, unknown>>(db, query);
  return row === undefined ? undefined : (Object.values(row)[0] as T);
}

export function execute(db: WritableDB, query: SqlFragment): Database.RunResult {
  return prepare(db, query).run(...query.params);
}

/**
 * How long a statement waits for another program's lock before failing with SQLITE_BUSY. Short on purpose: the
 * store runs on the main thread, so a long wait would freeze every request; the user gets a clear "busy, try
 * again" instead (storage-errors.ts).
 */
export const BUSY_TIMEOUT_MS = 250;

/** Workspaces hold breach records: only their owner may read them. SQLite gives -wal/-shm the same mode. */
export const PRIVATE_FILE_MODE = 0o600;

/** Creates an empty file only its owner can read, refusing to replace anything, before SQLite opens it. */
export function createPrivateFile(path: string): void {
  fs.closeSync(fs.openSync(path, 'wx', PRIVATE_FILE_MODE));
}

/** Opens a connection with the pragmas every workspace connection runs under. */
export function openConnection(path: string, options: { readonly?: boolean } = {}): RawDB {
  const binding = nativeBinding();
  const db = new Database(path, {
    readonly: options.readonly ?? false,
    fileMustExist: options.readonly ?? false,
    ...(binding ? { nativeBinding: binding } : {}),
  });
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  if (!options.readonly) {
    db.pragma('foreign_keys = ON');
    // These are evidence records: a committed write must survive a power cut.
    db.pragma('synchronous = FULL');
  }
  return db;
}

/**
 * A private in-memory copy of a database image (the bytes of a file, or `serialize()` of a connection): what a
 * read-only command works on, so it can never write to, lock or leave -wal/-shm beside the user's file. The header's
 * WAL marks (bytes 18–19) are reset first, since an in-memory database cannot be in WAL mode.
 */
export function openSnapshot(image: Buffer): RawDB {
  const bytes = Buffer.from(image);
  if (bytes.length >= 20 && bytes[18] === 2 && bytes[19] === 2) {
    bytes[18] = 1;
    bytes[19] = 1;
  }
  const binding = nativeBinding();
  const db = new Database(bytes, binding ? { nativeBinding: binding } : {});
  db.pragma('foreign_keys = ON');
  return db;
}

export function isSqliteError(error: unknown): error is Error & { code: string } {
  return error instanceof Database.SqliteError;
}
