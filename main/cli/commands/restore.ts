import { restoreWorkspaceFile } from '../../core/backup/files';
import { cliNow } from '../clock';
import { exitCodes, type Command } from '../command';
import { parseOptions, requireOption } from '../options';
import { describeHolding } from './backup';
import { existingFile, namingFile } from './backup-io';

/**
 * `restore --workspace W --from FILE [--json]`: replaces the workspace with a backup, keeping the current file as
 * `<name>.before-restore-<time>.sqlite` beside it. Refuses a file that is not a workspace, is newer than this app or
 * is damaged (exit 2, naming --from), and a workspace another program has open (exit 1: close the app, or restore
 * from its Settings › ワークスペース).
 */
export const restoreCommand: Command = {
  name: 'restore',
  usage: 'restore --workspace W --from FILE [--json]',
  summary: { ja: 'バックアップから復元（現在のファイルは別名で残します）', en: 'Restore from a backup (the current file is kept aside)' },
  async run(argv, io) {
    const options = parseOptions(argv, { workspace: { type: 'string' }, from: { type: 'string' }, json: { type: 'boolean' } });
    const workspace = existingFile('--workspace', requireOption(options.workspace, '--workspace'));
    const from = existingFile('--from', requireOption(options.from, '--from'));
    const result = await namingFile('--from', () => restoreWorkspaceFile(workspace, from, cliNow()));
    if (options.json) io.out(JSON.stringify({ workspace, restoredFrom: from, keptAside: result.keptAside, preview: result.preview }, null, 2));
    else {
      io.out(
        [
          `復元しました / Restored: ${workspace}`,
          `復元元 / From: ${from}`,
          `復元前のファイル / The file before the restore: ${result.keptAside}`,
          ...describeHolding(result.preview),
        ].join('\n'),
      );
    }
    return exitCodes.ok;
  },
};
