import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { inspectWorkspaceFile } from '../store/inspect';
import { withReadOnlyWorkspace } from '../store/read-only-file';
import { notAWorkspace, workspaceMissing } from '../store/workspace-errors';
import { copyWorkspaceInto, fsyncFolder } from './copy';
import { stamp } from './rolling';

/**
 * Restoring a backup over a workspace file that no connection holds: the backup is checked (a workspace, not newer
 * than this app, intact), copied beside the workspace under a temporary name (a consistent copy, flushed to disk),
 * the current file renamed aside to `<name>.before-restore-<time>.sqlite`, and the copy renamed into place. Each
 * rename is atomic, so at every moment the workspace's name holds either the old file or the whole backup.
 */
export function keptAsidePath(workspacePath: string, at: Date): string {
  const name = path.basename(workspacePath).replace(/\.sqlite$/i, '');
  return path.join(path.dirname(workspacePath), `${name}.before-restore-${stamp(at)}.sqlite`);
}

function damagedBackup(file: string): AppError {
  return new AppError(
    'workspace_damaged',
    {
      ja: `このバックアップは破損しているため復元できません（${file}）。別のバックアップを選んでください。ファイルは変更していません。`,
      en: `This backup is damaged and cannot be restored (${file}). Choose another backup. Nothing was changed.`,
    },
    ['path'],
  );
}

export function workspaceInUse(file: string): AppError {
  return new AppError(
    'storage_busy',
    {
      ja: `ワークスペースが別のプログラム（アプリやコマンド）で開かれているため復元できません（${file}）。そのプログラムを閉じてから、もう一度実行するか、アプリの 設定 › ワークスペース から復元してください。ファイルは変更していません。`,
      en: `The workspace is open in another program (the app or a command), so it cannot be restored (${file}). Close that program and run this again, or restore from Settings › Workspace in the app. Nothing was changed.`,
    },
    ['path'],
  );
}

/** Refuses, naming the reason, a file that is missing, not a workspace, newer than this app, or damaged. */
export function checkRestorable(file: string): void {
  const state = inspectWorkspaceFile(file);
  if (state.kind === 'missing') throw workspaceMissing(file);
  if (state.kind === 'blank') throw notAWorkspace(file);
}

function intactCopy(db: Parameters<typeof copyWorkspaceInto>[0], file: string, staged: string, at: Date): void {
  const check = db.pragma('quick_check(1)', { simple: true });
  if (check !== 'ok') throw damagedBackup(file);
  copyWorkspaceInto(db, staged, at);
}

/** Copies `from` beside the workspace, ready to be renamed into place; the caller removes it on failure. */
export async function stageRestore(workspacePath: string, from: string, at: Date): Promise<string> {
  const source = path.resolve(from);
  checkRestorable(source);
  const staged = path.join(path.dirname(workspacePath), `.${path.basename(workspacePath)}.restoring-${stamp(at)}.sqlite`);
  await withReadOnlyWorkspace(source, (db) => intactCopy(db, source, staged, at));
  return staged;
}

/** A -wal with content means another connection still holds the workspace: its pages must not meet another file. */
export function heldByAnother(workspacePath: string): boolean {
  try {
    return fs.statSync(`${workspacePath}-wal`).size > 0;
  } catch {
    return false;
  }
}

/**
 * Puts the staged copy in place of the workspace (closed by the caller). Returns where the old file went and how to
 * undo the swap if the restored file then fails to open.
 */
export function swapIn(workspacePath: string, staged: string, at: Date): { keptAside: string; undo: () => void } {
  if (heldByAnother(workspacePath)) throw workspaceInUse(workspacePath);
  const keptAside = keptAsidePath(workspacePath, at);
  const existed = fs.existsSync(workspacePath);
  if (existed) fs.renameSync(workspacePath, keptAside);
  // Empty journals of the old file (left by a reader) must not be taken for the restored file's.
  for (const suffix of ['-wal', '-shm']) fs.rmSync(`${workspacePath}${suffix}`, { force: true });
  fs.renameSync(staged, workspacePath);
  fsyncFolder(path.dirname(workspacePath));
  return {
    keptAside,
    undo: () => {
      for (const suffix of ['-wal', '-shm']) fs.rmSync(`${workspacePath}${suffix}`, { force: true });
      if (existed) fs.renameSync(keptAside, workspacePath);
      else fs.rmSync(workspacePath, { force: true });
      fsyncFolder(path.dirname(workspacePath));
    },
  };
}
