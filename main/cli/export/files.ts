import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { badOption } from '../options';

/**
 * Writing exported files: into a folder checked before any work is done, under a temporary name that is renamed
 * into place, so a failure (a full disk, a killed process) never leaves a half-written file under the real name.
 * An unusable --out is bad input (exit 2): the user named the path, and a different path fixes it.
 */
function unwritable(target: string, reason: string): AppError {
  return badOption('--out', { ja: `書き込めません（${target}：${reason}）。`, en: `cannot write there (${target}: ${reason}).` });
}

function reasonOf(error: unknown): string {
  return error instanceof Error && 'code' in error ? String(error.code) : String(error);
}

/** The folder must exist (or be creatable), be a folder, and be writable. */
export function ensureWritableDir(dir: string, create: boolean): string {
  const resolved = path.resolve(dir);
  try {
    if (create) fs.mkdirSync(resolved, { recursive: true });
    if (!fs.statSync(resolved).isDirectory()) throw unwritable(resolved, 'not a folder');
    fs.accessSync(resolved, fs.constants.W_OK);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw unwritable(resolved, reasonOf(error));
  }
  return resolved;
}

/**
 * Where one export goes: --out as a file path, or into --out when it names an existing folder (under the name
 * the export gives itself). The folder is checked now, before the export runs.
 */
export function resolveTarget(out: string): { dir: string; file: string | null } {
  const resolved = path.resolve(out);
  if (fs.existsSync(resolved) && fs.statSync(resolved).isDirectory()) return { dir: ensureWritableDir(resolved, false), file: null };
  return { dir: ensureWritableDir(path.dirname(resolved), false), file: resolved };
}

export function writeAtomically(target: string, bytes: Buffer): void {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(4).toString('hex')}.part`);
  try {
    fs.writeFileSync(temp, bytes, { flag: 'wx' });
    fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw new AppError(
      'internal',
      { ja: `ファイルを書き込めませんでした（${target}：${reasonOf(error)}）。`, en: `Could not write the file (${target}: ${reasonOf(error)}).` },
      ['--out'],
    );
  }
}

/** A name not yet used in this batch: 「…_2.pdf」 for the second file that would have the same name. */
export function uniqueName(name: string, used: Set<string>): string {
  const ext = path.extname(name);
  const stem = name.slice(0, name.length - ext.length);
  let candidate = name;
  for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${stem}_${n}${ext}`;
  used.add(candidate.toLowerCase());
  return candidate;
}
