import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ParsedInput } from '../../../shared/contract';
import type { BackupItem, BackupList, BackupPreview, ImportResult, RestoreResult } from '../../../shared/contract/backup';
import { MAX_KEPT_BACKUPS } from '../../../shared/contract/backup';
import type { ExportResult } from '../../../shared/contract/exports';
import { AppError } from '../../../shared/errors';
import { audited } from '../audit/audited';
import type { CoreContext } from '../context';
import type { BackupPreferences } from '../settings/preferences';
import { SETTINGS_ENTITY } from '../settings/service';
import { listBackups as listMigrationBackups } from '../store/backup';
import { workspaceName } from '../workspace/recent';
import { copyWorkspaceInto } from './copy';
import { exportWorkspaceData } from './data-export';
import { importWorkspaceData, parseWorkspaceData } from './data-import';
import { previewBackupFile, countRecords } from './preview';
import { stageRestore, swapIn } from './restore-file';
import { backupFolderFor, listRollingBackups, parseStamp, stamp, writeRollingBackup } from './rolling';

/** The backup operations of the contract (shared/contract/backup.ts), on the open workspace. */
function japanDay(at: Date): string {
  return new Date(at.getTime() + 9 * 3600_000).toISOString().slice(0, 10);
}

export function currentBackupFolder(ctx: CoreContext): string {
  const connection = ctx.session.current();
  return backupFolderFor(connection.path, connection.id, ctx.preferences.backups().folder);
}

function migrationItem(file: string): BackupItem | null {
  const at = parseStamp(/\.backup-v\d+-(\d{8}T\d{9}Z)\.sqlite$/.exec(file)?.[1] ?? '');
  if (!at) return null;
  let sizeBytes: number;
  try {
    sizeBytes = fs.statSync(file).size;
  } catch {
    return null;
  }
  return { path: file, fileName: path.basename(file), kind: 'migration', at: at.toISOString(), sizeBytes };
}

export function listWorkspaceBackups(ctx: CoreContext): BackupList {
  const connection = ctx.session.current();
  const settings = ctx.preferences.backups();
  const folder = currentBackupFolder(ctx);
  const automatic: BackupItem[] = listRollingBackups(folder, connection.path).map((backup) => ({
    path: backup.path,
    fileName: path.basename(backup.path),
    kind: 'automatic',
    at: backup.at.toISOString(),
    sizeBytes: backup.sizeBytes,
  }));
  const migration = listMigrationBackups(connection.path).flatMap((file) => migrationItem(file) ?? []);
  const items = [...automatic, ...migration].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  return { settings, folder, items };
}

/** Only a backup the core listed may be previewed or restored from a page: never a path the page made up. */
function listedBackup(ctx: CoreContext, file: string): string {
  const found = listWorkspaceBackups(ctx).items.find((item) => item.path === file);
  if (!found) {
    throw new AppError(
      'not_found',
      {
        ja: `このバックアップは一覧にありません（${file}）。一覧を更新して選び直してください。`,
        en: `This backup is not in the list (${file}). Refresh the list and choose again.`,
      },
      ['path'],
    );
  }
  return found.path;
}

export function backupNow(ctx: CoreContext): BackupList {
  const connection = ctx.session.current();
  writeRollingBackup(connection.db, currentBackupFolder(ctx), connection.path, ctx.preferences.backups().keep, ctx.now());
  return listWorkspaceBackups(ctx);
}

/** The workspace as one self-contained file, for the save dialog (Electron) or a download (browser mode). */
export function saveCopy(ctx: CoreContext): ExportResult {
  const connection = ctx.session.current();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'appi-copy-'));
  try {
    const file = path.join(dir, 'copy.sqlite');
    copyWorkspaceInto(connection.db, file, ctx.now());
    return {
      fileName: `${workspaceName(connection.path)}_${japanDay(ctx.now())}.sqlite`,
      mimeType: 'application/vnd.sqlite3',
      base64: fs.readFileSync(file).toString('base64'),
      replacedCharacters: [],
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function previewBackup(ctx: CoreContext, file: string): Promise<BackupPreview> {
  return previewBackupFile(listedBackup(ctx, file), ctx.session.current().id);
}

/**
 * Restore: the backup is checked and copied beside the workspace first (nothing changes if that fails), then the
 * open file is closed, renamed aside and replaced, and reopened. No audit row: the restored file's trail is the
 * backup's own; the file kept aside holds everything after it.
 */
export async function restoreFrom(ctx: CoreContext, from: string, at: Date): Promise<RestoreResult> {
  // Checked and copied while the workspace stays open: a refused or damaged backup changes nothing at all.
  const staged = await stageRestore(ctx.session.current().path, from, at);
  let keptAside = '';
  try {
    const workspace = await ctx.session.replaceFile(async (file) => {
      const swapped = swapIn(file, staged, at);
      keptAside = swapped.keptAside;
      return swapped.undo;
    });
    return { workspace, keptAside, restoredFrom: from };
  } finally {
    fs.rmSync(staged, { force: true });
  }
}

export function restoreBackup(ctx: CoreContext, file: string): Promise<RestoreResult> {
  return restoreFrom(ctx, listedBackup(ctx, file), ctx.now());
}

function keepOutOfRange(): AppError {
  return new AppError(
    'validation',
    {
      ja: `保持する数は1から${MAX_KEPT_BACKUPS}までの整数で入力してください。`,
      en: `Enter the number of backups to keep as a whole number from 1 to ${MAX_KEPT_BACKUPS}.`,
    },
    ['keep'],
  );
}

export function configureBackups(ctx: CoreContext, input: ParsedInput<'backup.configure'>): BackupList {
  if (input.keep < 1 || input.keep > MAX_KEPT_BACKUPS) throw keepOutOfRange();
  const folder = input.folder === '' ? '' : path.resolve(input.folder);
  if (folder !== '' && !fs.existsSync(folder)) {
    throw new AppError(
      'validation',
      { ja: `バックアップの保存先フォルダが見つかりません（${folder}）。`, en: `The backup folder does not exist (${folder}).` },
      ['folder'],
    );
  }
  const before = ctx.preferences.backups();
  const after: BackupPreferences = { automatic: input.automatic, keep: input.keep, folder };
  if (before.automatic !== after.automatic || before.keep !== after.keep || before.folder !== after.folder) {
    audited(ctx, 'backup.configure', (tx) => {
      tx.record({ entity: SETTINGS_ENTITY, entityId: null, before: { backups: before }, after: { backups: after } });
      ctx.preferences.setBackups(after);
    });
  }
  return listWorkspaceBackups(ctx);
}

export function exportData(ctx: CoreContext): ExportResult {
  const connection = ctx.session.current();
  const data = exportWorkspaceData(ctx.db(), { id: connection.id, schemaVersion: connection.schemaVersion(), at: ctx.now() });
  return {
    fileName: `${workspaceName(connection.path)}_${japanDay(ctx.now())}.json`,
    mimeType: 'application/json',
    base64: Buffer.from(`${JSON.stringify(data, null, 2)}\n`, 'utf8').toString('base64'),
    replacedCharacters: [],
  };
}

export function importData(ctx: CoreContext, json: string): ImportResult {
  const result = importWorkspaceData(ctx.db(), parseWorkspaceData(json));
  return { ...result, counts: countRecords(ctx.db()) };
}

export { stamp };
