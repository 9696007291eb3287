import fs from 'node:fs';
import path from 'node:path';
import type { BackupPreferences } from '../settings/preferences';
import type { ReadableDB } from '../store/connection';
import { copyWorkspaceInto } from './copy';

/**
 * Automatic rolling backups: a full, consistent copy of the workspace (copy.ts) when it is opened and once a day
 * while it stays open, the newest `keep` kept and older ones deleted. By default they sit in a `<name>.backups`
 * folder beside the workspace, so they travel with it (a consultant's client folder) and are found by hand; a
 * folder chosen in Settings holds one `<name>.<id>.backups` folder per workspace instead, so two workspaces of the
 * same name never prune each other's copies. File names carry the UTC time, so they sort as time does.
 */
export const AUTOMATIC_INTERVAL_MS = 24 * 60 * 60 * 1000;

export function stamp(date: Date): string {
  // 2026-12-29T01:00:00.000Z → 20261229T010000000Z: sortable and valid in every file system.
  return date.toISOString().replace(/[-:.]/g, '');
}

export function parseStamp(text: string): Date | null {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(text);
  if (!match) return null;
  const [, y, mo, d, h, mi, s, ms] = match;
  const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

function baseName(workspacePath: string): string {
  return path.basename(workspacePath).replace(/\.sqlite$/i, '');
}

export function backupFolderFor(workspacePath: string, workspaceId: string, folder: string): string {
  const name = baseName(workspacePath);
  if (folder.trim() === '') return path.join(path.dirname(workspacePath), `${name}.backups`);
  return path.join(path.resolve(folder), `${name}.${workspaceId.slice(0, 8)}.backups`);
}

export interface RollingBackup {
  path: string;
  at: Date;
  sizeBytes: number;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The automatic backups in `folder`, newest first. */
export function listRollingBackups(folder: string, workspacePath: string): RollingBackup[] {
  const pattern = new RegExp(`^${escapeRegExp(baseName(workspacePath))}-(\\d{8}T\\d{9}Z)\\.sqlite$`);
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  const found: RollingBackup[] = [];
  for (const name of names) {
    const at = parseStamp(pattern.exec(name)?.[1] ?? '');
    if (!at) continue;
    const file = path.join(folder, name);
    try {
      found.push({ path: file, at, sizeBytes: fs.statSync(file).size });
    } catch {
      // Deleted meanwhile: not a backup any more.
    }
  }
  return found.sort((a, b) => b.at.getTime() - a.at.getTime() || (a.path < b.path ? 1 : -1));
}

/** Writes one backup now and deletes all but the newest `keep`. Returns the new file. */
export function writeRollingBackup(db: ReadableDB, folder: string, workspacePath: string, keep: number, at: Date): string {
  fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
  const target = path.join(folder, `${baseName(workspacePath)}-${stamp(at)}.sqlite`);
  copyWorkspaceInto(db, target, at);
  pruneRollingBackups(folder, workspacePath, keep);
  return target;
}

export function pruneRollingBackups(folder: string, workspacePath: string, keep: number): string[] {
  const removed: string[] = [];
  for (const old of listRollingBackups(folder, workspacePath).slice(keep)) {
    fs.rmSync(old.path, { force: true });
    removed.push(old.path);
  }
  return removed;
}

/** Due when automatic backups are on and the newest is a day old or more (or there is none). */
export function rollingBackupDue(preferences: BackupPreferences, folder: string, workspacePath: string, now: Date): boolean {
  if (!preferences.automatic) return false;
  const newest = listRollingBackups(folder, workspacePath)[0];
  // A backup "from the future" (a clock moved back) does not stop today's.
  return !newest || newest.at.getTime() > now.getTime() || now.getTime() - newest.at.getTime() >= AUTOMATIC_INTERVAL_MS;
}
