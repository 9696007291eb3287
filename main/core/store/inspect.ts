import fs from 'node:fs';
import { APPLICATION_ID, openConnection } from './connection';
import { LATEST_VERSION } from './migrations';
import { readIntegerPragma } from './pragmas';
import { cannotOpen, notAWorkspace, workspaceTooNew } from './workspace-errors';

/**
 * What a path holds, decided before anything is written: the header is read as bytes and the pragmas
 * through a read-only connection, so refusing a file never changes it.
 */
export type FileState =
  | { kind: 'missing' }
  /** An empty file or an SQLite database without tables: nothing to lose, so it may become a workspace. */
  | { kind: 'blank' }
  | { kind: 'workspace'; version: number };

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

function readHeader(path: string): Buffer {
  const fd = fs.openSync(path, 'r');
  try {
    const header = Buffer.alloc(SQLITE_HEADER.length);
    const read = fs.readSync(fd, header, 0, header.length, 0);
    return header.subarray(0, read);
  } finally {
    fs.closeSync(fd);
  }
}

function errnoCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
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
  if (!header.equals(SQLITE_HEADER)) throw notAWorkspace(path);

  let applicationId: number;
  let version: number;
  let objects: number;
  try {
    const db = openConnection(path, { readonly: true });
    try {
      applicationId = readIntegerPragma(db, 'application_id');
      version = readIntegerPragma(db, 'user_version');
      objects = Number(db.prepare(`SELECT count(*) FROM sqlite_schema WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'`).pluck().get());
    } finally {
      db.close();
    }
  } catch {
    // Corrupt, encrypted, or truncated: SQLite cannot read it, so neither can we.
    throw notAWorkspace(path);
  }

  if (applicationId === APPLICATION_ID) {
    if (version > latest) throw workspaceTooNew(path, version, latest);
    return { kind: 'workspace', version };
  }
  if (applicationId === 0 && version === 0 && objects === 0) return { kind: 'blank' };
  throw notAWorkspace(path);
}
