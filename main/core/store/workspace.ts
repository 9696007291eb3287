import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { asReadable, createPrivateFile, openConnection, openSnapshot, PRIVATE_FILE_MODE, type RawDB, type ReadableDB } from './connection';
import { backupBeforeMigration } from './backup';
import { inspectWorkspaceFile, type FileState } from './inspect';
import { ensureWorkspaceId, storedWorkspaceId } from './meta';
import { applyMigrations } from './migrate';
import { latestVersion, migrations as released } from './migrations';
import type { Migration } from './migrations/migration';
import { readIntegerPragma } from './pragmas';
import { diskFull, storageError, storageFailed, storageProblemOf, workspaceBusy, workspaceDamaged, workspaceReadOnly } from './storage-errors';
import { cannotOpen, emptyFile, folderMissing, workspaceExists, workspaceMissing, workspaceTooNew } from './workspace-errors';

/** An open workspace file: one connection, migrated to the current schema. */
export interface WorkspaceConnection {
  readonly path: string;
  /** The workspace's stable identity (workspace_meta), which every request must name. */
  readonly id: string;
  readonly db: ReadableDB;
  /** Opened for a read-only command: a private in-memory copy, so writes are refused before they start. */
  readonly readOnly: boolean;
  schemaVersion(): number;
  close(): void;
}

export interface OpenWorkspaceOptions {
  /**
   * 'open' refuses a missing file, 'create' refuses an existing one; 'openOrCreate' is for start-up. 'read' is for
   * commands that only read (info, check-policy, exports): it never creates, migrates, locks or changes the file.
   */
  mode?: 'open' | 'create' | 'openOrCreate' | 'read';
  now?: () => Date;
  /** Tests replace the released list to exercise upgrades that do not exist yet. */
  migrations?: readonly Migration[];
}

function removeCreated(file: string): void {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
}

/**
 * After refusing a file we opened (damaged, too new…), the -wal and -shm SQLite put beside it go again, if they were
 * not there before and hold nothing (an empty -wal): a refusal leaves the folder as it found it.
 */
function removeOwnJournals(file: string, existedBefore: ReadonlySet<string>): void {
  for (const suffix of ['-wal', '-shm']) {
    const journal = `${file}${suffix}`;
    if (existedBefore.has(suffix)) continue;
    try {
      if (suffix === '-wal' && fs.statSync(journal).size > 0) continue;
      fs.rmSync(journal, { force: true });
    } catch {
      // Not there: nothing to tidy.
    }
  }
}

/**
 * Whether the file's last session may have ended uncleanly, so a full check is due before use. SQLite deletes a
 * workspace's -wal when its last connection closes cleanly (checkpointed); a -wal still there means a crash, a power
 * cut or a forced quit — or another program has the file open right now (checked too, to be safe). Checking every
 * open instead cost 20 s on a 1.3 GB workspace (issue 15, start-up). Between full checks SQLite verifies each page as
 * it reads it, and a damaged page is named as such (storage-errors.ts); backups are checked in full when made.
 */
export function fullCheckDue(journalsBefore: ReadonlySet<string>): boolean {
  return journalsBefore.has('-wal');
}

/** PRAGMA quick_check: damaged pages are found when the file is opened, not later in the middle of a save. */
function checkIntact(db: RawDB, file: string): void {
  let result: unknown[];
  try {
    result = db.pragma('quick_check(1)', { simple: false }) as unknown[];
  } catch (error) {
    throw storageError(error, file) ?? error;
  }
  const first = result[0] as Record<string, unknown> | undefined;
  if (!first || Object.values(first)[0] !== 'ok') throw workspaceDamaged(file);
}

/** Before SQLite opens a file for writing: a read-only file, folder (for -wal/-shm) or drive is named as such. */
function checkWritable(file: string, state: FileState): void {
  const targets = state.kind === 'missing' ? [path.dirname(file)] : [file, path.dirname(file)];
  for (const target of targets) {
    try {
      fs.accessSync(target, fs.constants.W_OK);
    } catch (error) {
      if (storageProblemOf(error) === 'readonly') throw workspaceReadOnly(file);
      throw cannotOpen(file);
    }
  }
}

function openFailure(error: unknown, file: string): unknown {
  switch (storageProblemOf(error)) {
    case 'busy':
      return workspaceBusy(file);
    case 'readonly':
      return workspaceReadOnly(file);
    case 'full':
      return diskFull(file);
    // Only files whose header says they are workspaces get this far: unreadable pages are damage.
    case 'damaged':
    case 'notADatabase':
      return workspaceDamaged(file);
    case 'io':
      return storageFailed(file);
    default:
      return cannotOpen(file);
  }
}

function connectionOf(db: RawDB, file: string, id: string, readOnly: boolean): WorkspaceConnection {
  return {
    path: file,
    id,
    db: asReadable(db),
    readOnly,
    schemaVersion: () => readIntegerPragma(db, 'user_version'),
    close: () => {
      if (db.open) db.close();
    },
  };
}

/**
 * For 'read': the workspace as it is now, copied into memory. With a -wal beside it (the app has it open, or
 * crashed) a read-only connection reads through the WAL and serializes the result; otherwise the file's bytes are
 * the database. An older schema is migrated in the copy, never in the file.
 */
function openForReading(file: string, state: FileState, migrations: readonly Migration[]): WorkspaceConnection {
  if (state.kind === 'missing') throw workspaceMissing(file);
  if (state.kind === 'blank') throw emptyFile(file);
  let image: Buffer;
  const unclean = fs.existsSync(`${file}-wal`);
  try {
    if (unclean) {
      const live = openConnection(file, { readonly: true });
      try {
        image = live.serialize();
      } finally {
        live.close();
      }
    } else {
      image = fs.readFileSync(file);
    }
  } catch (error) {
    throw openFailure(error, file);
  }
  const db = openSnapshot(image);
  try {
    if (unclean) checkIntact(db, file);
    applyMigrations(db, migrations);
    // A file this version has not opened for writing has no id yet; this look must not give it one.
    return connectionOf(db, file, storedWorkspaceId(db) ?? randomUUID(), true);
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Opens (or creates) a workspace: refuses foreign, too-new, read-only and damaged files before writing anything,
 * backs an existing workspace up before the first pending migration, then migrates and makes sure it has its id.
 * A new file is created readable by its owner only.
 */
export async function openWorkspace(file: string, options: OpenWorkspaceOptions = {}): Promise<WorkspaceConnection> {
  const mode = options.mode ?? 'openOrCreate';
  const now = options.now ?? (() => new Date());
  const migrations = options.migrations ?? released;
  const latest = latestVersion(migrations);
  const absolute = path.resolve(file);
  // Whatever is there, creating never replaces it.
  if (mode === 'create' && fs.existsSync(absolute)) throw workspaceExists(absolute);
  const state = inspectWorkspaceFile(absolute, latest);
  if (mode === 'read') return openForReading(absolute, state, migrations);
  if (state.kind === 'missing' && mode === 'open') throw workspaceMissing(absolute);
  if (state.kind === 'missing' && !fs.existsSync(path.dirname(absolute))) throw folderMissing(path.dirname(absolute));
  checkWritable(absolute, state);

  const journalsBefore = new Set(['-wal', '-shm'].filter((suffix) => fs.existsSync(`${absolute}${suffix}`)));
  let db: RawDB;
  try {
    if (state.kind === 'missing') createPrivateFile(absolute);
    // An empty file becoming a workspace gets the same private mode as a new one.
    else if (state.kind === 'blank') fs.chmodSync(absolute, PRIVATE_FILE_MODE);
    db = openConnection(absolute);
  } catch (error) {
    if (storageProblemOf(error) === null && (error as { code?: string }).code === 'EEXIST') throw workspaceExists(absolute);
    removeOwnJournals(absolute, journalsBefore);
    throw openFailure(error, absolute);
  }
  try {
    if (state.kind === 'workspace' && fullCheckDue(journalsBefore)) checkIntact(db, absolute);
    const version = readIntegerPragma(db, 'user_version');
    if (version > latest) throw workspaceTooNew(absolute, version, latest);
    if (version > 0 && version < latest) await backupBeforeMigration(db, absolute, version, now());
    db.pragma('journal_mode = WAL');
    applyMigrations(db, migrations);
    const id = ensureWorkspaceId(db);
    return connectionOf(db, absolute, id, false);
  } catch (error) {
    db.close();
    if (state.kind === 'missing') removeCreated(absolute);
    else removeOwnJournals(absolute, journalsBefore);
    throw storageError(error, absolute) ?? error;
  }
}
