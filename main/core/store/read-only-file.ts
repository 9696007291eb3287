import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError, isAppError } from '../../../shared/errors';
import { asReadable, openConnection, type ReadableDB } from './connection';
import { inspectWorkspaceFile } from './inspect';
import { readIntegerPragma } from './pragmas';
import { workspaceMissing } from './workspace-errors';

/**
 * A workspace read for a check that must leave it exactly as it was (verify): not a byte written, and no -wal/-shm
 * created beside it. SQLite creates those even for a read-only connection to a WAL database, so:
 * - while an app has the file open (its -wal and -shm exist), it is read in place, where they already are;
 * - otherwise the file (with a -wal left by a crash) is copied to a private temporary folder and the copy is read.
 */
export async function withReadOnlyWorkspace<T>(file: string, work: (db: ReadableDB, version: number) => T): Promise<T> {
  const absolute = path.resolve(file);
  if (!fs.existsSync(absolute)) throw workspaceMissing(absolute);
  const live = fs.existsSync(`${absolute}-wal`) && fs.existsSync(`${absolute}-shm`);
  let dir: string | undefined;
  let target = absolute;
  if (!live) {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'appi-verify-'));
    target = path.join(dir, 'workspace.sqlite');
    fs.copyFileSync(absolute, target);
    if (fs.existsSync(`${absolute}-wal`)) fs.copyFileSync(`${absolute}-wal`, `${target}-wal`);
  }
  try {
    try {
      inspectWorkspaceFile(target);
    } catch (error) {
      // The refusal names the user's file, not the private copy.
      if (!isAppError(error)) throw error;
      const named = (text: string) => text.split(target).join(absolute);
      throw new AppError(error.code, { ja: named(error.text.ja), en: named(error.text.en) }, error.path);
    }
    const db = openConnection(target, { readonly: true });
    try {
      return work(asReadable(db), readIntegerPragma(db, 'user_version'));
    } finally {
      db.close();
    }
  } finally {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  }
}
