import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import type { WorkspaceInfo } from '../../../shared/contract/workspace';
import type { CoreContext } from '../context';
import { stampMeta } from '../store/meta';
import { openWorkspace } from '../store/workspace';
import { readLabels } from './labels';
import { seedSample } from './sample-seed';

/** Where the sample lives: the app's user-data folder, never beside the user's own workspaces. */
export function samplePath(userDataDir: string): string {
  return path.join(userDataDir, 'sample', 'appi-workbench-sample.sqlite');
}

function notASample(file: string): AppError {
  return new AppError('conflict', {
    ja: `「${file}」はサンプルのワークスペースではありません。ファイルは変更していません。`,
    en: `"${file}" is not the sample workspace. The file was left unchanged.`,
  });
}

/**
 * Builds the sample in a file of its own under a temporary name — seeded, marked `sample` and closed — and only then
 * gives it its name, so a failure never leaves a half-seeded sample to open. Its audit rows name the app. It has no
 * display name: the screens call it 「サンプル」 / "Sample" in the language shown.
 */
async function buildSample(target: string, now: () => Date): Promise<void> {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.${Date.now()}.tmp.sqlite`;
  const connection = await openWorkspace(temporary, { mode: 'create', now });
  try {
    const scope = { db: () => connection.db, actor: () => 'APPI Workbench', now };
    seedSample(scope);
    // The mark is a fact of the file, like its id, not one of the user's records.
    stampMeta(connection.db, 'sample', '1');
  } catch (error) {
    connection.close();
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${temporary}${suffix}`, { force: true });
    throw error;
  }
  connection.close();
  fs.renameSync(temporary, target);
}

/** Opens the sample workspace, creating it on first use; a file of that name that is no sample is refused. */
export async function openSample(ctx: CoreContext, userDataDir: string): Promise<WorkspaceInfo> {
  const target = samplePath(userDataDir);
  if (!fs.existsSync(target)) await buildSample(target, ctx.now);
  else {
    const probe = await openWorkspace(target, { mode: 'read', now: ctx.now });
    const isSample = readLabels(probe.db).sample;
    probe.close();
    if (!isSample) throw notASample(target);
  }
  return ctx.session.switchTo(target, 'open');
}
