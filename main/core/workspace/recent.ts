import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { RecentWorkspace } from '../../../shared/contract/workspace';
import { readJsonFile, writeJsonFileAtomic } from '../userdata/json-file';

/** The recent-workspaces list: app-level, in the user-data folder, newest first, at most ten. */
export const MAX_RECENT = 10;

const storedSchema = z.object({
  items: z
    .array(
      z.object({
        path: z.string(),
        openedAt: z.string(),
        // Cached from the file when it was last open: reading every listed file to show the list would be slow.
        displayName: z.string().catch('').default(''),
        clientLabel: z.string().catch('').default(''),
      }),
    )
    .catch([]),
});
type Stored = z.output<typeof storedSchema>;

export function workspaceName(file: string): string {
  return path.basename(file, path.extname(file));
}

function samePath(a: string, b: string): boolean {
  // Windows and macOS file systems are case-insensitive by default.
  return process.platform === 'linux' ? a === b : a.toLowerCase() === b.toLowerCase();
}

export interface RecentWorkspaces {
  list(): RecentWorkspace[];
  add(file: string, openedAt: Date, labels?: { displayName: string; clientLabel: string }): void;
  /** The cached labels of a listed file, by path (for the browser-mode picker). */
  labelsOf(file: string): { displayName: string; clientLabel: string } | null;
}

export function recentWorkspaces(userDataDir: string): RecentWorkspaces {
  const file = path.join(userDataDir, 'recent-workspaces.json');
  const read = (): Stored => readJsonFile(file, storedSchema, { items: [] });
  return {
    list() {
      return read()
        .items.slice(0, MAX_RECENT)
        .map((item) => ({
          path: item.path,
          name: workspaceName(item.path),
          displayName: item.displayName,
          clientLabel: item.clientLabel,
          openedAt: item.openedAt,
          exists: fs.existsSync(item.path),
        }));
    },
    add(workspacePath, openedAt, labels = { displayName: '', clientLabel: '' }) {
      const items = read().items.filter((item) => !samePath(item.path, workspacePath));
      items.unshift({ path: workspacePath, openedAt: openedAt.toISOString(), ...labels });
      writeJsonFileAtomic(file, { items: items.slice(0, MAX_RECENT) });
    },
    labelsOf(workspacePath) {
      const item = read().items.find((candidate) => samePath(candidate.path, workspacePath));
      return item ? { displayName: item.displayName, clientLabel: item.clientLabel } : null;
    },
  };
}
