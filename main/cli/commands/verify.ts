import path from 'node:path';
import type { VerifyReport } from '../../../shared/contract/audit';
import { isAppError } from '../../../shared/errors';
import { verifyWorkspaceFile } from '../../core/audit/verify-file';
import { exitCodes, type Command } from '../command';
import { badOption, parseOptions, requireOption } from '../options';

/**
 * `verify --workspace W [--json]`: is the audit trail still evidence? The chain of hashes, every record against its
 * last audit row, the protective triggers (main/core/audit/verify.ts). The file is read and never changed. Exit 0 when
 * all hold, 1 when something is broken (the first break is printed first), 2 for bad input.
 */
function describe(report: VerifyReport): string {
  const lines = [
    report.ok ? '検査に合格しました。 / Verified: the audit trail is intact.' : `改ざんの痕跡があります（${report.problemCount}件）。 / Tampering found (${report.problemCount}).`,
    `操作履歴 / Audit rows: ${report.auditRows}`,
    `記録 / Records checked: ${report.recordsChecked}`,
    `保護トリガー / Protective triggers: ${report.triggersChecked}`,
  ];
  if (report.head) lines.push(`最終行 / Chain head: #${report.head.id} ${report.head.hash}`);
  report.problems.forEach((problem, index) => {
    lines.push(`${index === 0 ? '最初の不整合 / First break' : `${index + 1}.`}`, `  ${problem.message.ja}`, `  ${problem.message.en}`);
  });
  if (report.problemCount > report.problems.length) {
    lines.push(`ほか${report.problemCount - report.problems.length}件 / and ${report.problemCount - report.problems.length} more`);
  }
  return lines.join('\n');
}

export const verifyCommand: Command = {
  name: 'verify',
  usage: 'verify --workspace W [--json]',
  summary: { ja: '操作履歴が改ざんされていないか検査（ファイルは変更しません）', en: 'Verify the audit trail has not been tampered with (read-only)' },
  async run(argv, io) {
    const options = parseOptions(argv, { workspace: { type: 'string' }, json: { type: 'boolean' } });
    const workspace = path.resolve(requireOption(options.workspace, '--workspace'));
    let report: VerifyReport;
    try {
      report = await verifyWorkspaceFile(workspace);
    } catch (error) {
      // The file itself is the input: missing, not a workspace, or unreadable is bad input naming --workspace.
      if (isAppError(error) && ['not_found', 'workspace_invalid'].includes(error.code)) throw badOption('--workspace', error.text);
      throw error;
    }
    if (options.json) io.out(JSON.stringify(report, null, 2));
    else if (report.ok) io.out(describe(report));
    else io.err(describe(report));
    return report.ok ? exitCodes.ok : exitCodes.failure;
  },
};
