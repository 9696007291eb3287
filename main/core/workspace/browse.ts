import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import type { FolderEntry, FolderListing } from '../../../shared/contract/workspace';
import type { RecentWorkspaces } from './recent';

/** A folder holds at most this many listed entries; past it the picker says the list is cut. */
const MAX_ENTRIES = 500;

function folderMissing(dir: string): AppError {
  return new AppError(
    'validation',
    {
      ja: `フォルダ「${dir}」を開けません。存在し、読み取りできるフォルダを選んでください。`,
      en: `The folder "${dir}" cannot be opened. Choose a folder that exists and can be read.`,
    },
    ['dir'],
  );
}

/**
 * Browser mode's picker, which has no native dialog: the sub-folders and `.sqlite` files of one folder, folders
 * first, by name. Backups (`*.backup-v…`, `*.before-restore-…`) and hidden entries are left out: a picker that offers
 * them invites opening a backup as if it were the workspace. It only lists; opening still goes through
 * workspace.open, which refuses a file that is not a workspace.
 */
export function browseFolder(dir: string, recent: RecentWorkspaces): FolderListing {
  const absolute = path.resolve(dir);
  let names: fs.Dirent[];
  try {
    names = fs.readdirSync(absolute, { withFileTypes: true });
  } catch {
    throw folderMissing(dir);
  }
  const entries: FolderEntry[] = [];
  for (const dirent of names) {
    if (dirent.name.startsWith('.')) continue;
    const full = path.join(absolute, dirent.name);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(full);
    } catch {
      continue; // a broken link or a file gone meanwhile
    }
    const isWorkspace = stat.isFile() && /\.sqlite$/i.test(dirent.name) && !/\.(backup-v\d+|before-restore)-/i.test(dirent.name);
    if (!stat.isDirectory() && !isWorkspace) continue;
    const labels = isWorkspace ? recent.labelsOf(full) : null;
    entries.push({
      name: dirent.name,
      path: full,
      kind: stat.isDirectory() ? 'folder' : 'workspace',
      displayName: labels?.displayName ?? '',
      clientLabel: labels?.clientLabel ?? '',
      sizeBytes: stat.isDirectory() ? 0 : stat.size,
      modifiedAt: stat.mtime.toISOString(),
    });
  }
  entries.sort((a, b) => (a.kind === b.kind ? a.name.localeCompare(b.name, 'ja') : a.kind === 'folder' ? -1 : 1));
  const parent = path.dirname(absolute);
  return {
    dir: absolute,
    parent: parent === absolute ? null : parent,
    separator: path.sep,
    entries: entries.slice(0, MAX_ENTRIES),
    truncated: entries.length > MAX_ENTRIES,
  };
}
