import fs from 'node:fs';
import path from 'node:path';
import { asReadable, openConnection, type RawDB, type ReadableDB } from './connection';
import { backupBeforeMigration } from './backup';
import { inspectWorkspaceFile } from './inspect';
import { applyMigrations } from './migrate';
import { latestVersion, migrations as released } from './migrations';
import type { Migration } from './migrations/migration';
import { readIntegerPragma } from './pragmas';
import { cannotOpen, folderMissing, workspaceExists, workspaceMissing, workspaceTooNew } from './workspace-errors';

/** An open workspace file: one connection, migrated to the current schema. */
export interface WorkspaceConnection {
  readonly path: string;
  readonly db: ReadableDB;
  schemaVersion(): number;
  close(): void;
}

export interface OpenWorkspaceOptions {
  /** 'open' refuses a missing file, 'create' refuses an existing one; 'openOrCreate' is for start-up. */
  mode?: 'open' | 'create' | 'openOrCreate';
  now?: () => Date;
  /** Tests replace the released list to exercise upgrades that do not exist yet. */
  migrations?: readonly Migration[];
}

function removeCreated(file: string): void {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
}

/**
 * Opens (or creates) a workspace: refuses foreign and too-new files before writing anything, backs an
 * existing workspace up before the first pending migration, then migrates.
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
  if (state.kind === 'missing' && mode === 'open') throw workspaceMissing(absolute);
  if (state.kind === 'missing' && !fs.existsSync(path.dirname(absolute))) throw folderMissing(path.dirname(absolute));

  let db: RawDB;
  try {
    db = openConnection(absolute);
  } catch {
    throw cannotOpen(absolute);
  }
  try {
    const version = readIntegerPragma(db, 'user_version');
    if (version > latest) throw workspaceTooNew(absolute, version, latest);
    if (version > 0 && version < latest) await backupBeforeMigration(db, absolute, version, now());
    db.pragma('journal_mode = WAL');
    applyMigrations(db, migrations);
  } catch (error) {
    db.close();
    if (state.kind === 'missing') removeCreated(absolute);
    throw error;
  }

  const readable = asReadable(db);
  return {
    path: absolute,
    db: readable,
    schemaVersion: () => readIntegerPragma(db, 'user_version'),
    close: () => {
      if (db.open) db.close();
    },
  };
}
