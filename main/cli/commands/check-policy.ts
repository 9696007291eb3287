import type { PolicyCheckResult } from '../../../shared/domain/policy-check';
import { isAppError } from '../../../shared/errors';
import { exitCodes, type Command } from '../command';
import { badOption, parseOptions, requireOption } from '../options';
import { withWorkspace } from '../workspace';

/**
 * `check-policy --workspace W --policy ID [--json]`: the completeness checker of appi.md §5 on a policy's draft (or
 * its latest published version), as the editor's panel shows it. Guidance for the manager, not a legal opinion.
 */
const statusText = {
  met: '✓ 記載あり / met',
  missing: '✗ 不足 / missing',
  na: '– 該当なし / not applicable',
} as const;

function policyId(value: string): number {
  const id = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(id) || id <= 0) {
    throw badOption('--policy', { ja: 'ポリシーのIDを正の整数で指定してください。', en: 'give the policy ID as a positive whole number.' });
  }
  return id;
}

/** The machine-readable answer (documented in the README): the citation as its readable text, messages in ja and en. */
function toJson(id: number, result: PolicyCheckResult) {
  return {
    policyId: id,
    versionId: result.versionId,
    rules: result.rules.map((rule) => ({
      id: rule.id,
      level: rule.level,
      status: rule.status,
      citation: rule.citation.en,
      citationJa: rule.citation.ja,
      message: rule.message,
      sectionIds: rule.sectionIds,
      evidence: rule.evidence.map((entry) => ({ article: entry.article, quote: entry.quote, sectionId: entry.sectionId })),
      lookedFor: rule.lookedFor,
      warnings: rule.warnings.map((warning) => ({ code: warning.code, message: warning.message, sectionId: warning.sectionId })),
    })),
    summary: result.summary,
  };
}

const levelText = { required: '必須 / required', recommended: '推奨 / recommended' } as const;

function toText(result: PolicyCheckResult): string {
  const lines = result.rules.flatMap((rule) => [
    `${statusText[rule.status]}  ${rule.id} [${levelText[rule.level]}]（${rule.citation.ja} / ${rule.citation.en}）`,
    `    ${rule.message.ja}`,
    `    ${rule.message.en}`,
    ...rule.evidence.map((entry) => `    > ${entry.article}「${entry.quote}」`),
    ...(rule.status !== 'met' && rule.lookedFor ? [`    ? ${rule.lookedFor.ja}`, `    ? ${rule.lookedFor.en}`] : []),
    ...rule.warnings.map((warning) => `    ! ${warning.message.ja} / ${warning.message.en}`),
  ]);
  const { met, missing, na, warnings, blocking } = result.summary;
  lines.push(`記載あり ${met}・不足 ${missing}（うち必須 ${blocking}）・該当なし ${na}・注意 ${warnings} / met ${met}, missing ${missing} (required ${blocking}), n/a ${na}, warnings ${warnings}`);
  lines.push('この結果は確認の手引きであり、法的助言ではありません。 / This is guidance, not legal advice.');
  return lines.join('\n');
}

export const checkPolicyCommand: Command = {
  name: 'check-policy',
  usage: 'check-policy --workspace W --policy ID [--json]',
  summary: {
    ja: 'ポリシーの記載事項を個人情報保護法の公表事項に照らしてチェック',
    en: 'Check a policy against the matters the APPI requires it to state',
  },
  async run(argv, io) {
    const options = parseOptions(argv, { workspace: { type: 'string' }, policy: { type: 'string' }, json: { type: 'boolean' } });
    const workspace = requireOption(options.workspace, '--workspace');
    const id = policyId(requireOption(options.policy, '--policy'));
    const result = await withWorkspace(workspace, async (client) => {
      try {
        return await client.invoke('policies.check', { policyId: id });
      } catch (error) {
        if (isAppError(error) && error.code === 'not_found') throw badOption('--policy', error.text);
        throw error;
      }
    });
    io.out(options.json ? JSON.stringify(toJson(id, result), null, 2) : toText(result));
    return exitCodes.ok;
  },
};
