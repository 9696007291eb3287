import type { PreferencesStore } from '../settings/preferences';
import type { WorkspaceConnection } from '../store/workspace';
import { backupFolderFor, rollingBackupDue, writeRollingBackup } from './rolling';

/**
 * Automatic backups for the app (Electron and browser mode; not the CLI, whose scripts open many files for a
 * moment): at most one a day, checked a while after a workspace is opened, every hour while it stays open, and when
 * it is closed before the delayed check ran. Never when it is opened: the copy reads the whole file (50 s for a
 * 2.6 GB workspace), which would stand between the user and the first screen. A failed backup is logged and never
 * stops the app.
 */
export const CHECK_EVERY_MS = 60 * 60 * 1000;
/** Long enough for the first screen and the first few clicks; short enough that most sessions reach it. */
export const AFTER_OPEN_DELAY_MS = 60 * 1000;

export interface AutomaticBackups {
  check(connection: WorkspaceConnection): string | null;
  /** A workspace was opened: its check runs after the delay, on whatever workspace is current then. */
  afterOpen(current: () => WorkspaceConnection): void;
  start(current: () => WorkspaceConnection): void;
  /** Stops the timers; a check that was still waiting runs now on `connection` (about to close), so the day keeps its backup. */
  stop(connection?: WorkspaceConnection): void;
}

export function automaticBackups(deps: {
  preferences: PreferencesStore;
  now: () => Date;
  log: (message: string, error: unknown) => void;
  delayMs?: number;
}): AutomaticBackups {
  let timer: ReturnType<typeof setInterval> | undefined;
  let waiting: ReturnType<typeof setTimeout> | undefined;
  const check = (connection: WorkspaceConnection): string | null => {
    if (connection.readOnly) return null;
    try {
      const preferences = deps.preferences.backups();
      const folder = backupFolderFor(connection.path, connection.id, preferences.folder);
      const now = deps.now();
      if (!rollingBackupDue(preferences, folder, connection.path, now)) return null;
      return writeRollingBackup(connection.db, folder, connection.path, preferences.keep, now);
    } catch (error) {
      deps.log(`automatic backup of ${connection.path} failed`, error);
      return null;
    }
  };
  const checkCurrent = (current: () => WorkspaceConnection) => {
    try {
      check(current());
    } catch {
      // Closed meanwhile: nothing to back up.
    }
  };
  return {
    check,
    afterOpen(current) {
      if (waiting) clearTimeout(waiting);
      waiting = setTimeout(() => {
        waiting = undefined;
        checkCurrent(current);
      }, deps.delayMs ?? AFTER_OPEN_DELAY_MS);
      waiting.unref?.();
    },
    start(current) {
      timer = setInterval(() => checkCurrent(current), CHECK_EVERY_MS);
      timer.unref?.();
    },
    stop(connection) {
      if (timer) clearInterval(timer);
      timer = undefined;
      if (!waiting) return;
      clearTimeout(waiting);
      waiting = undefined;
      if (connection) check(connection);
    },
  };
}
