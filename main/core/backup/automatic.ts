import type { PreferencesStore } from '../settings/preferences';
import type { WorkspaceConnection } from '../store/workspace';
import { backupFolderFor, rollingBackupDue, writeRollingBackup } from './rolling';

/**
 * Automatic backups for the app (Electron and browser mode; not the CLI, whose scripts open many files for a
 * moment): one when a workspace is opened if the newest is a day old or more, and a check every hour while it stays
 * open. A failed backup is logged and never stops the app.
 */
export const CHECK_EVERY_MS = 60 * 60 * 1000;

export interface AutomaticBackups {
  check(connection: WorkspaceConnection): string | null;
  start(current: () => WorkspaceConnection): void;
  stop(): void;
}

export function automaticBackups(deps: {
  preferences: PreferencesStore;
  now: () => Date;
  log: (message: string, error: unknown) => void;
}): AutomaticBackups {
  let timer: ReturnType<typeof setInterval> | undefined;
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
  return {
    check,
    start(current) {
      timer = setInterval(() => {
        try {
          check(current());
        } catch {
          // Closed meanwhile: nothing to back up.
        }
      }, CHECK_EVERY_MS);
      timer.unref?.();
    },
    stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
    },
  };
}
