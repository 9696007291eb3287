import { AppError } from '../../../shared/errors';

/** Refusals when opening a file; each names the path field, so the open dialog can show it there. */
export function notAWorkspace(path: string): AppError {
  return new AppError(
    'workspace_invalid',
    {
      ja: `このファイルは APPI Workbench のワークスペースではありません（${path}）。ファイルは変更していません。別のファイルを選んでください。`,
      en: `This file is not an APPI Workbench workspace (${path}). It was left unchanged. Choose another file.`,
    },
    ['path'],
  );
}

/** An empty file: a read-only command must not make it a workspace, so it is named rather than created. */
export function emptyFile(path: string): AppError {
  return new AppError(
    'workspace_invalid',
    {
      ja: `このファイルは空で、ワークスペースではありません（${path}）。ファイルは変更していません。新しいワークスペースはアプリの「新しいワークスペース」で作成してください。`,
      en: `This file is empty and is not a workspace (${path}). It was left unchanged. Create a new workspace with "New Workspace" in the app.`,
    },
    ['path'],
  );
}

export function cannotOpen(path: string): AppError {
  return new AppError(
    'workspace_invalid',
    {
      ja: `ワークスペースを開けませんでした（${path}）。ファイルの場所と読み書きの権限を確認してください。`,
      en: `The workspace could not be opened (${path}). Check the location and the file's permissions.`,
    },
    ['path'],
  );
}

export function workspaceTooNew(path: string, version: number, latest: number): AppError {
  return new AppError(
    'workspace_too_new',
    {
      ja: `このワークスペース（${path}）は新しいバージョンの APPI Workbench で保存されています（形式 ${version}、このアプリは ${latest} まで）。ファイルは変更していません。アプリを更新してから開いてください。`,
      en: `This workspace (${path}) was saved by a newer APPI Workbench (format ${version}; this app knows up to ${latest}). It was left unchanged. Update the app, then open it.`,
    },
    ['path'],
  );
}

export function workspaceMissing(path: string): AppError {
  return new AppError(
    'not_found',
    {
      ja: `ファイルが見つかりません（${path}）。場所を確認してください。`,
      en: `No file at ${path}. Check the location.`,
    },
    ['path'],
  );
}

export function workspaceExists(path: string): AppError {
  return new AppError(
    'conflict',
    {
      ja: `同じ名前のファイルがすでにあります（${path}）。上書きはしません。別の名前を指定してください。`,
      en: `A file already exists at ${path}. It will not be overwritten. Choose another name.`,
    },
    ['path'],
  );
}

export function folderMissing(path: string): AppError {
  return new AppError(
    'not_found',
    {
      ja: `保存先のフォルダがありません（${path}）。フォルダを作成するか、別の場所を指定してください。`,
      en: `The folder ${path} does not exist. Create it or choose another location.`,
    },
    ['path'],
  );
}
