import fs from 'node:fs';
import path from 'node:path';
import { isAppError } from '../../../shared/errors';
import { badOption } from '../options';

/** What the backup commands share: a refusal of the file itself names the option that gave it. */
export async function namingFile<T>(option: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isAppError(error) && ['not_found', 'workspace_invalid', 'workspace_too_new', 'workspace_damaged'].includes(error.code)) {
      throw badOption(option, error.text);
    }
    throw error;
  }
}

/** An output file the command creates: never over an existing one, and in a folder that exists. */
export function newOutputFile(option: string, value: string): string {
  const target = path.resolve(value);
  if (fs.existsSync(target)) {
    throw badOption(option, { ja: `ファイルがすでにあります（${target}）。上書きはしません。`, en: `a file already exists (${target}); it is not overwritten.` });
  }
  if (!fs.existsSync(path.dirname(target))) {
    throw badOption(option, { ja: `フォルダがありません（${path.dirname(target)}）。`, en: `no such folder (${path.dirname(target)}).` });
  }
  return target;
}

export function existingFile(option: string, value: string): string {
  const target = path.resolve(value);
  if (!fs.existsSync(target)) throw badOption(option, { ja: `ファイルが見つかりません（${target}）。`, en: `no such file (${target}).` });
  return target;
}
