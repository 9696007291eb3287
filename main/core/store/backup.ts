import fs from 'node:fs';
import path from 'node:path';
import { createPrivateFile, openConnection, type RawDB } from './connection';
import { readIntegerPragma } from './pragmas';

/**
 * Backups taken before a migration sit next to the workspace as
 * `<file>.backup-v<old version>-<UTC timestamp>.sqlite`, so a user can find and open them by hand.
 */
function stamp(date: Date): string {
  // 2025-01-31T09:15:00.123Z → 20250131T091500123Z: sortable and valid in every file system.
  return date.toISOString().replace(/[-:.]/g, '');
}

export function backupPathFor(workspacePath: string, version: number, at: Date): string {
  return `${workspacePath}.backup-v${version}-${stamp(at)}.sqlite`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Backups of this workspace, newest first. */
export function listBackups(workspacePath: string): string[] {
  const dir = path.dirname(workspacePath);
  const pattern = new RegExp(`^${escapeRegExp(path.basename(workspacePath))}\\.backup-v\\d+-(\\d{8}T\\d{9}Z)\\.sqlite$`);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .map((name) => ({ name, stamp: pattern.exec(name)?.[1] }))
    .filter((entry): entry is { name: string; stamp: string } => entry.stamp !== undefined)
    .sort((a, b) => (a.stamp < b.stamp ? 1 : a.stamp > b.stamp ? -1 : 0))
    .map((entry) => path.join(dir, entry.name));
}

/**
 * SQLite's online backup of the open connection, then a check that the copy opens and carries the old
 * version: a migration only runs once a usable copy of the data exists. The copy is switched out of WAL
 * mode so it is one self-contained file that can be moved or mailed as is.
 */
export async function backupBeforeMigration(db: RawDB, workspacePath: string, version: number, at: Date): Promise<string> {
  const target = backupPathFor(workspacePath, version, at);
  if (fs.existsSync(target)) throw new Error(`backup already exists: ${target}`);
  // A copy of breach records is as private as the workspace: created 0600 before SQLite writes into it.
  createPrivateFile(target);
  await db.backup(target);
  const copy = openConnection(target);
  try {
    copy.pragma('journal_mode = DELETE');
    const copied = readIntegerPragma(copy, 'user_version');
    if (copied !== version) throw new Error(`backup ${target} has version ${copied}, expected ${version}`);
  } finally {
    copy.close();
  }
  return target;
}
