import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { listBackups } from './backup';
import { isSqliteError } from './connection';

/**
 * Storage failures named for the user, in both languages, with what to do: SQLite's result codes (and the file
 * system's errno codes for what we do to files ourselves) become AppErrors instead of "unexpected error… try
 * again". Each says whether anything was saved — nothing was: every write is one transaction.
 */
export type StorageProblem = 'busy' | 'full' | 'readonly' | 'damaged' | 'notADatabase' | 'cannotOpen' | 'io';

const errnoProblems: Record<string, StorageProblem> = {
  ENOSPC: 'full',
  EDQUOT: 'full',
  EROFS: 'readonly',
  EACCES: 'readonly',
  EPERM: 'readonly',
  EBUSY: 'busy',
  EIO: 'io',
};

/** What kind of storage failure `error` is, or null for anything else (a bug stays a bug). */
export function storageProblemOf(error: unknown): StorageProblem | null {
  if (isSqliteError(error)) {
    // Extended codes carry a suffix: SQLITE_BUSY_SNAPSHOT, SQLITE_READONLY_DBMOVED, SQLITE_IOERR_WRITE …
    const code = error.code;
    const is = (base: string) => code === base || code.startsWith(`${base}_`);
    if (is('SQLITE_BUSY') || is('SQLITE_LOCKED')) return 'busy';
    if (is('SQLITE_FULL')) return 'full';
    if (is('SQLITE_READONLY') || is('SQLITE_PERM') || is('SQLITE_AUTH')) return 'readonly';
    if (is('SQLITE_CORRUPT')) return 'damaged';
    if (is('SQLITE_NOTADB')) return 'notADatabase';
    if (is('SQLITE_CANTOPEN')) return 'cannotOpen';
    if (is('SQLITE_IOERR') || is('SQLITE_PROTOCOL') || is('SQLITE_NOLFS')) return 'io';
    return null;
  }
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') {
    return errnoProblems[error.code] ?? null;
  }
  return null;
}

export function workspaceBusy(file: string): AppError {
  return new AppError(
    'storage_busy',
    {
      ja: `ワークスペース（${path.basename(file)}）は別のプログラムが使用中です。変更は保存されていません。少し待ってからもう一度お試しください。同じファイルを別のアプリやコピー・同期ソフトで開いていないか確認してください。`,
      en: `Another program is using the workspace (${path.basename(file)}). Nothing was saved. Wait a moment and try again; check that no other app, copy or sync tool has the same file open.`,
    },
  );
}

export function diskFull(file: string): AppError {
  return new AppError(
    'storage_full',
    {
      ja: `ディスクの空き容量が足りません（${path.dirname(file)}）。変更は保存されていません。不要なファイルを削除して空き容量を確保してから、もう一度お試しください。`,
      en: `The disk is full (${path.dirname(file)}). Nothing was saved. Free some space, then try again.`,
    },
  );
}

export function workspaceReadOnly(file: string): AppError {
  return new AppError(
    'storage_readonly',
    {
      ja: `ワークスペース（${file}）は読み取り専用のため書き込めません。ファイルやフォルダーの書き込み権限、または読み取り専用のドライブ（CD、書き込み禁止のUSBメモリ、読み取り専用の共有フォルダー）でないかを確認してください。変更は保存されていません。`,
      en: `The workspace (${file}) is read-only, so nothing can be written. Check the file's and folder's write permissions, or whether the drive is read-only (a CD, a write-protected USB stick, a read-only share). Nothing was saved.`,
    },
    ['path'],
  );
}

/** Damaged pages: offer the newest backup beside the file, which the user can put back while the app is closed. */
export function workspaceDamaged(file: string, backups: readonly string[] = listBackups(file)): AppError {
  const latest = backups[0];
  const restore = latest
    ? {
        ja: `最新のバックアップは ${latest} です（ほかに${backups.length - 1}件）。アプリを閉じ、損傷したファイルを別の名前で保管してから、バックアップを元のファイル名でコピーして開いてください。`,
        en: `The latest backup is ${latest} (${backups.length - 1} more). Close the app, keep the damaged file under another name, copy the backup to the original name and open it.`,
      }
    : {
        ja: 'このワークスペースのバックアップは見つかりません。ファイルを削除せずに保管し、別の場所のコピーがないか確認してください。',
        en: 'No backup of this workspace was found. Keep the file (do not delete it) and look for a copy elsewhere.',
      };
  return new AppError(
    'workspace_damaged',
    {
      ja: `ワークスペース（${file}）のデータが損傷しています。これ以上の書き込みはしていません。${restore.ja}`,
      en: `The workspace (${file}) is damaged. Nothing more was written to it. ${restore.en}`,
    },
    ['path'],
  );
}

export function storageFailed(file: string): AppError {
  return new AppError(
    'storage_failed',
    {
      ja: `ワークスペース（${file}）の読み書き中にディスクのエラーが発生しました。変更は保存されていません。ドライブが接続されているか（USBメモリ、ネットワークドライブ）を確認し、アプリを起動し直してください。`,
      en: `The disk reported an error while reading or writing the workspace (${file}). Nothing was saved. Check that its drive (a USB stick, a network drive) is connected, then restart the app.`,
    },
  );
}

/**
 * The AppError for a storage failure of the workspace at `file`, or null when `error` is not one. `notADatabase`
 * and `cannotOpen` only arise on open, where workspace-errors.ts words them; met later they mean damage.
 */
export function storageError(error: unknown, file: string): AppError | null {
  switch (storageProblemOf(error)) {
    case 'busy':
      return workspaceBusy(file);
    case 'full':
      return diskFull(file);
    case 'readonly':
      return workspaceReadOnly(file);
    case 'damaged':
    case 'notADatabase':
      return workspaceDamaged(file);
    case 'io':
    case 'cannotOpen':
      return storageFailed(file);
    default:
      return null;
  }
}
