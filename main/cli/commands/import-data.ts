import fs from 'node:fs';
import { importWorkspaceFile } from '../../core/backup/files';
import { isAppError } from '../../../shared/errors';
import { cliNow } from '../clock';
import { exitCodes, type Command } from '../command';
import { badOption, parseOptions, requireOption } from '../options';
import { existingFile, namingFile } from './backup-io';

/**
 * `import-data --workspace W --from FILE.json [--json]`: the JSON data export read into an EMPTY workspace (create
 * one with `init --workspace W`): every record and audit row as it was, so `verify` reports the source's chain head.
 * A non-empty workspace, a foreign or newer file and a broken row are refused (exit 2) and nothing is written.
 */
export const importDataCommand: Command = {
  name: 'import-data',
  usage: 'import-data --workspace W --from FILE.json [--json]',
  summary: { ja: 'JSONのデータを空のワークスペースに読み込む', en: 'Import a JSON data export into an empty workspace' },
  async run(argv, io) {
    const options = parseOptions(argv, { workspace: { type: 'string' }, from: { type: 'string' }, json: { type: 'boolean' } });
    const workspace = existingFile('--workspace', requireOption(options.workspace, '--workspace'));
    const from = existingFile('--from', requireOption(options.from, '--from'));
    const text = fs.readFileSync(from, 'utf8');
    let result;
    try {
      result = await namingFile('--workspace', () => importWorkspaceFile(workspace, text, cliNow()));
    } catch (error) {
      // The file's content is the input at fault (not JSON, another format, a broken row); a full workspace is --workspace's.
      if (isAppError(error) && error.code === 'validation' && error.path[0] === 'json') throw badOption('--from', error.text);
      if (isAppError(error) && error.code === 'conflict') throw badOption('--workspace', error.text);
      throw error;
    }
    if (options.json) io.out(JSON.stringify({ workspace, from, ...result }, null, 2));
    else io.out(`読み込みました / Imported: ${result.rows}行 / rows, ${result.tables}表 / tables → ${workspace}`);
    return exitCodes.ok;
  },
};
