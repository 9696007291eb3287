import path from 'node:path';
import type { BackupPreview } from '../../../shared/contract/backup';
import { backupWorkspaceFile } from '../../core/backup/files';
import { cliNow } from '../clock';
import { exitCodes, type Command } from '../command';
import { parseOptions, requireOption } from '../options';
import { existingFile, namingFile, newOutputFile } from './backup-io';

/**
 * `backup --workspace W --out FILE [--json]`: a consistent copy of the workspace, also while the app has it open
 * (what sits in -wal included), as one self-contained file created 0600. The workspace is not changed.
 */
export function describeHolding(preview: BackupPreview): string[] {
  const c = preview.counts;
  return [
    `形式 / Schema version: ${preview.schemaVersion}`,
    `事業者 ${c.companies}・窓口 ${c.desks}・方針 ${c.policies}（版 ${c.policyVersions}）・事案 ${c.incidents}・通知 ${c.notifications}・経過 ${c.timelineEvents}・操作履歴 ${c.auditRows}`,
    `Companies ${c.companies}, desks ${c.desks}, policies ${c.policies} (versions ${c.policyVersions}), incidents ${c.incidents}, notifications ${c.notifications}, timeline events ${c.timelineEvents}, audit rows ${c.auditRows}`,
    preview.lastAudit ? `最後の操作 / Last audit entry: #${preview.lastAudit.id} ${preview.lastAudit.at} ${preview.lastAudit.actor} ${preview.lastAudit.summary.ja} / ${preview.lastAudit.summary.en}` : '操作履歴なし / No audit entries',
    preview.verify.ok ? '操作履歴の検査：合格 / Audit chain verifies' : `操作履歴の検査：不整合 ${preview.verify.problemCount}件 / Audit chain broken (${preview.verify.problemCount})`,
  ];
}

export const backupCommand: Command = {
  name: 'backup',
  usage: 'backup --workspace W --out FILE [--json]',
  summary: { ja: 'ワークスペースのコピーを保存（アプリで開いたままでも一貫したコピー）', en: 'Save a consistent copy of the workspace (also while the app has it open)' },
  async run(argv, io) {
    const options = parseOptions(argv, { workspace: { type: 'string' }, out: { type: 'string' }, json: { type: 'boolean' } });
    const workspace = existingFile('--workspace', requireOption(options.workspace, '--workspace'));
    const out = newOutputFile('--out', requireOption(options.out, '--out'));
    const preview = await namingFile('--workspace', () => backupWorkspaceFile(workspace, out, cliNow()));
    if (options.json) io.out(JSON.stringify({ workspace, out, ...preview, path: out }, null, 2));
    else io.out([`コピーを保存しました / Saved a copy: ${path.resolve(out)}`, ...describeHolding(preview)].join('\n'));
    return exitCodes.ok;
  },
};
