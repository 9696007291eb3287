import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { RecentWorkspace } from '../../../shared/contract/workspace';
import { readJsonFile, writeJsonFileAtomic } from '../userdata/json-file';

/** The recent-workspaces list: app-level, in the user-data folder, newest first, at most ten. */
export const MAX_RECENT = 10;

const storedSchema = z.object({
  items: z.array(z.object({ path: z.string(), openedAt: z.string() })).catch([]),
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
  add(file: string, openedAt: Date): void;
}

export function recentWorkspaces(userDataDir: string): RecentWorkspaces {
  const file = path.join(userDataDir, 'recent-workspaces.json');
  const read = (): Stored => readJsonFile(file, storedSchema, { items: [] });
  return {
    list() {
      return read()
        .items.slice(0, MAX_RECENT)
        .map((item) => ({ path: item.path, name: workspaceName(item.path), openedAt: item.openedAt, exists: fs.existsSync(item.path) }));
    },
    add(workspacePath, openedAt) {
      const items = read().items.filter((item) => !samePath(item.path, workspacePath));
      items.unshift({ path: workspacePath, openedAt: openedAt.toISOString() });
      writeJsonFileAtomic(file, { items: items.slice(0, MAX_RECENT) });
    },
  };
}
