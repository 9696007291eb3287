import path from 'node:path';
import { z } from 'zod';
import { MAX_KEPT_BACKUPS } from '../../../shared/contract/backup';
import { languages } from '../../../shared/contract/settings';
import { readJsonFile, writeJsonFileAtomic } from '../userdata/json-file';

/** App preferences: kept in the user-data folder, not in a workspace, since they belong to the person. */
const preferencesSchema = z.object({
  userName: z.string().catch(''),
  language: z.enum(languages).catch('ja'),
});
export type Preferences = z.output<typeof preferencesSchema>;

export const defaultPreferences: Preferences = { userName: '', language: 'ja' };

export interface PreferencesStore {
  get(): Preferences;
  set(preferences: Preferences): Preferences;
  /** Automatic backups (main/core/backup/rolling.ts): kept in the same file under `backups`. */
  backups(): BackupPreferences;
  setBackups(preferences: BackupPreferences): BackupPreferences;
}

const backupPreferencesSchema = z.object({
  /** A copy on opening a workspace and once a day while it stays open. */
  automatic: z.boolean().catch(true),
  keep: z.number().int().min(1).max(MAX_KEPT_BACKUPS).catch(10),
  /** '' = a `<name>.backups` folder beside each workspace. */
  folder: z.string().catch(''),
});
export type BackupPreferences = z.output<typeof backupPreferencesSchema>;
export const defaultBackupPreferences: BackupPreferences = { automatic: true, keep: 10, folder: '' };

/** Each part of the file is written without losing the other (or keys a newer version added). */
function readObject(file: string): Record<string, unknown> {
  return readJsonFile(file, z.record(z.string(), z.unknown()), {});
}

export function preferencesStore(userDataDir: string): PreferencesStore {
  const file = path.join(userDataDir, 'preferences.json');
  let cached: Preferences | undefined;
  let cachedBackups: BackupPreferences | undefined;
  return {
    get() {
      cached ??= readJsonFile(file, preferencesSchema, defaultPreferences);
      return cached;
    },
    set(preferences) {
      writeJsonFileAtomic(file, { ...readObject(file), ...preferences });
      cached = preferences;
      return preferences;
    },
    backups() {
      cachedBackups ??= backupPreferencesSchema.catch(defaultBackupPreferences).parse(readObject(file).backups ?? {});
      return cachedBackups;
    },
    setBackups(preferences) {
      writeJsonFileAtomic(file, { ...readObject(file), backups: preferences });
      cachedBackups = preferences;
      return preferences;
    },
  };
}
