import type { WorkspaceInfo } from '../../../shared/contract/workspace';
import { exitCodes, type Command } from '../command';
import { parseOptions, requireOption } from '../options';
import { withWorkspace } from '../workspace';

function describe(info: WorkspaceInfo): string {
  return [
    `ワークスペース / Workspace: ${info.name}`,
    `ファイル / File: ${info.path}`,
    `ID: ${info.id}`,
    `スキーマの版 / Schema version: ${info.schemaVersion}`,
    `サイズ / Size: ${info.sizeBytes} bytes`,
    `バックアップ / Backups: ${info.backups.length === 0 ? '—' : ''}`,
    ...info.backups.map((backup) => `  ${backup}`),
  ].join('\n');
}

export const infoCommand: Command = {
  name: 'info',
  usage: 'info --workspace W [--json]',
  summary: { ja: 'ワークスペースのファイル、スキーマの版、バックアップを表示', en: "Show a workspace's file, schema version and backups" },
  async run(argv, io) {
    const options = parseOptions(argv, { workspace: { type: 'string' }, json: { type: 'boolean' } });
    const workspace = requireOption(options.workspace, '--workspace');
    const info = await withWorkspace(workspace, (client) => client.invoke('workspace.info', {}));
    io.out(options.json ? JSON.stringify(info, null, 2) : describe(info));
    return exitCodes.ok;
  },
};
