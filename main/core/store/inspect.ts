import fs from 'node:fs';
import { APPLICATION_ID, openConnection, openSnapshot, type RawDB } from './connection';
import { LATEST_VERSION } from './migrations';
import { readIntegerPragma } from './pragmas';
import { storageProblemOf, workspaceBusy } from './storage-errors';
import { cannotOpen, notAWorkspace, workspaceTooNew } from './workspace-errors';

/**
 * What a path holds, decided before anything is written: read from the file's header as bytes (or, while a -wal
 * sits beside it, through a read-only connection), so refusing a file never changes it or leaves anything beside it.
 */
export type FileState =
  | { kind: 'missing' }
  /** An empty file or an SQLite database without tables: nothing to lose, so it may become a workspace. */
  | { kind: 'blank' }
  | { kind: 'workspace'; version: number };

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
/** The database header is the first 100 bytes; user_version and application_id are big-endian at 60 and 68. */
const HEADER_SIZE = 100;
/** A database without tables is one or two pages; anything bigger holding nothing of ours is someone else's. */
const BLANK_MAX_BYTES = 2 * 65536;

function readHeader(path: string): Buffer {
  const fd = fs.openSync(path, 'r');
  try {
    const header = Buffer.alloc(HEADER_SIZE);
    const read = fs.readSync(fd, header, 0, header.length, 0);
    return header.subarray(0, read);
  } finally {
    fs.closeSync(fd);
  }
}

function errnoCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

interface Facts {
  applicationId: number;
  version: number;
  /** Tables, indexes, views and triggers; only counted where it decides between blank and foreign. */
  objects: () => number;
}

const countObjects = (db: RawDB) =>
  Number(db.prepare(`SELECT count(*) FROM sqlite_schema WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'`).pluck().get());

/**
 * A -wal beside the file may hold newer pages than the file itself (a workspace just created, or one open in a
 * running app), so the header is only trusted without one; with one, a read-only connection reads through it
 * (its -wal already exists, so nothing new appears beside the file but, at most, its -shm).
 */
function factsThroughConnection(path: string): Facts {
  try {
    const db = openConnection(path, { readonly: true });
    try {
      const facts = {
        applicationId: readIntegerPragma(db, 'application_id') >>> 0,
        version: readIntegerPragma(db, 'user_version'),
        objectCount: countObjects(db),
      };
      return { applicationId: facts.applicationId, version: facts.version, objects: () => facts.objectCount };
    } finally {
      db.close();
    }
  } catch (error) {
    if (storageProblemOf(error) === 'busy') throw workspaceBusy(path);
    // Corrupt, encrypted, or truncated: SQLite cannot read it, so neither can we.
    throw notAWorkspace(path);
  }
}

/** Without a -wal the file is the whole database: its header answers, and a small file is read into memory. */
function factsFromFile(path: string, header: Buffer, size: number): Facts {
  return {
    applicationId: header.readUInt32BE(68),
    version: header.readUInt32BE(60),
    objects: () => {
      if (size > BLANK_MAX_BYTES) return Infinity;
      try {
        const db = openSnapshot(fs.readFileSync(path));
        try {
          return countObjects(db);
        } finally {
          db.close();
        }
      } catch {
        return Infinity;
      }
    },
  };
}

export function inspectWorkspaceFile(path: string, latest: number = LATEST_VERSION): FileState {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(path);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return { kind: 'missing' };
    throw cannotOpen(path);
  }
  if (!stat.isFile()) throw notAWorkspace(path);
  if (stat.size === 0) return { kind: 'blank' };

  let header: Buffer;
  try {
    header = readHeader(path);
  } catch {
    throw cannotOpen(path);
  }
  if (header.length < HEADER_SIZE || !header.subarray(0, SQLITE_HEADER.length).equals(SQLITE_HEADER)) throw notAWorkspace(path);

  const facts = fs.existsSync(`${path}-wal`) ? factsThroughConnection(path) : factsFromFile(path, header, stat.size);
  if (facts.applicationId === APPLICATION_ID) {
    if (facts.version > latest) throw workspaceTooNew(path, facts.version, latest);
    return { kind: 'workspace', version: facts.version };
  }
  if (facts.applicationId === 0 && facts.version === 0 && facts.objects() === 0) return { kind: 'blank' };
  throw notAWorkspace(path);
}
