import fs from 'node:fs';
import path from 'node:path';
import { createPrivateFile, openConnection, type ReadableDB } from '../store/connection';

/**
 * A consistent copy of a workspace while it is in use: `VACUUM INTO` reads the whole database in one read
 * transaction through the connection, so what sits in -wal is included and a write committing meanwhile is either
 * wholly in the copy or not at all. The copy is written under a temporary name created 0600 (a copy of breach
 * records is as private as the workspace), switched out of WAL mode so it is one self-contained file, checked with
 * `quick_check`, flushed to disk and only then renamed to `target`: a failure never leaves a partial copy there.
 */
export function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** The rename itself is only durable once the folder's entry is on disk (not supported on Windows: skipped there). */
export function fsyncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(folder, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Windows cannot open a folder for fsync; NTFS journals the rename itself.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

export function temporaryBeside(target: string, at: Date): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${at.getTime()}-${process.pid}.tmp`);
}

export function copyWorkspaceInto(db: ReadableDB, target: string, at: Date = new Date()): void {
  const temporary = temporaryBeside(target, at);
  createPrivateFile(temporary);
  try {
    db.prepare('VACUUM INTO ?').run(temporary);
    const copy = openConnection(temporary);
    try {
      copy.pragma('journal_mode = DELETE');
      const check = copy.pragma('quick_check(1)', { simple: true });
      if (check !== 'ok') throw new Error(`the copy ${temporary} did not pass quick_check: ${String(check)}`);
    } finally {
      copy.close();
    }
    fsyncFile(temporary);
    fs.renameSync(temporary, target);
    fsyncFolder(path.dirname(target));
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    fs.rmSync(`${temporary}-journal`, { force: true });
    throw error;
  }
}
