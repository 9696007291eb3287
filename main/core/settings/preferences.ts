import path from 'node:path';
import { z } from 'zod';
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
}

export function preferencesStore(userDataDir: string): PreferencesStore {
  const file = path.join(userDataDir, 'preferences.json');
  let cached: Preferences | undefined;
  return {
    get() {
      cached ??= readJsonFile(file, preferencesSchema, defaultPreferences);
      return cached;
    },
    set(preferences) {
      writeJsonFileAtomic(file, preferences);
      cached = preferences;
      return preferences;
    },
  };
}
