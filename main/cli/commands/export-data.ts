import fs from 'node:fs';
import { exportWorkspaceFile } from '../../core/backup/files';
import { fsyncFile } from '../../core/backup/copy';
import { cliNow } from '../clock';
import { exitCodes, type Command } from '../command';
import { parseOptions, requireOption } from '../options';
import { existingFile, namingFile, newOutputFile } from './backup-io';

/**
 * `export-data --workspace W --out FILE.json [--json]`: every record of the workspace in the open JSON format
 * (README › The data format). The workspace is read, never changed. Written under a temporary name, then renamed.
 */
export const exportDataCommand: Command = {
  name: 'export-data',
  usage: 'export-data --workspace W --out FILE.json [--json]',
  summary: { ja: 'すべての記録をJSON（公開された形式）で書き出す', en: 'Export every record as JSON (a documented format)' },
  async run(argv, io) {
    const options = parseOptions(argv, { workspace: { type: 'string' }, out: { type: 'string' }, json: { type: 'boolean' } });
    const workspace = existingFile('--workspace', requireOption(options.workspace, '--workspace'));
    const out = newOutputFile('--out', requireOption(options.out, '--out'));
    const data = await namingFile('--workspace', () => exportWorkspaceFile(workspace, cliNow()));
    const temporary = `${out}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, `${JSON.stringify(data, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
    fsyncFile(temporary);
    fs.renameSync(temporary, out);
    const rows = Object.fromEntries(Object.entries(data.tables).map(([table, list]) => [table, list.length]));
    if (options.json) io.out(JSON.stringify({ out, format: data.format, version: data.version, rows }, null, 2));
    else io.out(`書き出しました / Exported: ${out}（${Object.values(rows).reduce((a, b) => a + b, 0)}行 / rows）`);
    return exitCodes.ok;
  },
};
